import type { ArticleAnnotation } from '../../../shared/model/annotation';
import type { TextPositionMap } from '../article-view/text-position-map';

/**
 * The annotations (not orphaned) with a fragment in any of these blocks, read from the model's
 * annotations in text order: how a block not laid out before learns what it holds. One pass that
 * stops at the first annotation starting after the last block, so a section near the top of a long
 * article reads a few annotations, not all of them.
 */
export function annotationsInBlocks(
  inTextOrder: readonly ArticleAnnotation[],
  blocks: ReadonlySet<number>,
  positions: TextPositionMap,
): ArticleAnnotation[] {
  const ranges = consecutiveRuns(blocks).map(([first, last]) => ({
    start: positions.blockTextRange(first).start,
    end: positions.blockTextRange(last).end,
  }));
  const last = ranges[ranges.length - 1];
  if (last === undefined) return [];
  const found: ArticleAnnotation[] = [];
  for (const annotation of inTextOrder) {
    if ((annotation.fragments[0]?.start ?? 0) >= last.end) break;
    if (annotation.orphaned) continue;
    const inside = annotation.fragments.some((fragment) =>
      ranges.some((range) => fragment.start < range.end && range.start < fragment.end),
    );
    if (inside) found.push(annotation);
  }
  return found;
}

/** Runs of consecutive blocks as [first, last]: a section's blocks are one run, one range of text. */
function consecutiveRuns(blocks: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (const block of [...blocks].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[1] === block - 1) run[1] = block;
    else runs.push([block, block]);
  }
  return runs;
}
