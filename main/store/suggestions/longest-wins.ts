import type { Suggestion } from '../../../shared/model/suggestion';

/**
 * Of overlapping suggestions, keeps the longest, then the earliest, then the one proposed first
 * (the sources' order): "Russische Föderation" from the registry over "Föderation" from a
 * gazetteer. The result is in text order.
 */
export function longestWins(proposals: readonly Suggestion[]): Suggestion[] {
  const ranked = proposals
    .map((suggestion, order) => ({ suggestion, order }))
    .sort(
      (a, b) =>
        b.suggestion.end - b.suggestion.start - (a.suggestion.end - a.suggestion.start) ||
        a.suggestion.start - b.suggestion.start ||
        a.order - b.order,
    );
  // Kept in text order and never overlapping, so a candidate need only be checked against its neighbours.
  const kept: Suggestion[] = [];
  for (const { suggestion } of ranked) {
    const at = firstStartingAtOrAfter(kept, suggestion.start);
    const before = kept[at - 1];
    const after = kept[at];
    if (before !== undefined && before.end > suggestion.start) continue;
    if (after !== undefined && after.start < suggestion.end) continue;
    kept.splice(at, 0, suggestion);
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: readonly Suggestion[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Suggestion).start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}
