import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { articleToDoc, InvalidArticleLayoutError } from '../../../renderer/src/article-view/article-to-doc';

/** Splits text on "\n" into paragraphs, the way an ingest step might, and returns matching blocks. */
function paragraphsOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    blocks.push({ kind: 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  }
  return blocks;
}

describe('articleToDoc', () => {
  it('creates one textblock per block with the exact text slice', () => {
    const text = 'Breaking news\nFirst paragraph.\n“A quote.”';
    const blocks: Block[] = [
      { kind: 'heading', start: 0, end: 13 },
      { kind: 'paragraph', start: 14, end: 30 },
      { kind: 'blockquote', start: 31, end: 41 },
    ];
    const { doc } = articleToDoc({ text, blocks });
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).type.name).toBe('heading');
    expect(doc.child(0).textContent).toBe('Breaking news');
    expect(doc.child(1).type.name).toBe('paragraph');
    expect(doc.child(1).textContent).toBe('First paragraph.');
    expect(doc.child(2).type.name).toBe('blockquote');
    expect(doc.child(2).textContent).toBe('“A quote.”');
    doc.check();
  });

  it('keeps empty paragraphs as empty textblocks', () => {
    const text = 'One\n\nTwo';
    const { doc, positions } = articleToDoc({ text, blocks: paragraphsOf(text) });
    expect(doc.childCount).toBe(3);
    expect(doc.child(1).content.size).toBe(0);
    // <p>One</p><p></p><p>Two</p>: the empty paragraph's only position is 6.
    expect(positions.textOffsetToDocPos(4)).toBe(6);
    expect(positions.docPosToTextOffset(6)).toBe(4);
    expect(positions.textOffsetToDocPos(5)).toBe(8);
  });

  it('represents an article without blocks as one empty paragraph at offset 0', () => {
    const { doc, positions } = articleToDoc({ text: '', blocks: [] });
    expect(doc.childCount).toBe(1);
    expect(doc.child(0).type.name).toBe('paragraph');
    expect(positions.textOffsetToDocPos(0)).toBe(1);
    expect(positions.docPosToTextOffset(0)).toBe(0);
    expect(positions.docPosToTextOffset(2)).toBe(0);
  });

  it('counts an emoji as two positions, like the text offsets do', () => {
    const text = 'Hi 👋🏽 there\nNext 🇺🇦 flag';
    const { doc, positions } = articleToDoc({ text, blocks: paragraphsOf(text) });
    const wave = text.indexOf('👋🏽');
    const after = wave + '👋🏽'.length; // 4 code units: hand + skin tone modifier
    expect(after - wave).toBe(4);
    const from = positions.textOffsetToDocPos(wave);
    const to = positions.textOffsetToDocPos(after);
    expect(doc.textBetween(from, to)).toBe('👋🏽');
    const flag = text.indexOf('🇺🇦');
    const flagRange = positions.textRangeToDocRange({ start: flag, end: flag + 4 });
    expect(doc.textBetween(flagRange.from, flagRange.to)).toBe('🇺🇦');
    expect(positions.docRangeToTextRange(flagRange)).toEqual({ start: flag, end: flag + 4 });
  });

  it('counts combining marks as their own code units (no normalisation)', () => {
    const decomposed = 'Cafe\u0301 re\u0301sume\u0301'; // "Café résumé" in NFD
    const text = `${decomposed}\nend`;
    const { doc, positions } = articleToDoc({ text, blocks: paragraphsOf(text) });
    const e = decomposed.indexOf('e\u0301');
    const range = positions.textRangeToDocRange({ start: e, end: e + 2 });
    expect(doc.textBetween(range.from, range.to)).toBe('e\u0301');
    expect(doc.child(0).content.size).toBe(decomposed.length);
  });

  it('handles right-to-left text and a ZWJ family emoji', () => {
    const text = 'مرحبا بالعالم\nשלום 👨‍👩‍👧 עולם';
    const { doc, positions } = articleToDoc({ text, blocks: paragraphsOf(text) });
    const family = text.indexOf('👨‍👩‍👧');
    const length = '👨‍👩‍👧'.length; // 8 code units: three surrogate pairs and two ZWJs
    const range = positions.textRangeToDocRange({ start: family, end: family + length });
    expect(doc.textBetween(range.from, range.to)).toBe('👨‍👩‍👧');
  });

  it('snaps offsets in the hidden separators between blocks to the block edges', () => {
    const text = 'Alpha\n\nBeta'; // blocks skip the "\n\n"
    const blocks: Block[] = [
      { kind: 'paragraph', start: 0, end: 5 },
      { kind: 'paragraph', start: 7, end: 11 },
    ];
    const { positions } = articleToDoc({ text, blocks });
    // <p>Alpha</p><p>Beta</p>: "Alpha" is 1…6, "Beta" is 8…12.
    expect(positions.textOffsetToDocPos(5)).toBe(6);
    expect(positions.textOffsetToDocPos(6, 1)).toBe(8);
    expect(positions.textOffsetToDocPos(6, -1)).toBe(6);
    expect(positions.textOffsetToDocPos(7)).toBe(8);
    // Positions on the block tokens between the paragraphs.
    expect(positions.docPosToTextOffset(7, 1)).toBe(7);
    expect(positions.docPosToTextOffset(7, -1)).toBe(5);
    // A range inside the gap collapses; a range across it keeps its visible ends.
    expect(positions.textRangeToDocRange({ start: 5, end: 7 })).toEqual({ from: 6, to: 8 });
    expect(positions.textRangeToDocRange({ start: 6, end: 6 })).toEqual({ from: 8, to: 8 });
    expect(positions.docRangeToTextRange({ from: 3, to: 10 })).toEqual({ start: 2, end: 9 });
  });

  it('resolves an offset shared by touching blocks with assoc', () => {
    const text = 'HeadBody';
    const blocks: Block[] = [
      { kind: 'heading', start: 0, end: 4 },
      { kind: 'paragraph', start: 4, end: 8 },
    ];
    const { positions } = articleToDoc({ text, blocks });
    expect(positions.textOffsetToDocPos(4, -1)).toBe(5); // end of the heading
    expect(positions.textOffsetToDocPos(4, 1)).toBe(7); // start of the paragraph
  });

  it('snaps text outside all blocks (leading and trailing) to the nearest block', () => {
    const text = '  Body  ';
    const { positions } = articleToDoc({ text, blocks: [{ kind: 'paragraph', start: 2, end: 6 }] });
    expect(positions.textOffsetToDocPos(0)).toBe(1);
    expect(positions.textOffsetToDocPos(8)).toBe(5);
    expect(positions.docPosToTextOffset(0)).toBe(2);
    expect(positions.docPosToTextOffset(6)).toBe(6);
  });

  it('rejects offsets and positions outside the text and the document', () => {
    const { positions } = articleToDoc({ text: 'abc', blocks: [{ kind: 'paragraph', start: 0, end: 3 }] });
    expect(() => positions.textOffsetToDocPos(4)).toThrow(RangeError);
    expect(() => positions.textOffsetToDocPos(-1)).toThrow(RangeError);
    expect(() => positions.textOffsetToDocPos(1.5)).toThrow(RangeError);
    expect(() => positions.docPosToTextOffset(6)).toThrow(RangeError);
  });

  it('rejects layouts that would misplace text', () => {
    const text = 'abcdef';
    expect(() => articleToDoc({ text, blocks: [{ kind: 'paragraph', start: 0, end: 7 }] })).toThrow(
      InvalidArticleLayoutError,
    );
    expect(() =>
      articleToDoc({
        text,
        blocks: [
          { kind: 'paragraph', start: 0, end: 4 },
          { kind: 'paragraph', start: 3, end: 6 },
        ],
      }),
    ).toThrow(InvalidArticleLayoutError);
    expect(() => articleToDoc({ text, blocks: [{ kind: 'paragraph', start: 4, end: 2 }] })).toThrow(
      InvalidArticleLayoutError,
    );
  });
});

