import type { TextRange } from '../text/offsets';

export interface LaneLayout {
  /** `lanes[i]` is the lane of `spans[i]`: 0 is nearest the text, each next lane one step further. */
  readonly lanes: readonly number[];
  /** How many lanes are in use (1 + the largest lane; 0 for no spans). */
  readonly laneCount: number;
}

/**
 * Gives each span a lane so that overlapping spans can be drawn as stacked underlines:
 * - spans that overlap get different lanes; spans that merely touch may share one;
 * - a span nested inside another gets a deeper lane than it, so the outer underline runs unbroken
 *   next to the text (identical spans nest in input order);
 * - lanes are reused as soon as they are free.
 *
 * Where spans only nest or are apart (the usual case: entity mentions inside claims) this uses the
 * fewest lanes possible, the most spans over any one character. Spans that cross (each sticks out
 * of the other) combined with nesting can need more, and this greedy sweep does not promise the
 * minimum there.
 *
 * Pass one range per fragment of a discontinuous annotation. O(n log n): spans are swept by start
 * (outer before inner), with a segment tree for the deepest lane among the spans still open that
 * contain the new one and another for the first free lane below that.
 */
export function layoutLanes(spans: readonly TextRange[]): LaneLayout {
  spans.forEach(({ start, end }, i) => {
    if (!(start < end)) throw new RangeError(`Span ${i} [${start}, ${end}) is empty or reversed.`);
  });
  const at = (i: number): TextRange => spans[i] ?? { start: 0, end: 0 };
  const byStart = spans.map((_, i) => i).sort((a, b) => at(a).start - at(b).start || at(b).end - at(a).end || a - b);
  const byEnd = spans.map((_, i) => i).sort((a, b) => at(a).end - at(b).end);
  const distinctEnds = [...new Set(byEnd.map((i) => at(i).end))];
  const endRank = new Map(distinctEnds.map((end, rank) => [end, rank]));

  // Per distinct end: the deepest lane among open spans ending there (-1 when none).
  const deepestByEnd = new MaxTree(distinctEnds.length);
  const freeLanes = new FreeSlots(spans.length);
  const lanes = new Array<number>(spans.length).fill(0);
  let laneCount = 0;
  let closed = 0;
  for (const i of byStart) {
    const { start, end } = at(i);
    for (let next = byEnd[closed]; next !== undefined && at(next).end <= start; next = byEnd[++closed]) {
      freeLanes.release(lanes[next] ?? 0);
      deepestByEnd.set(endRank.get(at(next).end) ?? 0, -1);
    }
    // Open spans started no later than this one; those ending no earlier contain it.
    const rank = endRank.get(end) ?? 0;
    const lane = freeLanes.takeFirstFrom(deepestByEnd.maxFrom(rank) + 1);
    lanes[i] = lane;
    deepestByEnd.raise(rank, lane);
    laneCount = Math.max(laneCount, lane + 1);
  }
  return { lanes, laneCount };
}

/** Maximum over a suffix of slots, with point updates. */
class MaxTree {
  private readonly size: number;
  private readonly tree: Int32Array;

  constructor(slots: number) {
    this.size = 1 << Math.ceil(Math.log2(Math.max(1, slots)));
    this.tree = new Int32Array(2 * this.size).fill(-1);
  }

  set(slot: number, value: number): void {
    let node = this.size + slot;
    this.tree[node] = value;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.tree[node] = Math.max(this.tree[2 * node] ?? -1, this.tree[2 * node + 1] ?? -1);
    }
  }

  raise(slot: number, value: number): void {
    if (value > (this.tree[this.size + slot] ?? -1)) this.set(slot, value);
  }

  /** Max over slots [from, end). */
  maxFrom(from: number): number {
    let max = -1;
    let low = from + this.size;
    let high = 2 * this.size;
    while (low < high) {
      if (low & 1) max = Math.max(max, this.tree[low++] ?? -1);
      if (high & 1) max = Math.max(max, this.tree[--high] ?? -1);
      low >>= 1;
      high >>= 1;
    }
    return max;
  }
}

/**
 * Which of `slots` lanes are free, finding the first free one at or after a given lane. The sweep
 * never needs more lanes than there are spans, since a new lane is at most one past the deepest used.
 */
class FreeSlots {
  private readonly size: number;
  /** Free leaves under each node. */
  private readonly free: Int32Array;

  constructor(slots: number) {
    this.size = 1 << Math.ceil(Math.log2(slots + 1));
    this.free = new Int32Array(2 * this.size);
    this.free.fill(1, this.size);
    for (let node = this.size - 1; node >= 1; node--) {
      this.free[node] = (this.free[2 * node] ?? 0) + (this.free[2 * node + 1] ?? 0);
    }
  }

  takeFirstFrom(from: number): number {
    let node = this.size + from;
    if ((this.free[node] ?? 0) === 0) {
      // Climb until a right sibling has a free slot, then descend to its leftmost free leaf.
      while (node > 1 && !(node % 2 === 0 && (this.free[node + 1] ?? 0) > 0)) node >>= 1;
      if (node <= 1) throw new RangeError('No free lane left.');
      node += 1;
      while (node < this.size) node = (this.free[2 * node] ?? 0) > 0 ? 2 * node : 2 * node + 1;
    }
    const slot = node - this.size;
    this.update(slot, 0);
    return slot;
  }

  release(slot: number): void {
    this.update(slot, 1);
  }

  private update(slot: number, free: 0 | 1): void {
    let node = this.size + slot;
    this.free[node] = free;
    for (node >>= 1; node >= 1; node >>= 1)
      this.free[node] = (this.free[2 * node] ?? 0) + (this.free[2 * node + 1] ?? 0);
  }
}
