import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { ArticleReader } from '../../../main/store/suggestions/article-to-suggest';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

const GERMAN = 'Der chinesische Präsident hat den Sekretär des russischen Sicherheitsrates in Peking empfangen.';
const ENGLISH = 'The Chinese president received the secretary of the Russian security council in Beijing on Monday.';
const GERMAN_TOO = 'Die Gespräche über die Zusammenarbeit beider Länder dauerten bis in den späten Abend hinein.';

function stored(store: ProjectStore, id: number): { current: boolean; languages: unknown } | undefined {
  const row = store['db']
    .prepare(
      `SELECT l.text_hash = a.text_hash AS current, l.languages_json FROM article_block_language l
       JOIN article a ON a.id = l.article_id WHERE a.id = ?`,
    )
    .get(id) as { current: number; languages_json: string } | undefined;
  return row === undefined ? undefined : { current: row.current === 1, languages: JSON.parse(row.languages_json) };
}

/** The language suggestions read each block of the article in. */
function readLanguages(store: ProjectStore, id: number): (string | null)[] {
  const article = new ArticleReader(store['db']).article(id);
  const blocks = store.getArticle(id).blocks;
  return blocks.map((block) => article.runs.find((run) => run.start === block.start)?.language ?? null);
}

describe('the languages of an article’s blocks', () => {
  it('are guessed once when the article is added, block by block, and read from the project', () => {
    const store = ProjectStore.create(join(tempDir(), 'blocks.awb'));
    const { id } = store.createArticle(articleFromPaste({ title: '', text: `${GERMAN}\n\n${ENGLISH}` }));
    expect(stored(store, id)).toEqual({ current: true, languages: ['de', 'en'] });
    expect(readLanguages(store, id)).toEqual(['de', 'en']);
    store.close();
  });

  it('follow an edit of the text, and an undone edit is read by guessing again', () => {
    const store = ProjectStore.create(join(tempDir(), 'edited.awb'));
    const { id } = store.createArticle(articleFromPaste({ title: '', text: `${GERMAN}\n\n${ENGLISH}` }));
    const text = `${GERMAN}\n\n${GERMAN_TOO}`;
    store.editArticleText({
      id,
      changes: [{ from: GERMAN.length + 2, to: GERMAN.length + 2 + ENGLISH.length, insertedText: GERMAN_TOO }],
      blocks: plainTextBlocks(text),
    });
    expect(stored(store, id)).toEqual({ current: true, languages: ['de', 'de'] });
    expect(readLanguages(store, id)).toEqual(['de', 'de']);
    store.undo();
    expect(stored(store, id)?.current).toBe(false);
    expect(readLanguages(store, id)).toEqual(['de', 'en']);
    store.close();
  });
});
