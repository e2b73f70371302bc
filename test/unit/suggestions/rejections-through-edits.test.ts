import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import type { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { Suggestion, SuggestionRejection } from '../../../shared/model/suggestion';
import { editText, insertAt } from '../support/edit-article-text';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';
import { seedProjectWithRegistry } from './seed-project';

const tempDir = useTempDir();

/** The suggestions of an article for this text, in text order. */
function suggested(store: ProjectStore, articleId: number, quote: string): Suggestion[] {
  return store.suggestions.forArticle(articleId).filter((suggestion) => suggestion.quote.exact === quote);
}

/** Rejects the first suggestion of `quote` and returns the rejection the store keeps. */
function rejectFirst(store: ProjectStore, articleId: number, quote: string): SuggestionRejection {
  store.suggestions.reject([present(suggested(store, articleId, quote)[0])]);
  return present(store.suggestions.rejections()[0]);
}

function changeSets(store: ProjectStore): ChangeSet[] {
  const seen: ChangeSet[] = [];
  store.onChanged((changes) => seen.push(changes));
  return seen;
}

function rejectionRows(path: string): unknown[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db.prepare('SELECT * FROM suggestion_rejection ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('a rejected suggestion through an edit of its article’s text', () => {
  it('moves with text inserted before it and stays turned down, its context rewritten', () => {
    const { store, articleId } = seedProjectWithRegistry(tempDir());
    const pekings = suggested(store, articleId, 'Peking').length;
    const rejection = rejectFirst(store, articleId, 'Peking');
    const inserted = 'Eilmeldung aus der Hauptstadt: ';

    const result = editText(store, articleId, [insertAt(0, inserted)]);

    const [moved] = store.suggestions.rejections();
    expect(moved).toMatchObject({
      id: rejection.id,
      start: rejection.start + inserted.length,
      end: rejection.end + inserted.length,
      quote: { exact: 'Peking' },
    });
    expect(result.article.text.slice(present(moved).start, present(moved).end)).toBe('Peking');
    expect(present(moved).quote.prefix).toBe(
      result.article.text.slice(present(moved).start - 32, present(moved).start),
    );
    const after = suggested(store, articleId, 'Peking');
    expect(after).toHaveLength(pekings - 1);
    expect(after.some((suggestion) => suggestion.start === present(moved).start)).toBe(false);
    store.close();
  });

  it('keeps its place when text is added after it, and its suffix follows the new text', () => {
    const { store, articleId } = seedProjectWithRegistry(tempDir());
    const rejection = rejectFirst(store, articleId, 'Peking');
    const changes = changeSets(store);

    editText(store, articleId, [insertAt(rejection.end + 1, 'heute ')]);

    const [kept] = store.suggestions.rejections();
    expect(kept).toMatchObject({ id: rejection.id, start: rejection.start, end: rejection.end });
    expect(present(kept).quote.suffix.startsWith(`${rejection.quote.suffix.slice(0, 1)}heute `)).toBe(true);
    // The list of rejections shows the context, so the window hears of it.
    expect(changes.at(-1)?.suggestionRejections?.upserted).toEqual([kept]);
    expect(suggested(store, articleId, 'Peking').some((s) => s.start === rejection.start)).toBe(false);
    store.close();
  });

  it('is forgotten when its own text is edited, and the new text is proposed', () => {
    const { store, articleId } = seedProjectWithRegistry(tempDir());
    const rejection = rejectFirst(store, articleId, 'Peking');
    const changes = changeSets(store);

    editText(store, articleId, [{ from: rejection.start, to: rejection.end, insertedText: 'PEKING' }]);

    expect(store.suggestions.rejections()).toEqual([]);
    expect(changes.at(-1)?.suggestionRejections?.deleted).toEqual([rejection.id]);
    expect(suggested(store, articleId, 'PEKING').map((s) => s.start)).toEqual([rejection.start]);

    // Typing inside the name is editing it too.
    const again = rejectFirst(store, articleId, 'PEKING');
    editText(store, articleId, [insertAt(again.start + 2, 'K')]);
    expect(store.suggestions.rejections()).toEqual([]);
    store.close();
  });

  it('counts an emoji before it in UTF-16 units in an article pasted with CRLF line breaks', () => {
    const { store } = seedProjectWithRegistry(tempDir());
    const pasted = 'Gruß aus der Ferne 👋\r\nIn Peking traf Xi Jinping\r\nden Minister.';
    const { id } = store.createArticle(articleFromPaste({ title: 'Gruß', text: pasted }));
    const text = store.getArticle(id).text;
    expect(text).toBe('Gruß aus der Ferne 👋\nIn Peking traf Xi Jinping\nden Minister.');
    const rejection = rejectFirst(store, id, 'Peking');
    expect(rejection.start).toBe(text.indexOf('Peking'));

    // A flag is four UTF-16 units; a line break before the name adds one more.
    editText(store, id, [insertAt(0, '🇨🇳 '), insertAt(text.indexOf('In Peking'), '\n')]);

    const [moved] = store.suggestions.rejections();
    expect(moved).toMatchObject({ start: rejection.start + 6, end: rejection.end + 6 });
    expect(store.getArticle(id).text.slice(present(moved).start, present(moved).end)).toBe('Peking');
    expect(suggested(store, id, 'Peking')).toEqual([]);
    store.close();
  });

  it('comes back exactly as it was when the edit is undone, and moves again when it is redone', () => {
    const { store, path, articleId } = seedProjectWithRegistry(tempDir());
    rejectFirst(store, articleId, 'Peking');
    const tass = present(suggested(store, articleId, 'TASS')[0]);
    store.suggestions.reject([tass]);
    const before = rejectionRows(path);

    // One rejection moves, the other is forgotten as its text is replaced.
    editText(store, articleId, [insertAt(0, 'Neu: '), { from: tass.start, to: tass.end, insertedText: 'Tass' }]);
    const edited = rejectionRows(path);
    expect(edited).toHaveLength(1);

    store.undo();
    expect(rejectionRows(path)).toEqual(before);
    expect(suggested(store, articleId, 'TASS').some((s) => s.start === tass.start)).toBe(false);
    store.redo();
    expect(rejectionRows(path)).toEqual(edited);
    store.close();
  });
});
