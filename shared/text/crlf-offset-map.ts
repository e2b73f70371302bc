import type { Utf16Offset } from './offsets';

/**
 * Maps offsets between an article's normalised text, where every line break is one `\n`, and the
 * same text as a tool sees it with `\r\n` line breaks counted as two units (Windows files, NVivo,
 * Label Studio tasks pasted from Windows). Lone `\r` breaks are one unit on both sides, so they need
 * no mapping.
 *
 * An offset between the `\r` and the `\n` of a pair has no counterpart in the normalised text and is
 * refused with a RangeError instead of being rounded, so an import reports the annotation rather
 * than silently moving its end across a line break.
 *
 * Offsets are in UTF-16 code units on both sides; for code points or bytes, convert the CRLF-side
 * offset with an OffsetConverter built over the CRLF text.
 */
export class CrlfOffsetMap {
  /** `lfBreaks[k]`: offset in the normalised text of the `\n` that was the k-th `\r\n`, ascending. */
  private constructor(
    private readonly lfBreaks: readonly Utf16Offset[],
    readonly lfLength: number,
  ) {}

  get crlfLength(): number {
    return this.lfLength + this.lfBreaks.length;
  }

  /** For a text as it arrived, line breaks as they were (`\r\n`, `\n` or `\r`, even mixed). */
  static fromCrlfText(crlfText: string): CrlfOffsetMap {
    const lfBreaks: Utf16Offset[] = [];
    for (let i = crlfText.indexOf('\r\n'); i !== -1; i = crlfText.indexOf('\r\n', i + 2)) {
      lfBreaks.push(i - lfBreaks.length);
    }
    return new CrlfOffsetMap(lfBreaks, crlfText.length - lfBreaks.length);
  }

  /** For writing the normalised text out with every `\n` as `\r\n`. */
  static forLfText(lfText: string): CrlfOffsetMap {
    const lfBreaks: Utf16Offset[] = [];
    for (let i = lfText.indexOf('\n'); i !== -1; i = lfText.indexOf('\n', i + 1)) lfBreaks.push(i);
    return new CrlfOffsetMap(lfBreaks, lfText.length);
  }

  toCrlf(lfOffset: Utf16Offset): Utf16Offset {
    checkOffset(lfOffset, this.lfLength);
    return lfOffset + this.countBreaksBefore((k) => this.lfBreaks[k] ?? Infinity, lfOffset);
  }

  fromCrlf(crlfOffset: Utf16Offset): Utf16Offset {
    checkOffset(crlfOffset, this.crlfLength);
    // The k-th pair's `\r` sits at lfBreaks[k] + k in the CRLF text.
    const crAt = (k: number) => (this.lfBreaks[k] ?? Infinity) + k;
    const before = this.countBreaksBefore(crAt, crlfOffset);
    if (before > 0 && crAt(before - 1) + 1 === crlfOffset) {
      throw new RangeError(`Offset ${crlfOffset} falls between the \\r and the \\n of a line break.`);
    }
    return crlfOffset - before;
  }

  /** How many breaks lie wholly before `offset`, i.e. start before it: binary search. */
  private countBreaksBefore(breakAt: (k: number) => number, offset: number): number {
    let low = 0;
    let high = this.lfBreaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breakAt(middle) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function checkOffset(offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`Offset ${offset} is outside the text (0–${length}).`);
  }
}
