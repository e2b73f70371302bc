import type { DatabaseSync } from 'node:sqlite';
import { foldForMatch } from '../../../shared/text/fold-for-match';
import { declensionStem, inflectionRule } from '../../../shared/suggestions/inflection-rules';

/** An article outside the trash that may hold a name. */
export interface CandidateArticle {
  readonly id: number;
  readonly title: string;
}

/**
 * Scripts written without spaces: the full-text index keeps a whole run of them as one token, so
 * a name in them is looked for in the text itself.
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** What article_fts's unicode61 tokenizer keeps as word characters. */
const TOKEN = /[\p{L}\p{N}]+/gu;
const ANY_DECLENSION = inflectionRule('de');

/**
 * The index query for one name: each of its words as a prefix, so inflected forms still hit
 * ("schoigu*" finds "Schoigus"); a word before the last by its stem, as it may be declined
 * ("russisch*" finds "Russischen Föderation"). The index folds case and diacritics, so it finds
 * at least what the matcher does, whatever the project's options. Null when the name has no word
 * the index knows.
 */
function nameQuery(name: string): string | null {
  const words = foldForMatch(name).match(TOKEN) ?? [];
  if (words.length === 0) return null;
  const last = words.length - 1;
  const prefixes = words.map((word, i) => `"${i < last ? (declensionStem(word, ANY_DECLENSION) ?? word) : word}"*`);
  return `(${prefixes.join(' AND ')})`;
}

/**
 * The articles outside the trash that may hold one of `names`, by title: the full-text index
 * narrows the corpus to the few the matcher then reads whole.
 */
export function candidateArticles(db: DatabaseSync, names: readonly string[]): CandidateArticle[] {
  const queries: string[] = [];
  const unspaced: string[] = [];
  for (const name of names) {
    const query = UNSPACED.test(name) ? null : nameQuery(name);
    if (query !== null) queries.push(query);
    else if (name.trim() !== '') unspaced.push(name.trim());
  }
  const ids = new Set<number>();
  if (queries.length > 0) {
    const rows = db
      .prepare('SELECT rowid AS id FROM article_fts WHERE article_fts MATCH ?')
      .all(`text : (${queries.join(' OR ')})`) as { id: number }[];
    for (const row of rows) ids.add(row.id);
  }
  const inText = db.prepare('SELECT id FROM article WHERE deleted_at IS NULL AND instr(text, ?) > 0');
  for (const name of unspaced) for (const row of inText.all(name) as { id: number }[]) ids.add(row.id);
  if (ids.size === 0) return [];
  return db
    .prepare(
      `SELECT id, title FROM article WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
       ORDER BY title COLLATE NOCASE, id`,
    )
    .all(JSON.stringify([...ids])) as unknown as CandidateArticle[];
}
