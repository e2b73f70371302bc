import type { Utf16Offset } from '../text/offsets';
import { graphemeSegmenter } from '../text/segmenters';

/**
 * Positions in characters as a reader counts them (grapheme clusters): an emoji, a flag or a letter
 * with its accents is one character, as a Latin letter is. Unitized α weighs disagreement by squared
 * lengths, so counting UTF-16 code units would make a disagreement over an emoji weigh four times
 * one over a letter.
 */
export class GraphemePositions {
  /** Characters in the text. */
  readonly length: number;
  /** For each UTF-16 code unit, the index of the character it belongs to. */
  private readonly characterOf: Uint32Array;

  constructor(text: string) {
    this.characterOf = new Uint32Array(text.length);
    let character = 0;
    for (const { index, segment } of graphemeSegmenter().segment(text)) {
      this.characterOf.fill(character, index, index + segment.length);
      character++;
    }
    this.length = character;
  }

  /** The character a span starting at `offset` starts at; an offset inside a character rounds down. */
  startOf(offset: Utf16Offset): number {
    return offset >= this.characterOf.length ? this.length : (this.characterOf[Math.max(0, offset)] ?? 0);
  }

  /** The character a span ending at `offset` ends before; an offset inside a character rounds up. */
  endOf(offset: Utf16Offset): number {
    return offset <= 0 ? 0 : (this.characterOf[Math.min(offset, this.characterOf.length) - 1] ?? 0) + 1;
  }
}
