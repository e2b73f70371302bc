import type { DatabaseSync } from 'node:sqlite';
import type { Block } from '../../shared/model/article';
import { detectLanguage } from '../library/import/detect-language';

/** The language guessed for each block of an article's text, by block index (null: too short to tell). */
export type BlockLanguages = readonly (string | null)[];

interface StoredRow {
  text: string;
  blocks_json: string;
  stored_hash: string | null;
  languages_json: string | null;
}

/**
 * Guesses each block's language, taking it from `known` where a block's text was guessed before:
 * guessing costs about a millisecond a block, so an edit guesses only the blocks it changed.
 */
export function guessBlockLanguages(
  text: string,
  blocks: readonly Block[],
  known: ReadonlyMap<string, string | null> = new Map(),
): (string | null)[] {
  return blocks.map((block) => {
    const blockText = text.slice(block.start, block.end);
    return known.has(blockText) ? (known.get(blockText) ?? null) : detectLanguage(blockText);
  });
}

/**
 * The article's stored block languages, by block text, while they are still those of its text: what
 * an edit of that text need not guess again.
 */
export function knownBlockLanguages(db: DatabaseSync, articleId: number): Map<string, string | null> {
  const row = db
    .prepare(
      `SELECT a.text, a.blocks_json, l.text_hash AS stored_hash, l.languages_json FROM article a
       LEFT JOIN article_block_language l ON l.article_id = a.id AND l.text_hash = a.text_hash WHERE a.id = ?`,
    )
    .get(articleId) as StoredRow | undefined;
  const known = new Map<string, string | null>();
  if (row?.languages_json === null || row === undefined) return known;
  // Written by storeBlockLanguages below, from blocks the store checked on the way in.
  const blocks = JSON.parse(row.blocks_json) as Block[];
  const languages = JSON.parse(row.languages_json) as (string | null)[];
  blocks.forEach((block, i) => known.set(row.text.slice(block.start, block.end), languages[i] ?? null));
  return known;
}

/**
 * Guesses and keeps the language of each block of the article's text as it is now, with the hash
 * of that text: suggestions read an article by them (word boundaries, inflection rules) and would
 * otherwise guess every block again on every connection, which for annotate-all across the corpus
 * is most of its time. Readers check the hash, so a text changed since (an undone edit) is guessed.
 */
export function storeBlockLanguages(
  db: DatabaseSync,
  articleId: number,
  known: ReadonlyMap<string, string | null> = new Map(),
): void {
  const row = db.prepare('SELECT text, text_hash, blocks_json FROM article WHERE id = ?').get(articleId) as
    { text: string; text_hash: string; blocks_json: string } | undefined;
  if (row === undefined) return;
  const languages = guessBlockLanguages(row.text, JSON.parse(row.blocks_json) as Block[], known);
  db.prepare(
    `INSERT INTO article_block_language (article_id, text_hash, languages_json) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET text_hash = excluded.text_hash, languages_json = excluded.languages_json`,
  ).run(articleId, row.text_hash, JSON.stringify(languages));
}
