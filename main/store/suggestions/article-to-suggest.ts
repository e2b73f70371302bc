import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Block } from '../../../shared/model/article';
import type { LanguageRun } from '../../../shared/suggestions/registry-matcher';
import { detectLanguage } from '../../library/import/detect-language';
import { notFound } from '../store-input';
import type { ArticleToSuggest } from './suggestion-source';

/** Articles whose block languages are kept; beyond this the memory is started afresh. */
const ARTICLES_KEPT = 20_000;

/** A stretch of text, by offsets into it. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/**
 * The parts of a stretch (a block, or what lies between blocks) worth matching in: all of it unless
 * the caller knows most of it cannot hold a name. Parts start and end at word boundaries.
 */
export type StretchNarrowing = (stretch: string) => readonly Stretch[];

const WHOLE: StretchNarrowing = (stretch) => [{ start: 0, end: stretch.length }];

interface ArticleRow {
  id: number;
  text: string;
  text_hash: string;
  blocks_json: string;
  language: string | null;
  languages_json: string | null;
}

/**
 * Reads articles as the sources need them, with the language of each block as guessed when its text
 * was stored (article-block-languages.ts), or the article's where a block is too short to tell: a
 * German article quoting an English tweet reads the tweet by English rules. For a text stored
 * before that (or restored by an undo) the blocks are guessed here, at about a millisecond a block,
 * and the guesses kept per article for as long as its text (by hash) is unchanged.
 */
export class ArticleReader {
  private readonly read: StatementSync;
  private readonly guesses = new Map<number, { hash: string; languages: Map<number, string | null> }>();

  constructor(db: DatabaseSync) {
    this.read = db.prepare(
      `SELECT a.id, a.text, a.text_hash, a.blocks_json, a.language, l.languages_json FROM article a
       LEFT JOIN article_block_language l ON l.article_id = a.id AND l.text_hash = a.text_hash WHERE a.id = ?`,
    );
  }

  /**
   * The article with language runs over its text; with `narrow`, only over the parts of blocks
   * (and of the stretches between them) it picks, so the rest is neither guessed nor matched.
   */
  article(articleId: number, narrow: StretchNarrowing = WHOLE): ArticleToSuggest {
    const row = this.read.get(articleId) as ArticleRow | undefined;
    if (row === undefined) throw notFound('That article does not exist (it may have been deleted).');
    // Written by the store itself, from blocks checked on the way in.
    const blocks = JSON.parse(row.blocks_json) as Block[];
    const stored = row.languages_json === null ? null : (JSON.parse(row.languages_json) as (string | null)[]);
    const guessed = stored?.length === blocks.length ? null : this.languagesOf(row.id, row.text_hash);
    const runs = languageRuns(row.text, blocks, row.language, narrow, (index, text) => {
      if (guessed === null) return stored?.[index] ?? null;
      if (!guessed.has(index)) guessed.set(index, detectLanguage(text));
      return guessed.get(index) ?? null;
    });
    return { id: row.id, text: row.text, runs };
  }

  private languagesOf(articleId: number, hash: string): Map<number, string | null> {
    let known = this.guesses.get(articleId);
    if (known?.hash !== hash) {
      if (this.guesses.size >= ARTICLES_KEPT) this.guesses.clear();
      known = { hash, languages: new Map() };
      this.guesses.set(articleId, known);
    }
    return known.languages;
  }
}

/**
 * Runs over the text: each block in its guessed language (or `language` where none can be
 * guessed), what lies between blocks in `language`; only the parts `narrow` picks.
 */
function languageRuns(
  text: string,
  blocks: readonly Block[],
  language: string | null,
  narrow: StretchNarrowing,
  guess: (blockIndex: number, blockText: string) => string | null,
): LanguageRun[] {
  const runs: LanguageRun[] = [];
  const add = (start: number, end: number, runLanguage: () => string | null) => {
    if (end <= start) return;
    const parts = narrow(text.slice(start, end));
    if (parts.length === 0) return;
    const partLanguage = runLanguage();
    for (const part of parts) runs.push({ start: start + part.start, end: start + part.end, language: partLanguage });
  };
  let at = 0;
  blocks.forEach((block, index) => {
    if (block.start < at || block.end <= block.start) return;
    add(at, block.start, () => language);
    add(block.start, block.end, () => guess(index, text.slice(block.start, block.end)) ?? language);
    at = block.end;
  });
  add(at, text.length, () => language);
  return runs;
}
