import type { TextRange } from '../../../shared/text/offsets';

/**
 * Pieces of a discontinuous span in text order, with overlapping or touching pieces joined: the
 * shape the store requires (fragments in order, text between them).
 */
export function mergeFragments(ranges: readonly TextRange[]): { start: number; end: number }[] {
  const sorted = [...ranges].filter((range) => range.start < range.end).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}
