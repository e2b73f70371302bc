import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import type { ProjectStore } from '../../../main/store/project-store';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { applyChanges } from '../support/apply-changes';
import { editText, insertAt } from '../support/edit-article-text';
import { articleInput } from '../support/article-input';
import { useTempDir } from '../support/temp-dir';
import { expectRefused, label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

describe('editing an article’s text', () => {
  it('moves annotations with text inserted before them and grows one edited inside', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const xi = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    const schoigu = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Schoigu')] });
    const president = span(text, 'Präsident');
    const inXi = span(text, 'Xi Jinping').start + 'Xi'.length;

    const result = editText(store, articleId, [
      { from: president.start, to: president.start + 1, insertedText: 'Staatsp' },
      insertAt(inXi, ' (习近平)'),
    ]);

    const expected = applyChanges(text, [
      { from: president.start, to: president.start + 1, insertedText: 'Staatsp' },
      insertAt(inXi, ' (习近平)'),
    ]);
    expect(result.article.text).toBe(expected);
    expect(result.article.charCount).toBe([...expected].length);
    expect(result.orphanedCount).toBe(0);
    const [movedXi, movedSchoigu] = result.annotations;
    expect(movedXi).toMatchObject({
      id: xi.id,
      orphaned: false,
      fragments: [span(expected, 'Xi (习近平) Jinping')],
      quote: { exact: 'Xi (习近平) Jinping', prefix: 'Der chinesische Staatspräsident ' },
    });
    expect(movedSchoigu).toMatchObject({ id: schoigu.id, fragments: [span(expected, 'Schoigu')] });
    expect(store.listAnnotations(articleId)).toEqual(result.annotations);
    expect(store.getArticle(articleId)).toEqual(result.article);
    // The full-text index follows the text.
    expect(store.search('Staatspräsident', 10).map((hit) => hit.articleId)).toEqual([articleId]);
    store.close();
  });

  it('keeps an annotation whose text was deleted as an orphan, with its last fragments and quote', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const organisation = label(store, 'entity', 'Organisation');
    const peking = store.createAnnotation({ articleId, labelId: organisation.id, fragments: [span(text, 'Peking')] });
    const tass = store.createAnnotation({ articleId, labelId: organisation.id, fragments: [span(text, 'TASS')] });
    const cut = span(text, 'Die russische Nachrichtenagentur');

    // Everything from the TASS paragraph on goes, so the orphan's old place lies past the new end.
    const result = editText(store, articleId, [{ from: cut.start - 1, to: text.length, insertedText: '' }]);

    expect(result.article.text.length).toBeLessThan(tass.fragments[0]?.start ?? 0);
    expect(result.orphanedCount).toBe(1);
    const orphan = { ...tass, orphaned: true, updatedAt: expect.any(String) as string };
    expect(result.annotations).toEqual([peking, orphan]);
    expect(store.getAnnotation(tass.id)).toEqual(orphan);

    // A later edit carries the orphan along untouched.
    const again = editText(store, articleId, [insertAt(0, 'Eilmeldung: ')]);
    expect(again.orphanedCount).toBe(1);
    expect(again.annotations.find((annotation) => annotation.id === tass.id)).toEqual(orphan);
    store.close();
  });

  it('re-anchors an orphan once its quoted text is back', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const organisation = label(store, 'entity', 'Organisation');
    const tass = store.createAnnotation({ articleId, labelId: organisation.id, fragments: [span(text, 'TASS')] });
    const word = span(text, 'TASS');
    editText(store, articleId, [{ from: word.start, to: word.end, insertedText: 'Tass' }]);
    expect(store.getAnnotation(tass.id).orphaned).toBe(true);

    const result = editText(store, articleId, [{ from: word.start, to: word.start + 4, insertedText: 'TASS' }]);
    expect(result.orphanedCount).toBe(0);
    expect(store.getAnnotation(tass.id)).toEqual({ ...tass, updatedAt: expect.any(String) as string });
    store.close();
  });

  it('keeps offsets in UTF-16 units of the normalised text: emoji and CRLF line breaks', () => {
    const dir = tempDir();
    const { store } = seedProject(dir);
    const { id } = store.createArticle(articleFromPaste({ title: 'Gruß', text: 'Grüße 👋🏽 aus\r\nBerlin\r\nund Köln' }));
    const text = store.getArticle(id).text;
    expect(text).toBe('Grüße 👋🏽 aus\nBerlin\nund Köln');
    const location = label(store, 'entity', 'Location');
    const berlin = store.createAnnotation({ articleId: id, labelId: location.id, fragments: [span(text, 'Berlin')] });
    const wave = span(text, '👋🏽');

    const result = editText(store, id, [
      insertAt(wave.end, ' 🎉'),
      { from: text.indexOf('\n'), to: text.indexOf('\n') + 1, insertedText: ' ' },
    ]);
    expect(result.article.text).toBe('Grüße 👋🏽 🎉 aus Berlin\nund Köln');
    expect(result.annotations[0]).toMatchObject({ id: berlin.id, fragments: [span(result.article.text, 'Berlin')] });

    expectRefused(() => editText(store, id, [insertAt(wave.start + 1, 'x')]), 'invalid-argument', /cuts a character/);
    store.close();
  });

  it('refuses malformed edits with a reason and leaves the article and its annotations as they were', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    const before = { article: store.getArticle(articleId), annotations: store.listAnnotations(articleId) };
    const history = store.historyState();
    const blocks = plainTextBlocks(text);
    const e = text.indexOf('e');

    const refusals: [Parameters<ProjectStore['editArticleText']>[0], RegExp][] = [
      [{ id: articleId, changes: [insertAt(10, 'a'), { from: 5, to: 12, insertedText: '' }], blocks }, /text order/],
      [{ id: articleId, changes: [insertAt(10, 'a'), insertAt(10, 'b')], blocks }, /same place/],
      [{ id: articleId, changes: [{ from: 5, to: text.length + 1, insertedText: '' }], blocks }, /past the end/],
      [{ id: articleId, changes: [{ from: 9, to: 4, insertedText: '' }], blocks }, /end before it starts/],
      [{ id: articleId, changes: [insertAt(3, 'a\r\nb')], blocks }, /\\r/],
      [{ id: articleId, changes: [insertAt(3, 'Cafe\u0301')], blocks }, /NFC/],
      [{ id: articleId, changes: [insertAt(3, '\ud83d')], blocks }, /lone surrogate/],
      [{ id: articleId, changes: [insertAt(e + 1, '\u0301')], blocks }, /belong together/],
      [
        { id: articleId, changes: [{ from: 0, to: text.length, insertedText: '  \n ' }], blocks: [] },
        /cannot be empty/,
      ],
      [
        { id: articleId, changes: [insertAt(0, 'a')], blocks: [{ kind: 'paragraph', start: 0, end: text.length + 2 }] },
        /past the end of the text/,
      ],
      [
        {
          id: articleId,
          changes: [insertAt(0, 'a')],
          blocks: [
            { kind: 'paragraph', start: 0, end: 20 },
            { kind: 'paragraph', start: 10, end: 30 },
          ],
        },
        /inside the block before it/,
      ],
      [{ id: articleId, changes: [], blocks }, /.+/],
    ];
    for (const [request, message] of refusals)
      expectRefused(() => store.editArticleText(request), 'invalid-argument', message);
    expectRefused(
      () => store.editArticleText({ id: 999, changes: [insertAt(0, 'a')], blocks }),
      'not-found',
      /article/,
    );

    expect({ article: store.getArticle(articleId), annotations: store.listAnnotations(articleId) }).toEqual(before);
    expect(store.historyState()).toEqual(history);
    store.close();
  });

  it('undoes a text edit as one step: text, blocks, links, annotations and orphans come back', () => {
    const { store } = seedProject(tempDir());
    const text = 'Laut einem Bericht von Reuters traf Xi Jinping gestern Wladimir Putin.';
    const input = articleInput('Bericht', text);
    const report = span(text, 'Bericht');
    const reuters = span(text, 'Reuters');
    input.links = [
      { ...report, href: 'https://example.org/bericht' },
      { ...reuters, href: 'https://reuters.com' },
    ];
    const { id } = store.createArticle(input);
    const person = label(store, 'entity', 'Person');
    const organisation = label(store, 'entity', 'Organisation');
    const [agency, xi, putin] = store.createAnnotations([
      { articleId: id, labelId: organisation.id, fragments: [reuters] },
      { articleId: id, labelId: person.id, fragments: [span(text, 'Xi Jinping')] },
      { articleId: id, labelId: person.id, fragments: [span(text, 'Putin')] },
    ]);
    const before = { article: store.getArticle(id), annotations: store.listAnnotations(id) };

    const result = editText(store, id, [
      insertAt(0, 'Heute: '),
      { from: reuters.start - 1, to: reuters.end, insertedText: '' },
    ]);
    const edited = 'Heute: Laut einem Bericht von traf Xi Jinping gestern Wladimir Putin.';
    expect(result.article.text).toBe(edited);
    expect(result.article.links).toEqual([{ ...span(edited, 'Bericht'), href: 'https://example.org/bericht' }]);
    expect(result.orphanedCount).toBe(1);
    expect(result.annotations.map((a) => [a.id, a.orphaned, a.quote.exact])).toEqual([
      // The orphan sorts by where it was.
      [agency?.id, true, 'Reuters'],
      [xi?.id, false, 'Xi Jinping'],
      [putin?.id, false, 'Putin'],
    ]);
    const after = { article: store.getArticle(id), annotations: store.listAnnotations(id) };
    expect(store.historyState().undo).toBe('Edit article text');

    expect(store.undo()).toEqual({ description: 'Edit article text', articleIds: [id] });
    expect({ article: store.getArticle(id), annotations: store.listAnnotations(id) }).toEqual(before);
    expect(store.search('Reuters', 10).map((hit) => hit.articleId)).toEqual([id]);

    expect(store.redo()).toEqual({ description: 'Edit article text', articleIds: [id] });
    expect({ article: store.getArticle(id), annotations: store.listAnnotations(id) }).toEqual(after);
    expect(store.search('Reuters', 10)).toEqual([]);
    store.close();
  });

  it('re-attaches an orphan to new text in one undoable step, and refuses a place outside the text', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const organisation = label(store, 'entity', 'Organisation');
    const tass = store.createAnnotation({ articleId, labelId: organisation.id, fragments: [span(text, 'TASS')] });
    const word = span(text, 'TASS');
    const { article } = editText(store, articleId, [{ from: word.start, to: word.end, insertedText: 'Itar-Tass' }]);
    const orphan = store.getAnnotation(tass.id);
    expect(orphan.orphaned).toBe(true);

    const newPlace = span(article.text, 'Itar-Tass');
    const reattached = store.reattachAnnotation(tass.id, [newPlace]);
    expect(reattached).toMatchObject({
      id: tass.id,
      orphaned: false,
      fragments: [newPlace],
      quote: { exact: 'Itar-Tass' },
    });
    expect(store.historyState().undo).toBe('Re-attach annotation “Itar-Tass”');
    expect(store.undo()?.articleIds).toEqual([articleId]);
    expect(store.getAnnotation(tass.id)).toEqual(orphan);

    expectRefused(
      () => store.reattachAnnotation(tass.id, [{ start: article.text.length - 2, end: article.text.length + 5 }]),
      'invalid-argument',
      /past the end/,
    );
    expectRefused(() => store.reattachAnnotation(424242, [newPlace]), 'not-found', /annotation/);
    expect(store.getAnnotation(tass.id)).toEqual(orphan);
    // Re-decoding stays refused while annotations (orphans included) point into the text.
    expectRefused(
      () => store.replaceArticleText(articleId, { text: 'x', blocks: [], links: [], encoding: 'utf-8' }),
      'invalid-argument',
      /already has annotations/,
    );
    store.close();
  });
});
