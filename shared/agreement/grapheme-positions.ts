import type { Utf16Offset } from '../text/offsets';
import { graphemeSegmenter } from '../text/segmenters';

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
/**
 * Below U+0300 (the combining diacritics) no character joins a neighbour into one grapheme cluster
 * except CR LF: no combining or spacing marks, joiners, regional indicators, Hangul jamo or prepended
 * characters live there.
 */
const FIRST_JOINING = 0x300;

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
    let position = 0;
    // One Segments of the whole text, asked for the clusters of each run: slicing and segmenting
    // each run cost several microseconds a run, and text with an emoji every few words has a run
    // every few words.
    const clusters = graphemeSegmenter().segment(text);
    for (const run of runsToSegment(text)) {
      for (; position < run.start; position++) this.characterOf[position] = character++;
      while (position < run.end) {
        const cluster = clusters.containing(position);
        const end = cluster === undefined ? position + 1 : cluster.index + cluster.segment.length;
        this.characterOf.fill(character++, position, end);
        position = end;
      }
    }
    for (; position < text.length; position++) this.characterOf[position] = character++;
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

/**
 * The stretches of text that may hold clusters of more than one code unit; every code unit outside
 * them is a character of its own. Segmenting costs about a microsecond per cluster, so text of
 * characters that stand alone (see charactersStandingAlone) mostly skips it. Runs begin and end
 * where a boundary is certain, so no cluster of the whole text crosses them.
 */
function runsToSegment(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let runStart = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !isCertainBoundary(text, i)) continue;
    if (i - runStart > 1) runs.push({ start: runStart, end: i });
    runStart = i;
  }
  return runs;
}

function isCertainBoundary(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return standsAlone(before) && standsAlone(after) && !(before === CARRIAGE_RETURN && after === LINE_FEED);
}

function standsAlone(codeUnit: number): boolean {
  return codeUnit < FIRST_JOINING || (aloneInBasicPlane ??= charactersStandingAlone())[codeUnit] === 1;
}

let aloneInBasicPlane: Uint8Array | undefined;

/**
 * Letters, digits, punctuation, symbols and spaces of the basic plane that no grapheme rule joins to
 * a neighbour, so a text in Cyrillic, Greek, Hebrew, Arabic or CJK mostly skips segmenting too. Left
 * out: marks (combining, spacing, variation selectors), format characters (ZWJ, ZWNJ, prepended
 * Arabic signs), surrogates (emoji, flags, modifiers), and the letters the rules name: conjoining
 * Hangul jamo, the Thai and Lao AM vowels (spacing marks), Malayalam dot reph (prepended) and the
 * half-width katakana sound marks (extending).
 */
function charactersStandingAlone(): Uint8Array {
  const alone = new Uint8Array(0x10000);
  const ordinary = /[\p{L}\p{N}\p{P}\p{S}\p{Zs}]/u;
  for (let codeUnit = FIRST_JOINING; codeUnit < alone.length; codeUnit++) {
    if (!isJoiningLetter(codeUnit) && ordinary.test(String.fromCharCode(codeUnit))) alone[codeUnit] = 1;
  }
  return alone;
}

const isJoiningLetter = (codeUnit: number): boolean =>
  (codeUnit >= 0x1100 && codeUnit <= 0x11ff) ||
  (codeUnit >= 0xa960 && codeUnit <= 0xa97f) ||
  (codeUnit >= 0xd7b0 && codeUnit <= 0xd7ff) ||
  codeUnit === 0x0e33 ||
  codeUnit === 0x0eb3 ||
  codeUnit === 0x0d4e ||
  codeUnit === 0xff9e ||
  codeUnit === 0xff9f;
