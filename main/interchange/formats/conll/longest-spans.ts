import type { Annotation, TextFragment } from '../../../../shared/model/annotation';
import { codePointLength } from '../../../../shared/text/code-points';

export interface SpanSelection {
  readonly kept: readonly Annotation[];
  /** Each left-out annotation with a kept one it overlaps. */
  readonly overlapping: readonly { readonly annotation: Annotation; readonly keptInstead: Annotation }[];
}

/**
 * Picks annotations no two of which share a character, as a one-tag-per-token format needs. The
 * rule, stated in the export report: the longest span wins (in characters, all its pieces
 * together); between equally long ones the one starting first, then the one created first (lower
 * id). Each other annotation overlapping a kept one is left out.
 */
export function selectLongestSpans(text: string, annotations: readonly Annotation[]): SpanSelection {
  const length = (annotation: Annotation) =>
    annotation.fragments.reduce((sum, { start, end }) => sum + codePointLength(text.slice(start, end)), 0);
  const ranked = annotations
    .map((annotation) => ({ annotation, length: length(annotation) }))
    .sort(
      (a, b) =>
        b.length - a.length ||
        (a.annotation.fragments[0]?.start ?? 0) - (b.annotation.fragments[0]?.start ?? 0) ||
        a.annotation.id - b.annotation.id,
    );

  // Kept fragments never overlap, so sorted by start they are also sorted by end.
  const taken: { fragment: TextFragment; owner: Annotation }[] = [];
  const kept: Annotation[] = [];
  const overlapping: { annotation: Annotation; keptInstead: Annotation }[] = [];
  for (const { annotation } of ranked) {
    const blocker = annotation.fragments.map((fragment) => overlapOf(taken, fragment)).find((owner) => owner);
    if (blocker !== undefined) {
      overlapping.push({ annotation, keptInstead: blocker });
      continue;
    }
    kept.push(annotation);
    for (const fragment of annotation.fragments)
      taken.splice(firstEndingAfter(taken, fragment.start), 0, { fragment, owner: annotation });
  }
  kept.sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0));
  return { kept, overlapping };
}

/** The owner of a taken fragment overlapping `fragment`, if any. */
function overlapOf(taken: readonly { fragment: TextFragment; owner: Annotation }[], fragment: TextFragment) {
  const candidate = taken[firstEndingAfter(taken, fragment.start)];
  return candidate !== undefined && candidate.fragment.start < fragment.end ? candidate.owner : undefined;
}

function firstEndingAfter(taken: readonly { fragment: TextFragment }[], offset: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((taken[middle]?.fragment.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
