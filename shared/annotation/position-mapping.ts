import type { TextRange, Utf16Offset } from '../text/offsets';

/**
 * One replaced range of an edit, in offsets of the text before the edit: [from, to) was removed
 * and `insertedLength` units were put in its place. A pure insertion has from === to; a pure
 * deletion has insertedLength 0. Like one range of a ProseMirror StepMap.
 */
export interface TextChange {
  readonly from: Utf16Offset;
  readonly to: Utf16Offset;
  readonly insertedLength: number;
}

/** Which way a position at the edge of an insertion goes: -1 stays before it, 1 moves after it. */
export type Assoc = -1 | 1;

export type FragmentMapping =
  | { readonly status: 'unchanged'; readonly fragments: readonly TextRange[] }
  | { readonly status: 'mapped'; readonly fragments: readonly TextRange[] }
  /** All the annotated text was deleted. */
  | { readonly status: 'orphaned' };

/**
 * An edit of an article's text, for carrying annotations through it. Build it once per edit (O(c log
 * c) for c changes, which must be sorted and must not overlap); each position then maps in O(log c).
 * The changes are simultaneous, all in old-text offsets; for a sequence of edits (ProseMirror steps),
 * map through each in turn.
 *
 * Rules for a fragment [start, end):
 * - Text before it shifts nothing; text changed before it moves it; changes after it leave it alone.
 * - Inserting exactly at its start or exactly at its end leaves the new text outside: typing next
 *   to an annotated name does not grow the annotation.
 * - Inserting inside it, or replacing text wholly inside it, grows or changes it with the new text:
 *   correcting a typo inside a name keeps the name annotated.
 * - Deleting part of it shrinks it. A replacement that straddles its start or end shrinks it and
 *   leaves the new text outside, since that text replaced more than the annotated part.
 * - If all of its text is deleted (replaced or not), it is gone. An annotation whose fragments are
 *   all gone is `orphaned`; one that keeps some keeps those. Fragments that come to touch merge.
 */
export class TextEdit {
  private readonly changes: readonly TextChange[];
  /** Net length change of all changes before index i. */
  private readonly shiftBefore: readonly number[];

  constructor(changes: readonly TextChange[]) {
    const shifts = [0];
    changes.forEach((change, i) => {
      const previous = changes[i - 1];
      if (
        !Number.isInteger(change.from) ||
        !Number.isInteger(change.to) ||
        !Number.isInteger(change.insertedLength) ||
        change.from < 0 ||
        change.to < change.from ||
        change.insertedLength < 0 ||
        (previous !== undefined && (change.from < previous.to || change.from <= previous.from))
      ) {
        throw new RangeError(`Change ${i} is malformed, overlaps or is out of order.`);
      }
      shifts.push((shifts[i] ?? 0) + change.insertedLength - (change.to - change.from));
    });
    this.changes = changes;
    this.shiftBefore = shifts;
  }

  /** Where the first change begins: fragments ending at or before it keep their place. */
  get firstChangeAt(): Utf16Offset {
    return this.changes[0]?.from ?? Infinity;
  }

  /** Where an old-text position is in the new text. */
  mapPosition(position: Utf16Offset, assoc: Assoc): Utf16Offset {
    let i = this.firstChangeEndingAtOrAfter(position);
    // A change ending here may be followed by an insertion right here; the insertion decides.
    if (this.changes[i]?.to === position && this.changes[i + 1]?.from === position) i++;
    const change = this.changes[i];
    const shift = this.shiftBefore[i] ?? 0;
    if (change === undefined || position < change.from) return position + shift;
    // The position touches or is inside the replaced range. Its old ends keep their side of the new
    // text (as in ProseMirror); only a pure insertion, or a position strictly inside, uses assoc.
    const side = change.from === change.to ? assoc : position === change.from ? -1 : position === change.to ? 1 : assoc;
    return change.from + shift + (side < 0 ? 0 : change.insertedLength);
  }

  /** Carries an annotation's fragments (sorted, non-empty, apart) through the edit. */
  mapFragments(fragments: readonly TextRange[]): FragmentMapping {
    const mapped: TextRange[] = [];
    for (const fragment of fragments) {
      if (this.deletedLength(fragment) === fragment.end - fragment.start) continue;
      const start = this.mapPosition(fragment.start, 1);
      const end = this.mapPosition(fragment.end, -1);
      const previous = mapped[mapped.length - 1];
      if (previous !== undefined && previous.end >= start) mapped[mapped.length - 1] = { start: previous.start, end };
      else mapped.push({ start, end });
    }
    if (mapped.length === 0) return { status: 'orphaned' };
    const unchanged =
      mapped.length === fragments.length &&
      mapped.every((f, i) => f.start === fragments[i]?.start && f.end === fragments[i].end);
    return unchanged ? { status: 'unchanged', fragments } : { status: 'mapped', fragments: mapped };
  }

  /**
   * Where a range is after the edit if no change reaches into its text, that is removes some of it
   * or puts text strictly inside it; null if one does. Text put right at either edge stays outside,
   * so a range it returns holds the same text as before.
   */
  mapIntact(range: TextRange): TextRange | null {
    for (let i = this.firstChangeEndingAtOrAfter(range.start); i < this.changes.length; i++) {
      const change = this.changes[i];
      if (change === undefined || change.from >= range.end) break;
      const removes = Math.max(change.from, range.start) < Math.min(change.to, range.end);
      const putsInside = change.insertedLength > 0 && change.from > range.start;
      if (removes || putsInside) return null;
    }
    return { start: this.mapPosition(range.start, 1), end: this.mapPosition(range.end, -1) };
  }

  /** How much of the range's old text the changes delete. */
  private deletedLength(range: TextRange): number {
    let deleted = 0;
    for (let i = this.firstChangeEndingAtOrAfter(range.start); i < this.changes.length; i++) {
      const change = this.changes[i];
      if (change === undefined || change.from >= range.end) break;
      deleted += Math.max(0, Math.min(change.to, range.end) - Math.max(change.from, range.start));
    }
    return deleted;
  }

  /** Binary search: the `to` of the changes ascends because they are sorted and apart. */
  private firstChangeEndingAtOrAfter(position: Utf16Offset): number {
    let low = 0;
    let high = this.changes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.changes[middle]?.to ?? Infinity) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
