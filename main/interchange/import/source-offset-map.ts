import { CrlfOffsetMap } from '../../../shared/text/crlf-offset-map';
import { normalizeArticleText } from '../../../shared/text/normalize-text';
import { OffsetConverter } from '../../../shared/text/offset-conversion';
import type { Utf16Offset } from '../../../shared/text/offsets';
import { graphemeSegmenter } from '../../../shared/text/segmenters';
import type { ParsedOffsetUnit } from './parsed-annotations';

/**
 * Maps offsets into a text as an annotation file has it (a BOM, CRLF line breaks, decomposed
 * letters; counted in code points or UTF-16 units) to offsets into the text the project stores
 * (normalize-text.ts). Every step refuses an offset with no exact counterpart, with a RangeError
 * saying why, instead of rounding it: a moved annotation would go unnoticed, a refused one is reported.
 */
export class SourceOffsetMap {
  /** The text as the project stores it. */
  readonly storedText: string;
  private readonly sourceLength: number;
  /** Set when the file counts code points; UTF-16 offsets are used as they are. */
  private readonly codePoints: boolean;
  private readonly units: OffsetConverter;
  private readonly bom: number;
  private readonly crlf: CrlfOffsetMap;
  private readonly composition: CompositionMap | null;

  constructor(sourceText: string, unit: ParsedOffsetUnit) {
    this.codePoints = unit === 'code-points';
    this.units = new OffsetConverter(sourceText);
    this.sourceLength = this.codePoints ? this.units.codePointLength : this.units.utf16Length;
    this.bom = sourceText.startsWith('\uFEFF') ? 1 : 0;
    const withoutBom = sourceText.slice(this.bom);
    this.crlf = CrlfOffsetMap.fromCrlfText(withoutBom);
    const lfText = withoutBom.replace(/\r\n?/g, '\n');
    this.storedText = normalizeArticleText(sourceText);
    this.composition = lfText === this.storedText ? null : new CompositionMap(lfText);
  }

  /** The stored-text offset for an offset in the file's unit into the file's text. */
  toStored(offset: number): Utf16Offset {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.sourceLength) {
      throw new RangeError(`offset ${offset} is outside the text, which is ${this.sourceLength} characters long`);
    }
    const utf16 = this.codePoints ? this.units.codePointToUtf16(offset) : offset;
    if (!this.codePoints && this.units.splitsSurrogatePair(offset)) {
      throw new RangeError(`offset ${offset} falls inside a character (between the halves of a surrogate pair)`);
    }
    const withoutBom = Math.max(0, utf16 - this.bom);
    let lf: number;
    try {
      lf = this.crlf.fromCrlf(withoutBom);
    } catch {
      throw new RangeError(`offset ${offset} falls between the \\r and the \\n of a line break`);
    }
    return this.composition === null ? lf : this.composition.toComposed(lf, offset);
  }
}

/**
 * Offsets of a text before and after NFC. Composition never reaches across a grapheme cluster
 * boundary (it joins a letter and the marks on it), so cluster boundaries map exactly and an offset
 * inside a cluster that NFC changed names no character of the stored text.
 */
class CompositionMap {
  /** Pairs of [offset before NFC, offset after NFC] at each cluster boundary, ascending. */
  private readonly before: number[] = [0];
  private readonly after: number[] = [0];
  private readonly changed = new Set<number>();

  constructor(text: string) {
    let composed = 0;
    for (const { segment, index } of graphemeSegmenter().segment(text)) {
      const length = segment.normalize('NFC').length;
      if (length !== segment.length) this.changed.add(this.before.length - 1);
      composed += length;
      this.before.push(index + segment.length);
      this.after.push(composed);
    }
  }

  toComposed(offset: Utf16Offset, asGiven: number): Utf16Offset {
    let low = 0;
    let high = this.before.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.before[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const start = this.before[low] ?? 0;
    if (start === offset) return this.after[low] ?? 0;
    if (this.changed.has(low)) {
      throw new RangeError(`offset ${asGiven} falls inside a letter that is stored in composed form (NFC)`);
    }
    return (this.after[low] ?? 0) + (offset - start);
  }
}
