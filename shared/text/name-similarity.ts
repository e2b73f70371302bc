/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same once case, accents and
 * punctuation are ignored), for ranking the entities an analyst may mean ("Merge into…"):
 *
 *   similarity = 0.6 × token overlap + 0.4 × edit similarity
 *
 * Both compare the names folded: decomposed (NFKD) with the combining marks dropped, lower-cased,
 * every run of characters other than letters and digits a single space.
 * - Token overlap is the words the two names share over the words of the shorter one, so a short
 *   form scores fully against the long one ("Schoigu" against "Sergej Schoigu" is 1).
 * - Edit similarity is 1 − Levenshtein distance / length of the longer name, in code points, so a
 *   spelling variant scores high though it shares no word ("Schoigu" against "Shoigu" is 0.86).
 * Names longer than NAME_MAX_COMPARED code points are compared on that many, which keeps ranking a
 * registry of tens of thousands of entities to milliseconds.
 */
export function nameSimilarity(a: string, b: string): number {
  const left = foldName(a);
  const right = foldName(b);
  if (left === '' || right === '') return 0;
  if (left === right) return 1;
  return TOKEN_WEIGHT * tokenOverlap(left, right) + EDIT_WEIGHT * editSimilarity(left, right);
}

/** The best similarity between any name or alias of one entity and any of the other's. */
export function bestNameSimilarity(names: readonly string[], others: readonly string[]): number {
  let best = 0;
  for (const name of names) for (const other of others) best = Math.max(best, nameSimilarity(name, other));
  return best;
}

const TOKEN_WEIGHT = 0.6;
const EDIT_WEIGHT = 0.4;
const NAME_MAX_COMPARED = 64;

/** A name as compared: accents, case and punctuation dropped, words separated by one space. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokenOverlap(left: string, right: string): number {
  const leftWords = new Set(left.split(' '));
  const rightWords = new Set(right.split(' '));
  let shared = 0;
  for (const word of leftWords) if (rightWords.has(word)) shared++;
  return shared / Math.min(leftWords.size, rightWords.size);
}

function editSimilarity(left: string, right: string): number {
  const a = [...left].slice(0, NAME_MAX_COMPARED);
  const b = [...right].slice(0, NAME_MAX_COMPARED);
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

/** Insertions, deletions and substitutions of code points, one row of the table at a time. */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
