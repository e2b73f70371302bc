import type { Node as ProseMirrorNode } from 'prosemirror-model';

/**
 * Which side to pick when a position is ambiguous: -1 = the end of the block before, 1 = the start
 * of the block after. Same convention as ProseMirror's `assoc` in mapping. For a range, map its
 * start with 1 and its end with -1 so the range shrinks to the text that is actually shown.
 */
export type Assoc = -1 | 1;

export interface TextRange {
  start: number;
  end: number;
}

export interface DocRange {
  from: number;
  to: number;
}

/** Part of a text range inside one block, in text offsets and document positions. */
export interface BlockPiece extends TextRange, DocRange {
  readonly block: number;
}

/** One row per textblock: where its content starts in the document and in the article text. */
export interface TextBlockSpan {
  start: number;
  end: number;
}

/**
 * Converts between ProseMirror document positions and offsets into the article's plain text.
 *
 * Both sides count UTF-16 code units (JS string indices), which is also what `Block.start/end`
 * use, so inside a block the conversion is a plain shift:
 *
 *     docPos = contentStart[i] + (textOffset - block[i].start)
 *
 * An emoji (surrogate pair) is 2 units on both sides; a base letter plus combining mark is 2 units
 * on both sides. Nothing here snaps to grapheme boundaries: callers that create annotations should
 * snap selections with `Intl.Segmenter` first.
 *
 * Where the two sides differ:
 *  - Between two blocks ProseMirror has a close and an open token (2 positions), while the article
 *    text may have any separator (usually "\n" or "\n\n") that the document does not show. Offsets
 *    inside such a gap, and positions on block tokens, are snapped to the nearest block edge, with
 *    `assoc` choosing the side. When two blocks touch (`end[i] == start[i+1]`) the shared offset
 *    maps to the end of block i with assoc -1 and to the start of block i+1 with assoc 1.
 *  - Text before the first block or after the last one is snapped the same way.
 *  - An empty block (start == end) has one position. At an offset it shares with a non-empty
 *    neighbour, the neighbour wins on the `assoc` side it lies on.
 *
 * Lookups are O(log blocks) by binary search over the rows, which are built once per document
 * from the document itself (not from arithmetic on block sizes), so the map stays correct if the
 * schema later groups paragraphs into section nodes to keep the top-level node count small.
 */
export class TextPositionMap {
  private readonly contentStarts: number[];
  private readonly textStarts: number[];
  private readonly textEnds: number[];

  private constructor(
    contentStarts: number[],
    textStarts: number[],
    textEnds: number[],
    /** Length of the article text in UTF-16 code units. */
    readonly textLength: number,
    /** `doc.content.size`: the largest valid document position. */
    readonly docSize: number,
  ) {
    this.contentStarts = contentStarts;
    this.textStarts = textStarts;
    this.textEnds = textEnds;
  }

  /**
   * Builds the map by walking the document's textblocks in order and pairing the i-th textblock
   * with `spans[i]`. Throws if the counts or any block's length disagree, because a silent mismatch
   * would put every later annotation in the wrong place.
   */
  static fromDocument(doc: ProseMirrorNode, spans: readonly TextBlockSpan[], textLength: number): TextPositionMap {
    if (spans.length === 0) throw new Error('A document needs at least one text block to map positions.');
    const contentStarts: number[] = [];
    const textStarts: number[] = [];
    const textEnds: number[] = [];
    let index = 0;
    let mismatch: string | null = null;
    doc.descendants((node, pos) => {
      if (mismatch !== null) return false;
      if (!node.isTextblock) return true;
      const span = spans[index];
      if (span === undefined) {
        mismatch = `the document has more text blocks than the article (${spans.length})`;
      } else if (node.content.size !== span.end - span.start) {
        mismatch = `block ${index} holds ${node.content.size} code units but the article says ${span.end - span.start}`;
      } else {
        contentStarts.push(pos + 1);
        textStarts.push(span.start);
        textEnds.push(span.end);
      }
      index += 1;
      return false;
    });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set in the callback above, which TypeScript does not follow.
    if (mismatch === null && index !== spans.length) {
      mismatch = `the document has ${index} text blocks but the article has ${spans.length}`;
    }
    if (mismatch !== null) throw new Error(`Document and article text disagree: ${mismatch}.`);
    return new TextPositionMap(contentStarts, textStarts, textEnds, textLength, doc.content.size);
  }

  get blockCount(): number {
    return this.contentStarts.length;
  }

