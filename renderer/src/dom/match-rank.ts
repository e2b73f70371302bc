import { foldForMatch } from '../../../shared/text/fold-for-match';

/**
 * How well a typed query matches a picker entry, the way VS Code's command palette ranks: lower is
 * better, null is no match (the entry is not listed). Case and accents are ignored.
 *
 * 0. the name starts with the query ("show" → "Show the Entities tab");
 * 1. the query starts a word of the name ("entit" → "Show the Entities tab");
 * 2. every typed word starts a word of the name ("sh ent" → "Show the Entities tab");
 * 3. every typed word is in the name, some inside a word ("ntit" → "Show the Entities tab");
 * 4. some typed word only starts one of the entry's keywords ("entit" → "Label the selection as
 *    Person", an entity type).
 *
 * A word inside a keyword does not match: "ment" must not list everything with "comment" or
 * "fragment" among its keywords.
 */
export function matchRank(label: string, keywords: string, query: string): number | null {
  const folded = foldForMatch(query.trim());
  if (folded === '') return 0;
  const name = foldForMatch(label);
  if (name.startsWith(folded)) return 0;
  if (startsAWord(name, folded)) return 1;
  const extra = foldForMatch(keywords);
  let rank = 2;
  for (const word of folded.split(/\s+/u)) {
    if (startsAWord(name, word)) continue;
    if (name.includes(word)) rank = Math.max(rank, 3);
    else if (startsAWord(extra, word)) rank = Math.max(rank, 4);
    else return null;
  }
  return rank;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `part` occurs in `text` at the start of a word (after a space, a dash, a bracket …). */
function startsAWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1))) return true;
  }
  return false;
}
