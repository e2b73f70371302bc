import type { DatabaseSync } from 'node:sqlite';
import { withoutDiacritics } from '../../../shared/text/fold-for-match';
import { declensionStem, inflectionRule } from '../../../shared/suggestions/inflection-rules';
import type { Stretch, StretchNarrowing } from './article-to-suggest';

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
 * Case and diacritics folded as the matcher and the index fold them: lower-casing independent of
 * the locale, so a Turkish "I" is not taken for "ı", and several times faster than by the locale's
 * rules, which counts when annotate-all folds thousands of articles.
 */
function folded(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}

/**
 * The index query for one name: each of its words as a prefix, so inflected forms still hit
 * ("schoigu*" finds "Schoigus"); a word before the last by its stem, as it may be declined
 * ("russisch*" finds "Russischen Föderation"). The index folds case and diacritics, so it finds
 * at least what the matcher does, whatever the project's options. Null when the name has no word
 * the index knows.
 */
function nameQuery(name: string): string | null {
  const stems = wordStems(name);
  return stems.length === 0 ? null : `(${stems.map((stem) => `"${stem}"*`).join(' AND ')})`;
}

/** A name's words, folded, each as the start every inflected form of it shares. */
function wordStems(name: string): string[] {
  const words = folded(name).match(TOKEN) ?? [];
  const last = words.length - 1;
  return words.map((word, i) => (i < last ? (declensionStem(word, ANY_DECLENSION) ?? word) : word));
}

/**
 * The parts of a stretch of text that may hold one of `names`: around each place where the start
 * of a name's first word stands (folded as the index folds), widened to whitespace on both sides
 * and by the longest name. A cheap test that spares guessing the language of, and matching in,
 * the blocks of an article that cannot hold a name, and most of those that can. Where folding
 * changed the stretch's length its offsets are not the text's, and the stretch is kept whole.
 */
export function whereOneOfMayStand(names: readonly string[]): StretchNarrowing {
  const probes = names.map((name) => (UNSPACED.test(name) ? folded(name.trim()) : (wordStems(name)[0] ?? '')));
  if (probes.some((probe) => probe === '')) return (stretch) => [{ start: 0, end: stretch.length }];
  // Room for the name's later words, endings, and white space folded to one space in the name.
  const reach = Math.max(...names.map((name) => name.length)) * 2 + 16;
  return (stretch) => {
    const foldedStretch = folded(stretch);
    const places: number[] = [];
    for (const probe of probes) {
      for (let at = foldedStretch.indexOf(probe); at !== -1; at = foldedStretch.indexOf(probe, at + 1)) {
        places.push(at);
      }
    }
    if (places.length === 0) return [];
    if (foldedStretch.length !== stretch.length) return [{ start: 0, end: stretch.length }];
    const parts: Stretch[] = [];
    for (const place of places.sort((a, b) => a - b)) {
      const start = whitespaceBefore(stretch, place);
      const end = whitespaceAfter(stretch, place + reach);
      const previous = parts[parts.length - 1];
      if (previous !== undefined && start <= previous.end) parts[parts.length - 1] = { start: previous.start, end };
      else parts.push({ start, end });
    }
    return parts;
  };
}

const WHITESPACE = /\s/u;

function whitespaceBefore(text: string, at: number): number {
  let start = Math.min(at, text.length);
  while (start > 0 && !WHITESPACE.test(text[start - 1] ?? '')) start--;
  return start;
}

function whitespaceAfter(text: string, at: number): number {
  let end = Math.min(at, text.length);
  while (end < text.length && !WHITESPACE.test(text[end] ?? '')) end++;
  return end;
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
