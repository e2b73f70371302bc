import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import type { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { TextFragment } from '../../../shared/model/annotation';
import { label, seedProject, span } from '../annotation-store/fixtures';
import { editText, insertAt } from '../support/edit-article-text';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Ana's layer: one annotation per phrase (a list of phrases is one discontinuous annotation). */
function addAnasLayer(store: ProjectStore, articleId: number, phrases: readonly (string | string[])[]) {
  const text = store.getArticle(articleId).text;
  const person = label(store, 'entity', 'Person');
  return store.addLayer(
    { uid: 'layer-ana', format: 'brat', fileNames: ['ana.ann'], colleague: { name: 'Ana' } },
    phrases.map((phrase, i) => {
      const fragments = (typeof phrase === 'string' ? [phrase] : phrase).map((piece) => span(text, piece));
      return { articleId, uid: `T${i + 1}`, labelId: person.id, fragments, quote: quoteAt(text, fragments) };
    }),
  );
}

function quoteAt(text: string, fragments: readonly TextFragment[]): string {
  return fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' … ');
}

/** Each annotation of the layer as the window draws it: its quote, and whether that is the text at its place. */
function placed(store: ProjectStore, articleId: number, layerId: number) {
  const text = store.getArticle(articleId).text;
  return store
    .layerAnnotations(articleId, [layerId])
    .map(({ fragments, quote }) => ({ quote, atPlace: quoteAt(text, fragments) === quote }));
}

function layerRows(path: string): unknown[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db.prepare('SELECT * FROM layer_annotation ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('a colleague’s layer through an edit of the article’s text', () => {
  it('moves with text inserted before, grows with text typed inside, and is not moved by text added after', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const layer = addAnasLayer(store, articleId, ['Xi Jinping', 'Schoigu', ['Peking', 'TASS']]);
    const annotations = store.layerAnnotations(articleId, [layer.id]);
    const byQuote = (quote: string) => present(annotations.find((annotation) => annotation.quote === quote));
    const [xi, pekingTass, schoigu] = [byQuote('Xi Jinping'), byQuote('Peking … TASS'), byQuote('Schoigu')];
    const inXi = span(text, 'Xi Jinping').start + 'Xi'.length;
    const afterTass = span(text, 'TASS').end + 1;

    const result = editText(store, articleId, [
      insertAt(0, 'Eilmeldung: '),
      insertAt(inXi, ' (习近平)'),
      insertAt(afterTass, 'heute '),
    ]);

    expect(result.removedLayerAnnotationCount).toBe(0);
    const edited = result.article.text;
    const after = store.layerAnnotations(articleId, [layer.id]);
    expect(after.map(({ id, fragments, quote }) => ({ id, fragments, quote }))).toEqual([
      { id: xi.id, fragments: [span(edited, 'Xi (习近平) Jinping')], quote: 'Xi (习近平) Jinping' },
      { id: pekingTass.id, fragments: [span(edited, 'Peking'), span(edited, 'TASS')], quote: 'Peking … TASS' },
      { id: schoigu.id, fragments: [span(edited, 'Schoigu')], quote: 'Schoigu' },
    ]);
    // What the colleague's file said of them stays theirs.
    expect(after.map((annotation) => annotation.updatedAt)).toEqual([xi, pekingTass, schoigu].map((a) => a.updatedAt));
    store.close();
  });

  it('counts an emoji before it in UTF-16 units in an article pasted with CRLF line breaks', () => {
    const { store } = seedProject(tempDir());
    const pasted = 'Gruß aus der Ferne 👋\r\nIn Peking traf Xi Jinping\r\nden Minister.';
    const { id } = store.createArticle(articleFromPaste({ title: 'Gruß', text: pasted }));
    const layer = addAnasLayer(store, id, ['Xi Jinping']);
    const before = present(store.layerAnnotations(id, [layer.id])[0]);

    // A flag is four UTF-16 units; a line break before the name one more.
    editText(store, id, [insertAt(0, '🇨🇳 '), insertAt(store.getArticle(id).text.indexOf('In Peking'), '\n')]);

    const [moved] = store.layerAnnotations(id, [layer.id]);
    expect(moved?.fragments).toEqual(before.fragments.map(({ start, end }) => ({ start: start + 6, end: end + 6 })));
    expect(placed(store, id, layer.id)).toEqual([{ quote: 'Xi Jinping', atPlace: true }]);
    store.close();
  });

  it('removes one whose text is all gone, counts it, and brings it back exactly with undo', () => {
    const { store, path, articleId, text } = seedProject(tempDir());
    const layer = addAnasLayer(store, articleId, ['Xi Jinping', 'Schoigu', 'Peking']);
    const changes: ChangeSet[] = [];
    store.onChanged((change) => changes.push(change));
    const before = layerRows(path);
    const schoigu = span(text, 'Schoigu');

    const result = editText(store, articleId, [
      insertAt(0, 'Eilmeldung: '),
      { from: schoigu.start, to: schoigu.end, insertedText: 'dem Minister' },
    ]);

    expect(result.removedLayerAnnotationCount).toBe(1);
    expect(placed(store, articleId, layer.id)).toEqual([
      { quote: 'Xi Jinping', atPlace: true },
      { quote: 'Peking', atPlace: true },
    ]);
    expect(changes.at(-1)?.layers?.upserted.map((one) => one.annotationCount)).toEqual([2]);
    const edited = layerRows(path);

    store.undo();
    expect(layerRows(path)).toEqual(before);
    expect(store.listLayers()[0]?.annotationCount).toBe(3);
    store.redo();
    expect(layerRows(path)).toEqual(edited);
    store.close();
  });
});
