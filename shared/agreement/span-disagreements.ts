import type { TextRange } from '../text/offsets';
import type { AnnotatedSpan } from './annotated-span';
import { matchSpansByOverlap, matchSpansExactly, sameLabel } from './span-matching';

/**
 * Where two annotators' spans differ, for the curation view to walk through:
 * - 'boundary': the same label on overlapping but different text;
 * - 'label': overlapping spans (same text or not) with different labels;
 * - 'only-first' / 'only-second': a span the other annotator has nothing overlapping for.
 * `start`/`end` cover every span involved, in UTF-16 offsets, for opening the text there.
 */
export type SpanDisagreement = TextRange &
  (
    | { readonly kind: 'boundary' | 'label'; readonly first: AnnotatedSpan; readonly second: AnnotatedSpan }
    | { readonly kind: 'only-first'; readonly first: AnnotatedSpan }
    | { readonly kind: 'only-second'; readonly second: AnnotatedSpan }
  );

/**
 * The disagreements between two annotators' spans of one article, in text order. Identical spans
 * (same offsets and label) agree and are left out. Of the rest, overlapping spans with the same label
 * are paired first (a boundary disagreement), then overlapping spans with different labels (a label
 * disagreement), each one to one, greedily by the largest overlap (see matchSpansByOverlap); what
 * remains unpaired is a span only one annotator has.
 */
export function spanDisagreements(
  first: readonly AnnotatedSpan[],
  second: readonly AnnotatedSpan[],
): SpanDisagreement[] {
  const identical = matchSpansExactly(first, second);
  const boundaries = matchSpansByOverlap(identical.unmatchedFirst, identical.unmatchedSecond, sameLabel);
  const labels = matchSpansByOverlap(boundaries.unmatchedFirst, boundaries.unmatchedSecond, () => true);
  const found: SpanDisagreement[] = [
    ...boundaries.pairs.map(([a, b]) => ({ kind: 'boundary' as const, ...union(a, b), first: a, second: b })),
    ...labels.pairs.map(([a, b]) => ({ kind: 'label' as const, ...union(a, b), first: a, second: b })),
    ...labels.unmatchedFirst.map((a) => ({ kind: 'only-first' as const, start: a.start, end: a.end, first: a })),
    ...labels.unmatchedSecond.map((b) => ({ kind: 'only-second' as const, start: b.start, end: b.end, second: b })),
  ];
  return found.sort((x, y) => x.start - y.start || x.end - y.end);
}

const union = (a: TextRange, b: TextRange): TextRange => ({
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
});
