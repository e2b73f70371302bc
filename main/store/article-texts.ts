import type { DatabaseSync } from 'node:sqlite';
import { notFound } from './store-input';
import { prepared } from './prepared-statements';

/** How many article texts each connection keeps between writes: the one being annotated, and a few more. */
const KEPT_PER_CONNECTION = 4;

interface KeptText {
  readonly hash: string;
  readonly text: string;
}

/**
 * The texts last read on each connection, by article, with the text hash they were read at.
 * Reading a 1 MB text out of SQLite (overflow pages, UTF-8 to a JS string) takes tens of
 * milliseconds, which each label key on a long article paid again; its hash is quick to read.
 * Every write of a text writes its hash too (edits, re-imports, and the history's replay of both),
 * so a kept text whose hash still matches is the stored text.
 */
const kept = new WeakMap<DatabaseSync, Map<number, KeptText>>();

/** The texts of the articles one write touches, each read once however many annotations point into it. */
export class ArticleTexts {
  private readonly texts = new Map<number, string>();

  constructor(private readonly db: DatabaseSync) {}

  text(articleId: number): string {
    let text = this.texts.get(articleId);
    if (text === undefined) {
      text = storedText(this.db, articleId);
      this.texts.set(articleId, text);
    }
    return text;
  }
}

function storedText(db: DatabaseSync, articleId: number): string {
  let texts = kept.get(db);
  if (texts === undefined) kept.set(db, (texts = new Map<number, KeptText>()));
  const known = texts.get(articleId);
  // Taken out and put back either way, so the map's order is least recently used first.
  texts.delete(articleId);
  const row =
    known !== undefined && known.hash === storedHash(db, articleId)
      ? known
      : (prepared(db, 'SELECT text, text_hash AS hash FROM article WHERE id = ?').get(articleId) as
          KeptText | undefined);
  if (row === undefined) throw notFound('That article does not exist (it may have been deleted).');
  texts.set(articleId, { hash: row.hash, text: row.text });
  for (const oldest of texts.keys()) {
    if (texts.size <= KEPT_PER_CONNECTION) break;
    texts.delete(oldest);
  }
  return row.text;
}

/**
 * Read from the hash's index: in the table row the hash lies behind the text, and reaching it walks
 * the text's overflow pages (about 2 ms for 1 MB), where the index holds only hashes and ids (a
 * scan of 10,000 articles takes 0.2 ms).
 */
function storedHash(db: DatabaseSync, articleId: number): string | undefined {
  const row = prepared(db, 'SELECT text_hash FROM article INDEXED BY article_text_hash WHERE id = ?').get(articleId) as
    { text_hash: string } | undefined;
  return row?.text_hash;
}
