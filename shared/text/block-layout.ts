/**
 * Why an article's blocks cannot describe its text, or null when they can: each block a whole
 * [start, end) range inside the text, in text order, none starting inside the one before. The
 * article view draws one textblock per block and maps positions by a per-block shift, so it refuses
 * any other layout (a repaired one would shift every annotation); importers refuse it with the
 * same words before it reaches the project.
 */
export function blockLayoutProblem(
  blocks: readonly { readonly start: number; readonly end: number }[],
  textLength: number,
): string | null {
  let previousEnd = 0;
  for (const [index, { start, end }] of blocks.entries()) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      return `Block ${index} has an invalid range ${start}–${end}.`;
    }
    if (end > textLength) return `Block ${index} ends at ${end}, past the end of the text (${textLength}).`;
    if (start < previousEnd) return `Block ${index} starts at ${start}, inside the block before it.`;
    previousEnd = end;
  }
  return null;
}