describe('TextPositionMap properties', () => {
  // Random text from a mix of ASCII, combining marks, astral emoji, RTL letters and newlines.
  const unit = fc.constantFrom('a', 'b', ' ', '\n', 'e\u0301', '😀', '👨‍👩‍👧', 'ש', 'م', '字', '\u200f');
  const article = fc
    .tuple(
      fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.array(fc.nat(), { maxLength: 12 }),
    )
    .map(([text, cuts]) => {
      // Sorted cut points become alternating block/gap boundaries, giving gaps, touching and empty blocks.
      const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
      const edges = [0, ...points, text.length];
      const blocks: Block[] = [];
      for (let i = 0; i + 1 < edges.length; i += 2) {
        const [start = 0, end = 0] = edges.slice(i, i + 2);
        blocks.push({ kind: i % 4 === 0 ? 'paragraph' : 'blockquote', start, end });
      }
      return { text, blocks };
    });

  it('shows every block’s text exactly at the mapped positions, and maps back', () => {
    fc.assert(
      fc.property(article, ({ text, blocks }) => {
        const { doc, positions } = articleToDoc({ text, blocks });
        for (const block of blocks) {
          const range = positions.textRangeToDocRange(block);
          expect(doc.textBetween(range.from, range.to)).toBe(text.slice(block.start, block.end));
          for (let offset = block.start; offset <= block.end; offset += 1) {
            for (const assoc of [-1, 1] as const) {
              const pos = positions.textOffsetToDocPos(offset, assoc);
              expect(positions.docPosToTextOffset(pos, assoc)).toBe(offset);
            }
          }
        }
      }),
    );
  });

  it('maps monotonically in both directions', () => {
    fc.assert(
      fc.property(article, ({ text, blocks }) => {
        const { doc, positions } = articleToDoc({ text, blocks });
        for (const assoc of [-1, 1] as const) {
          let previous = -1;
          for (let offset = 0; offset <= text.length; offset += 1) {
            const pos = positions.textOffsetToDocPos(offset, assoc);
            expect(pos).toBeGreaterThanOrEqual(previous);
            previous = pos;
          }
          previous = -1;
          for (let pos = 0; pos <= doc.content.size; pos += 1) {
            const offset = positions.docPosToTextOffset(pos, assoc);
            expect(offset).toBeGreaterThanOrEqual(previous);
            previous = offset;
          }
        }
      }),
    );
  });

  it('lands every text offset on a position inside a textblock', () => {
    fc.assert(
      fc.property(article, ({ text, blocks }) => {
        const { doc, positions } = articleToDoc({ text, blocks });
        for (let offset = 0; offset <= text.length; offset += 1) {
          const $pos = doc.resolve(positions.textOffsetToDocPos(offset));
          expect($pos.parent.isTextblock).toBe(true);
        }
      }),
    );
  });
});