  /** Text offset (0…textLength) → document position. */
  textOffsetToDocPos(offset: number, assoc: Assoc = 1): number {
    checkIndex(offset, this.textLength, 'Text offset');
    const last = this.blockCount - 1;
    if (assoc === 1) {
      // The last block starting at or before the offset; at a shared edge that is the later block.
      const i = lastIndexAtOrBelow(this.textStarts, offset);
      if (i === -1) return this.contentStart(0);
      if (offset <= this.textEnd(i)) return this.contentStart(i) + (offset - this.textStart(i));
      return i < last ? this.contentStart(i + 1) : this.contentEnd(i);
    }
    // The first block ending at or after the offset; at a shared edge that is the earlier block.
    const j = firstIndexAtOrAbove(this.textEnds, offset);
    if (j > last) return this.contentEnd(last);
    if (this.textStart(j) <= offset) return this.contentStart(j) + (offset - this.textStart(j));
    return j > 0 ? this.contentEnd(j - 1) : this.contentStart(0);
  }

  /** Document position (0…docSize) → text offset. */
  docPosToTextOffset(pos: number, assoc: Assoc = 1): number {
    checkIndex(pos, this.docSize, 'Document position');
    const i = lastIndexAtOrBelow(this.contentStarts, pos);
    if (i === -1) return this.textStart(0);
    if (pos <= this.contentEnd(i)) return this.textStart(i) + (pos - this.contentStart(i));
    // On a block token between block i and block i+1 (or after the last block).
    if (assoc === 1 && i < this.blockCount - 1) return this.textStart(i + 1);
    return this.textEnd(i);
  }

  /**
   * A text range → the document range showing it. A range that lies entirely in a hidden gap
   * between blocks collapses to an empty range at the start of the following block.
   */
  textRangeToDocRange(range: TextRange): DocRange {
    if (range.end < range.start)
      throw new RangeError(`Text range ends (${range.end}) before it starts (${range.start}).`);
    const from = this.textOffsetToDocPos(range.start, 1);
    const to = this.textOffsetToDocPos(range.end, -1);
    return { from, to: Math.max(from, to) };
  }

  /** A document range (e.g. the selection) → the text range it covers. */
  docRangeToTextRange(range: DocRange): TextRange {
    if (range.to < range.from)
      throw new RangeError(`Document range ends (${range.to}) before it starts (${range.from}).`);
    const start = this.docPosToTextOffset(range.from, 1);
    const end = this.docPosToTextOffset(range.to, -1);
    return { start, end: Math.max(start, end) };
  }

  /**
   * A text range cut at block edges into the document ranges that show it, one per block it
   * touches, skipping empty pieces and the hidden gaps between blocks. A claim running over two
   * paragraphs becomes two pieces, which is how decorations must be drawn anyway.
   */
  blockPieces(range: TextRange): BlockPiece[] {
    const pieces: BlockPiece[] = [];
    const start = Math.max(0, range.start);
    const end = Math.min(this.textLength, range.end);
    // The first block that ends after the start.
    for (let i = firstIndexAtOrAbove(this.textEnds, start + 1); i < this.blockCount; i++) {
      const blockStart = this.textStart(i);
      if (blockStart >= end) break;
      const pieceStart = Math.max(start, blockStart);
      const pieceEnd = Math.min(end, this.textEnd(i));
      if (pieceStart < pieceEnd) {
        pieces.push({
          block: i,
          start: pieceStart,
          end: pieceEnd,
          from: this.contentStart(i) + (pieceStart - blockStart),
          to: this.contentStart(i) + (pieceEnd - blockStart),
        });
      }
    }
    return pieces;
  }

  /** The text range block i shows. */
  blockTextRange(i: number): TextRange {
    return { start: this.textStart(i), end: this.textEnd(i) };
  }

  /** The document range of block i's content. */
  blockDocRange(i: number): DocRange {
    return { from: this.contentStart(i), to: this.contentEnd(i) };
  }

  private contentStart(i: number): number {
    return at(this.contentStarts, i);
  }
  private contentEnd(i: number): number {
    return at(this.contentStarts, i) + (at(this.textEnds, i) - at(this.textStarts, i));
  }
  private textStart(i: number): number {
    return at(this.textStarts, i);
  }
  private textEnd(i: number): number {
    return at(this.textEnds, i);
  }
}

function checkIndex(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} is outside 0…${max}.`);
  }
}

function at(values: readonly number[], i: number): number {
  const value = values[i];
  if (value === undefined) throw new RangeError(`Block index ${i} is out of range.`);
  return value;
}

/** Largest i with sorted[i] <= value, or -1. `sorted` is non-decreasing. */
function lastIndexAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (at(sorted, mid) <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Smallest i with sorted[i] >= value, or sorted.length. `sorted` is non-decreasing. */
function firstIndexAtOrAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (at(sorted, mid) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
