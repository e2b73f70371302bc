/**
 * The text rules the store promises, written out independently of main/ so the model does not take
 * the store's word for them: what a valid selection is, what an annotation's quote holds, and what
 * an edit of the text gives.
 */

export { applyChanges } from '../../../support/apply-changes';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Change {
  readonly from: number;
  readonly to: number;
  readonly insertedText: string;
}

/** The quote of a discontinuous annotation joins its pieces with this (the model's FRAGMENT_QUOTE_SEPARATOR). */
export const PIECE_SEPARATOR = ' … ';
const CONTEXT = 32;

const SURROGATE_PAIR = /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** True if `offset` falls between the two halves of an emoji or other character beyond the BMP. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && SURROGATE_PAIR.test(text.slice(offset - 1, offset + 1));
}

/** Fragments a new annotation may have in `text`: in order, apart, non-empty, inside, on whole characters. */
export function validFragments(text: string, fragments: readonly Range[]): boolean {
  return (
    fragments.length >= 1 &&
    fragments.length <= 64 &&
    fragments.every(
      ({ start, end }, i) =>
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        start < end &&
        end <= text.length &&
        (i === 0 || (fragments[i - 1]?.end ?? 0) < start) &&
        !splitsPair(text, start) &&
        !splitsPair(text, end),
    )
  );
}

/** The stored quote: the pieces joined, and up to 32 units of context either side without half a character. */
export function quoteOf(text: string, fragments: readonly Range[]): { exact: string; prefix: string; suffix: string } {
  const first = fragments[0];
  const last = fragments[fragments.length - 1];
  if (first === undefined || last === undefined) throw new Error('no fragments');
  let prefixStart = Math.max(0, first.start - CONTEXT);
  if (splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, last.end + CONTEXT);
  if (splitsPair(text, suffixEnd)) suffixEnd--;
  return {
    exact: fragments.map(({ start, end }) => text.slice(start, end)).join(PIECE_SEPARATOR),
    prefix: text.slice(prefixStart, first.start),
    suffix: text.slice(last.end, suffixEnd),
  };
}

/** Whether the changes can be one edit of `text`: in order, apart, inside it, on whole characters. */
export function validChanges(text: string, changes: readonly Change[]): boolean {
  return (
    changes.length >= 1 &&
    changes.every((change, i) => {
      const previous = changes[i - 1];
      return (
        change.from <= change.to &&
        change.to <= text.length &&
        !splitsPair(text, change.from) &&
        !splitsPair(text, change.to) &&
        !change.insertedText.includes('\r') &&
        !hasLoneSurrogate(change.insertedText) &&
        change.insertedText === change.insertedText.normalize('NFC') &&
        (previous === undefined || (change.from >= previous.to && change.from > previous.from))
      );
    })
  );
}

/** How much of a range's text the changes delete. */
function deletedLength(range: Range, changes: readonly Change[]): number {
  return changes.reduce(
    (sum, change) => sum + Math.max(0, Math.min(change.to, range.end) - Math.max(change.from, range.start)),
    0,
  );
}

/** Every piece of the annotation is deleted by the changes: it must become an orphan. */
export function allDeleted(fragments: readonly Range[], changes: readonly Change[]): boolean {
  return fragments.every((fragment) => deletedLength(fragment, changes) === fragment.end - fragment.start);
}

/**
 * Where fragments that no change touches (every change ends before or starts after each of them,
 * with text between) are after the changes: shifted by what the changes before them added or
 * removed. Null when a change touches one of them, where only the mapping rules tell.
 */
export function shiftedUntouched(fragments: readonly Range[], changes: readonly Change[]): Range[] | null {
  const touched = fragments.some((fragment) =>
    changes.some((change) => change.to >= fragment.start && change.from <= fragment.end),
  );
  if (touched) return null;
  return fragments.map(({ start, end }) => {
    const shift = changes
      .filter((change) => change.to < start)
      .reduce((sum, change) => sum + change.insertedText.length - (change.to - change.from), 0);
    return { start: start + shift, end: end + shift };
  });
}

/**
 * Where a range is after the changes if none reaches into its text (removes some of it or puts text
 * strictly inside it): shifted by what the changes before it added or removed, text put right at
 * its start counting as before it. Null where one reaches in.
 */
export function intactAfter(range: Range, changes: readonly Change[]): Range | null {
  const reached = changes.some(
    ({ from, to, insertedText }) =>
      Math.max(from, range.start) < Math.min(to, range.end) ||
      (insertedText !== '' && range.start < from && from < range.end),
  );
  if (reached) return null;
  const shift = changes
    .filter((change) => change.to <= range.start)
    .reduce((sum, change) => sum + change.insertedText.length - (change.to - change.from), 0);
  return { start: range.start + shift, end: range.end + shift };
}

/** Non-empty lines are paragraphs, as plain text is stored. */
export function paragraphBlocks(text: string): { kind: 'paragraph'; start: number; end: number }[] {
  const blocks: { kind: 'paragraph'; start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  }
  return blocks;
}
