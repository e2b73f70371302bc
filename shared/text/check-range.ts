import type { TextRange } from './offsets';

/** Rejects a range that is not a half-open [start, end) of whole offsets inside a text of `length`. */
export function checkRangeInText(range: TextRange, length: number): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`[${start}, ${end}) is not a range in a text of length ${length}.`);
  }
}
