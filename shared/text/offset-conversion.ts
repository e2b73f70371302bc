import type { Utf16Offset } from './offsets';
import { isHighSurrogate, isLowSurrogate, splitsSurrogatePair } from './surrogates';

/** An offset in Unicode code points: W3C Web Annotation, brat, doccano, spaCy, Python `str`. */
export type CodePointOffset = number;
/** An offset in bytes of the UTF-8 encoding: byte-oriented tools and binary formats. */
export type Utf8Offset = number;

/**
 * Prefix sums are stored once per block of this many UTF-16 code units; a lookup scans at most one
 * block. 64 keeps the tables at 1/8 of the text's own size while a lookup stays well under a
 * microsecond, which matters when an export converts 100,000 annotations.
 */
const BLOCK_BITS = 6;
const BLOCK = 1 << BLOCK_BITS;

/**
 * Converts offsets into one text between UTF-16 code units (the workbench's own unit), Unicode code
 * points and UTF-8 bytes. Build it once per text: construction is O(n), every lookup O(log n).
 *
 * Each UTF-16 unit is given a weight in code points and in UTF-8 bytes (the high half of a surrogate
 * pair carries the whole code point: 1 code point, 4 bytes; the low half carries 0), so an offset's
 * value in the other units is the sum of the weights before it.
 *
 * Offsets that name no character boundary in the target unit are refused with a RangeError rather
 * than rounded: a UTF-16 offset between the two halves of a surrogate pair (inside an emoji or an
 * astral CJK character), a UTF-8 offset inside a multi-byte sequence, and any offset outside the
 * text. Rounding would move an annotation by a character without anyone noticing; refusing makes the
 * importer or exporter report the one bad annotation.
 *
 * A lone surrogate (malformed UTF-16, kept as it came) counts as one code point and as the three
 * bytes of U+FFFD, which is what TextEncoder writes in its place.
 */
export class OffsetConverter {
  readonly utf16Length: number;
  readonly codePointLength: number;
  readonly utf8Length: number;
  /** Code points and UTF-8 bytes before the start of each block. */
  private readonly codePointsBeforeBlock: Uint32Array;
  private readonly bytesBeforeBlock: Uint32Array;

  constructor(private readonly text: string) {
    this.utf16Length = text.length;
    const blocks = (text.length >> BLOCK_BITS) + 1;
    this.codePointsBeforeBlock = new Uint32Array(blocks);
    this.bytesBeforeBlock = new Uint32Array(blocks);
    let codePoints = 0;
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      if ((i & (BLOCK - 1)) === 0) {
        this.codePointsBeforeBlock[i >> BLOCK_BITS] = codePoints;
        this.bytesBeforeBlock[i >> BLOCK_BITS] = bytes;
      }
      codePoints += this.codePointWeight(i);
      bytes += this.utf8Weight(i);
    }
    if ((text.length & (BLOCK - 1)) === 0) {
      this.codePointsBeforeBlock[blocks - 1] = codePoints;
      this.bytesBeforeBlock[blocks - 1] = bytes;
    }
    this.codePointLength = codePoints;
    this.utf8Length = bytes;
  }

  /** True if the offset falls between the two halves of a surrogate pair. */
  splitsSurrogatePair(offset: Utf16Offset): boolean {
    return splitsSurrogatePair(this.text, offset);
  }

  utf16ToCodePoint(offset: Utf16Offset): CodePointOffset {
    this.checkUtf16(offset);
    return this.sumBefore(offset, this.codePointsBeforeBlock, (i) => this.codePointWeight(i));
  }

  codePointToUtf16(offset: CodePointOffset): Utf16Offset {
    checkOffset(offset, this.codePointLength, 'code point');
    return this.seek(offset, this.codePointsBeforeBlock, (i) => this.codePointWeight(i)).offset;
  }

  utf16ToUtf8(offset: Utf16Offset): Utf8Offset {
    this.checkUtf16(offset);
    return this.sumBefore(offset, this.bytesBeforeBlock, (i) => this.utf8Weight(i));
  }

  utf8ToUtf16(offset: Utf8Offset): Utf16Offset {
    checkOffset(offset, this.utf8Length, 'UTF-8');
    const found = this.seek(offset, this.bytesBeforeBlock, (i) => this.utf8Weight(i));
    if (found.sum !== offset) throw new RangeError(`UTF-8 offset ${offset} falls inside the encoding of a character.`);
    return found.offset;
  }

  private checkUtf16(offset: Utf16Offset): void {
    checkOffset(offset, this.text.length, 'UTF-16');
    if (this.splitsSurrogatePair(offset)) {
      throw new RangeError(`UTF-16 offset ${offset} falls between the two halves of a surrogate pair.`);
    }
  }

  private sumBefore(offset: Utf16Offset, blockSums: Uint32Array, weight: (i: number) => number): number {
    const block = offset >> BLOCK_BITS;
    let sum = blockSums[block] ?? 0;
    for (let i = block << BLOCK_BITS; i < offset; i++) sum += weight(i);
    return sum;
  }

  /**
   * The last UTF-16 offset whose weight sum does not exceed `target`, with that sum. Being the last,
   * it is never between the halves of a pair (the low half weighs nothing, so it is stepped over).
   */
  private seek(
    target: number,
    blockSums: Uint32Array,
    weight: (i: number) => number,
  ): { offset: Utf16Offset; sum: number } {
    let low = 0;
    let high = blockSums.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((blockSums[middle] ?? 0) <= target) low = middle;
      else high = middle - 1;
    }
    let offset = low << BLOCK_BITS;
    let sum = blockSums[low] ?? 0;
    while (offset < this.text.length && sum + weight(offset) <= target) {
      sum += weight(offset);
      offset++;
    }
    return { offset, sum };
  }

  private codePointWeight(i: number): number {
    return this.isSecondHalfOfPair(i) ? 0 : 1;
  }

  private utf8Weight(i: number): number {
    const unit = this.text.charCodeAt(i);
    if (unit < 0x80) return 1;
    if (unit < 0x800) return 2;
    if (isHighSurrogate(unit) && i + 1 < this.text.length && isLowSurrogate(this.text.charCodeAt(i + 1))) return 4;
    return this.isSecondHalfOfPair(i) ? 0 : 3;
  }

  private isSecondHalfOfPair(i: number): boolean {
    return isLowSurrogate(this.text.charCodeAt(i)) && i > 0 && isHighSurrogate(this.text.charCodeAt(i - 1));
  }
}

function checkOffset(offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${unit} offset ${offset} is outside the text (0–${length}).`);
  }
}
