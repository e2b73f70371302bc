import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLanes } from '../../../shared/annotation/overlap-layout';
import type { TextRange } from '../../../shared/text/offsets';

const span = (start: number, end: number): TextRange => ({ start, end });
const overlap = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const contains = (outer: TextRange, inner: TextRange) => outer.start <= inner.start && inner.end <= outer.end;

/** The most spans covering any one position. */
function maxDepth(spans: readonly TextRange[]): number {
  const events = spans.flatMap((s) => [
    [s.start, 1],
    [s.end, -1],
  ]);
  events.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
  let depth = 0;
  let max = 0;
  for (const [, delta] of events) max = Math.max(max, (depth += delta ?? 0));
  return max;
}

describe('layoutLanes', () => {
  it('puts separate and merely touching spans on the first lane', () => {
    expect(layoutLanes([span(0, 5), span(5, 9), span(20, 30)])).toEqual({ lanes: [0, 0, 0], laneCount: 1 });
  });

  it('draws an entity inside a claim one lane deeper than the claim', () => {
    const claim = span(0, 80);
    const person = span(10, 21);
    const place = span(40, 46);
    expect(layoutLanes([person, claim, place])).toEqual({ lanes: [1, 0, 1], laneCount: 2 });
  });

  it('stacks nested spans by depth', () => {
    expect(layoutLanes([span(4, 6), span(0, 10), span(2, 8)]).lanes).toEqual([2, 0, 1]);
  });

  it('nests identical spans in the order given', () => {
    expect(layoutLanes([span(3, 9), span(3, 9), span(3, 9)]).lanes).toEqual([0, 1, 2]);
  });

  it('gives crossing spans different lanes and reuses a lane once it is free', () => {
    expect(layoutLanes([span(0, 10), span(5, 15), span(12, 20)])).toEqual({ lanes: [0, 1, 0], laneCount: 2 });
  });

  it('has no lanes for no spans', () => {
    expect(layoutLanes([])).toEqual({ lanes: [], laneCount: 0 });
  });

  it('refuses empty and reversed spans', () => {
    expect(() => layoutLanes([span(3, 3)])).toThrow(RangeError);
    expect(() => layoutLanes([span(4, 2)])).toThrow(RangeError);
  });

  const spans = fc.array(
    fc
      .record({ start: fc.nat({ max: 60 }), length: fc.integer({ min: 1, max: 25 }) })
      .map(({ start, length }) => span(start, start + length)),
    { maxLength: 40 },
  );

  it('never draws overlapping spans on one lane, and draws nested spans deeper (property)', () => {
    fc.assert(
      fc.property(spans, (input) => {
        const { lanes, laneCount } = layoutLanes(input);
        input.forEach((a, i) =>
          input.forEach((b, j) => {
            if (i === j || !overlap(a, b)) return;
            expect(lanes[i]).not.toBe(lanes[j]);
            const aHoldsB = contains(a, b) && (!contains(b, a) || i < j);
            if (aHoldsB) expect(lanes[j] ?? 0).toBeGreaterThan(lanes[i] ?? 0);
          }),
        );
        expect(laneCount).toBe(Math.max(0, ...lanes.map((lane) => lane + 1)));
        expect(laneCount).toBeGreaterThanOrEqual(maxDepth(input));
      }),
      { numRuns: 500 },
    );
  });

  it('uses only as many lanes as spans over one position when spans nest or are apart (property)', () => {
    // Nested-or-apart spans: a random bracket structure.
    const laminar = fc.array(fc.nat({ max: 3 }), { maxLength: 60 }).map((moves) => {
      const open: number[] = [];
      const result: TextRange[] = [];
      moves.forEach((move, position) => {
        if (move > 0 || open.length === 0) open.push(position);
        else result.push(span(open.pop() ?? 0, position + 1));
      });
      while (open.length > 0) result.push(span(open.pop() ?? 0, moves.length + 1));
      return result;
    });
    fc.assert(
      fc.property(laminar, (input) => {
        expect(layoutLanes(input).laneCount).toBe(maxDepth(input));
      }),
      { numRuns: 500 },
    );
  });

  it('lays out 20,000 annotations, every overlapping pair in different lanes', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => {
      const start = (i * 7919) % 1_000_000;
      return span(start, start + 5 + ((i * 31) % 400));
    });
    const { lanes, laneCount } = layoutLanes(many);
    expect(lanes).toHaveLength(20_000);
    expect(laneCount).toBeGreaterThan(0);
    // Neighbours in start order are where overlaps happen; none of them may share a lane.
    const order = many.map((_, i) => i).sort((a, b) => (many[a]?.start ?? 0) - (many[b]?.start ?? 0));
    order.forEach((index, k) => {
      const next = order[k + 1];
      if (next === undefined) return;
      const a = many[index];
      const b = many[next];
      if (a !== undefined && b !== undefined && b.start < a.end) expect(lanes[index]).not.toBe(lanes[next]);
    });
  });
});
