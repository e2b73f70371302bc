import { overlapLength, type AnnotatedSpan } from './annotated-span';

/** A one-to-one pairing of two annotators' spans, and what each left unpaired. */
export interface SpanMatching {
  readonly pairs: readonly (readonly [first: AnnotatedSpan, second: AnnotatedSpan])[];
  readonly unmatchedFirst: readonly AnnotatedSpan[];
  readonly unmatchedSecond: readonly AnnotatedSpan[];
}

/**
 * Pairs spans with the same start, end and label, one to one: if one annotator has the same span
 * twice and the other once, one of the two stays unmatched.
 */
export function matchSpansExactly(first: readonly AnnotatedSpan[], second: readonly AnnotatedSpan[]): SpanMatching {
  // A merge of both lists in (start, end, label) order: no keys to build for 100,000s of spans.
  const a = [...first].sort(byPosition);
  const b = [...second].sort(byPosition);
  const pairs: [AnnotatedSpan, AnnotatedSpan][] = [];
  const unmatchedFirst: AnnotatedSpan[] = [];
  const unmatchedSecond: AnnotatedSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const order = x === undefined ? 1 : y === undefined ? -1 : byPosition(x, y);
    if (order === 0 && x !== undefined && y !== undefined) {
      pairs.push([x, y]);
      i++;
      j++;
    } else if (order < 0 && x !== undefined) {
      unmatchedFirst.push(x);
      i++;
    } else if (y !== undefined) {
      unmatchedSecond.push(y);
      j++;
    }
  }
  return { pairs, unmatchedFirst, unmatchedSecond };
}

const byPosition = (x: AnnotatedSpan, y: AnnotatedSpan): number =>
  x.start - y.start || x.end - y.end || x.label - y.label;

/**
 * Pairs overlapping spans (sharing at least one UTF-16 code unit) for which `compatible` holds, one
 * to one, greedily: the pair sharing the most text first, then the pair whose boundaries differ
 * least (|Δstart| + |Δend|), then the earliest. Greedy is not a maximum matching, but it is what
 * a reader does — the most similar spans belong together — and it is deterministic.
 */
export function matchSpansByOverlap(
  first: readonly AnnotatedSpan[],
  second: readonly AnnotatedSpan[],
  compatible: (a: AnnotatedSpan, b: AnnotatedSpan) => boolean,
): SpanMatching {
  const candidates = overlappingPairs(indexed(first), indexed(second)).filter(({ a, b }) => compatible(a.span, b.span));
  candidates.sort(byPreference);
  const usedFirst = new Set<number>();
  const usedSecond = new Set<number>();
  const pairs: [AnnotatedSpan, AnnotatedSpan][] = [];
  for (const { a, b } of candidates) {
    if (usedFirst.has(a.index) || usedSecond.has(b.index)) continue;
    usedFirst.add(a.index);
    usedSecond.add(b.index);
    pairs.push([a.span, b.span]);
  }
  return {
    pairs,
    unmatchedFirst: first.filter((_, i) => !usedFirst.has(i)),
    unmatchedSecond: second.filter((_, j) => !usedSecond.has(j)),
  };
}

export const sameLabel = (a: AnnotatedSpan, b: AnnotatedSpan): boolean => a.label === b.label;

/** A span and its place in its annotator's list, which tells apart two equal spans. */
interface IndexedSpan {
  readonly span: AnnotatedSpan;
  readonly index: number;
}

interface OverlappingPair {
  readonly a: IndexedSpan;
  readonly b: IndexedSpan;
  readonly overlap: number;
  readonly boundaryShift: number;
}

const indexed = (spans: readonly AnnotatedSpan[]): IndexedSpan[] =>
  spans.map((span, index) => ({ span, index })).sort((x, y) => x.span.start - y.span.start);

/** Every pair of overlapping spans, by a sweep over both lists sorted by start. */
function overlappingPairs(first: readonly IndexedSpan[], second: readonly IndexedSpan[]): OverlappingPair[] {
  const found: OverlappingPair[] = [];
  let lowest = 0;
  for (const a of first) {
    // Later spans of `first` start no earlier than `a`, so a leading span of `second` that ends
    // before `a` starts can overlap none of them.
    while (lowest < second.length && (second[lowest]?.span.end ?? Infinity) <= a.span.start) lowest++;
    for (let k = lowest; k < second.length; k++) {
      const b = second[k];
      if (b === undefined || b.span.start >= a.span.end) break;
      const overlap = overlapLength(a.span, b.span);
      if (overlap === 0) continue;
      const boundaryShift = Math.abs(a.span.start - b.span.start) + Math.abs(a.span.end - b.span.end);
      found.push({ a, b, overlap, boundaryShift });
    }
  }
  return found;
}

function byPreference(x: OverlappingPair, y: OverlappingPair): number {
  return (
    y.overlap - x.overlap ||
    x.boundaryShift - y.boundaryShift ||
    x.a.span.start - y.a.span.start ||
    x.b.span.start - y.b.span.start ||
    x.a.index - y.a.index ||
    x.b.index - y.b.index
  );
}
