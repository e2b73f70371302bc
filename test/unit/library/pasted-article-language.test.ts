import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

const GERMAN = 'Der chinesische Präsident hat den Sekretär des russischen Sicherheitsrates in Peking empfangen.';
const ENGLISH = 'The Chinese president received the secretary of the Russian security council in Beijing on Monday.';

/** Replaces the whole text of an article, as pasting over it in edit mode does. */
function replaceText(store: ProjectStore, id: number, text: string): void {
  const old = store.getArticle(id).text;
  store.editArticleText({
    id,
    changes: [{ from: 0, to: old.length, insertedText: text }],
    blocks: plainTextBlocks(text),
  });
}

function languageOf(store: ProjectStore, id: number): string | null {
  return store.getArticle(id).metadata.language;
}

describe('the language of a pasted article', () => {
  it('is guessed from the text, and guessed again when the text is edited, until the analyst sets it', () => {
    const store = ProjectStore.create(join(tempDir(), 'language.awb'));
    const { id, metadata } = store.createArticle(articleFromPaste({ title: '', text: GERMAN }));
    expect(metadata.language).toBe('de');

    replaceText(store, id, ENGLISH);
    expect(languageOf(store, id)).toBe('en');
    // Undoing the edit puts the German text back, and the guess follows it.
    store.undo();
    expect(languageOf(store, id)).toBe('de');

    store.updateArticle(id, { language: 'fr' });
    replaceText(store, id, ENGLISH);
    expect(languageOf(store, id)).toBe('fr');
    // Undo takes back a text edit, never a language the analyst set after it.
    store.updateArticle(id, { language: 'nl' });
    store.undo();
    expect(languageOf(store, id)).toBe('nl');
    store.close();
  });

  it('is left unknown for a text too short to tell, and guessed once the text has grown', () => {
    const store = ProjectStore.create(join(tempDir(), 'short.awb'));
    const { id, metadata } = store.createArticle(articleFromPaste({ title: '', text: 'Xi, Lawrow' }));
    expect(metadata.language).toBeNull();
    replaceText(store, id, GERMAN);
    expect(languageOf(store, id)).toBe('de');
    store.close();
  });
});
