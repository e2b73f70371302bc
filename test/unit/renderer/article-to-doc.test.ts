import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DOMOutputSpec, Node as ProseMirrorNode } from 'prosemirror-model';
import type { Block, BlockKind, Link } from '../../../shared/model/article';
import { articleSchema, headingTagFor } from '../../../renderer/src/article-view/article-schema';
import {
  articleToDoc,
  InvalidArticleLayoutError,
  usableLinks,
} from '../../../renderer/src/article-view/article-to-doc';

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

/** All textblocks in document order, however deeply they are wrapped. */
function textblocks(doc: ProseMirrorNode): ProseMirrorNode[] {
  const found: ProseMirrorNode[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) found.push(node);
    return !node.isTextblock;
  });
  return found;
}

/** The DOM a node or mark renders to, as its spec (tag name first). */
function specOf(node: ProseMirrorNode): readonly unknown[] {
  const spec = node.type.spec.toDOM?.(node) as DOMOutputSpec;
  return spec as readonly unknown[];
}

/** Every tag name in a DOM output spec, nested ones included. */
function tagsIn(spec: unknown): string[] {
  if (!Array.isArray(spec) || typeof spec[0] !== 'string') return [];
  return [spec[0], ...spec.slice(1).flatMap((child: unknown) => tagsIn(child))];
}

describe('articleToDoc with structured articles', () => {
  const text = [
    'Title block', // 0–11 heading 1
    'Sub', // 12–15 heading 3
    'First point', // 16–27 list 1
    'Nested point', // 28–40 list 2
    'Body text.', // 41–51 paragraph
    'A map of the region', // 52–71 figure
    'code  block', // 72–83 preformatted
    'Last item', // 84–93 list 1
  ].join('\n');
  const blocks: Block[] = [
    { kind: 'heading', start: 0, end: 11, level: 1 },
    { kind: 'heading', start: 12, end: 15, level: 3 },
    { kind: 'list-item', start: 16, end: 27, level: 1 },
    { kind: 'list-item', start: 28, end: 40, level: 2 },
    { kind: 'paragraph', start: 41, end: 51 },
    { kind: 'figure', start: 52, end: 71 },
    { kind: 'preformatted', start: 72, end: 83 },
    { kind: 'list-item', start: 84, end: 93, level: 1 },
  ];

  it('groups consecutive list items and keeps every other block at the top level', () => {
    const { doc } = articleToDoc({ text, blocks });
    doc.check();
    expect(doc.content.content.map((node) => node.type.name)).toEqual([
      'heading',
      'heading',
      'bullet_list',
      'paragraph',
      'figure',
      'preformatted',
      'bullet_list',
    ]);
    expect(doc.child(2).childCount).toBe(2);
    expect(doc.child(2).child(1).attrs['level']).toBe(2);
    expect(textblocks(doc).map((node) => node.textContent)).toEqual(blocks.map((b) => text.slice(b.start, b.end)));
  });

  it('maps offsets through list wrappers exactly', () => {
    const { doc, positions } = articleToDoc({ text, blocks });
    for (const block of blocks) {
      const range = positions.textRangeToDocRange(block);
      expect(doc.textBetween(range.from, range.to)).toBe(text.slice(block.start, block.end));
      expect(positions.docRangeToTextRange(range)).toEqual({ start: block.start, end: block.end });
    }
    const nested = text.indexOf('Nested');
    expect(doc.textBetween(positions.textOffsetToDocPos(nested), positions.textOffsetToDocPos(nested + 6))).toBe(
      'Nested',
    );
  });

  it('draws heading level n as h(n+1), capped at h6, because the title is the page’s h1', () => {
    expect([1, 2, 3, 4, 5, 6].map(headingTagFor)).toEqual(['h2', 'h3', 'h4', 'h5', 'h6', 'h6']);
    const { doc } = articleToDoc({ text, blocks });
    expect(specOf(doc.child(0))[0]).toBe('h2');
    expect(specOf(doc.child(1))[0]).toBe('h4');
  });

  it('draws a figure as a placeholder with its alt text and never as an image', () => {
    const { doc } = articleToDoc({ text, blocks });
    const figure = doc.child(4);
    expect(figure.textContent).toBe('A map of the region');
    const tags = tagsIn(specOf(figure));
    expect(tags).toContain('figure');
    expect(tags).toContain('figcaption');
    expect(tags.some((tag) => /(^|\s)img$/i.test(tag))).toBe(false);
  });

  it('draws preformatted text as <pre> and paragraphs with dir="auto"', () => {
    const { doc } = articleToDoc({ text, blocks });
    expect(specOf(doc.child(5))[0]).toBe('pre');
    expect(specOf(doc.child(3))).toEqual(['p', { dir: 'auto' }, 0]);
  });
});

describe('links', () => {
  const text = 'Read the TASS report and the Xinhua note.\nSecond line link here';
  const blocks: Block[] = [
    { kind: 'paragraph', start: 0, end: 41 },
    { kind: 'paragraph', start: 42, end: 63 },
  ];
  const tass = { start: 9, end: 20, href: 'https://tass.ru/report' };
  const xinhua = { start: 29, end: 35, href: 'javascript:alert(1)' };

  function linkedTexts(doc: ProseMirrorNode): { text: string; href: string }[] {
    const found: { text: string; href: string }[] = [];
    doc.descendants((node) => {
      const mark = node.isText ? articleSchema.marks['link'].isInSet(node.marks) : undefined;
      if (mark) found.push({ text: node.text ?? '', href: String(mark.attrs['href']) });
    });
    return found;
  }

  it('marks exactly the linked text and changes no positions', () => {
    const plain = articleToDoc({ text, blocks });
    const linked = articleToDoc({ text, blocks, links: [xinhua, tass] });
    expect(linkedTexts(linked.doc)).toEqual([
      { text: 'TASS report', href: 'https://tass.ru/report' },
      { text: 'Xinhua', href: 'javascript:alert(1)' },
    ]);
    expect(linked.doc.textContent).toBe(plain.doc.textContent);
    for (let offset = 0; offset <= text.length; offset += 1) {
      expect(linked.positions.textOffsetToDocPos(offset)).toBe(plain.positions.textOffsetToDocPos(offset));
    }
  });

  it('renders a link as a span with the address as its title, never as an anchor', () => {
    const { doc } = articleToDoc({ text, blocks, links: [xinhua] });
    let spec: unknown;
    doc.descendants((node) => {
      const mark = node.marks.find((m) => m.type.name === 'link');
      if (mark) spec = mark.type.spec.toDOM?.(mark, true);
    });
    expect(spec).toEqual([
      'span',
      { class: 'article-link', title: 'javascript:alert(1)', 'data-href': 'javascript:alert(1)' },
      0,
    ]);
  });

  it('splits a link that crosses a block boundary, leaving the hidden separator out', () => {
    const { doc } = articleToDoc({ text, blocks, links: [{ start: 36, end: 48, href: 'https://x.example' }] });
    expect(linkedTexts(doc).map((l) => l.text)).toEqual(['note.', 'Second']);
  });

  it('drops links that are empty, out of range or overlap an earlier one', () => {
    const links: Link[] = [
      { start: 5, end: 5, href: 'a' },
      { start: 60, end: 70, href: 'b' },
      { start: 9, end: 20, href: 'c' },
      { start: 15, end: 25, href: 'd' },
      { start: 12, end: 14, href: 'e' },
    ];
    expect(usableLinks(links, text.length)).toEqual([
      { start: 9, end: 20, href: 'c' },
      { start: 20, end: 25, href: 'd' },
    ]);
    expect(() => articleToDoc({ text, blocks, links }).doc.check()).not.toThrow();
  });
});

describe('TextPositionMap properties', () => {
  // Random text from a mix of ASCII, combining marks, astral emoji, RTL letters and newlines.
  const unit = fc.constantFrom('a', 'b', ' ', '\n', 'e\u0301', '😀', '👨‍👩‍👧', 'ש', 'م', '字', '\u200f');
  const kinds: BlockKind[] = ['paragraph', 'heading', 'blockquote', 'list-item', 'figure', 'preformatted'];
  const article = fc
    .tuple(
      fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.array(fc.nat(), { maxLength: 12 }),
      fc.array(fc.nat({ max: kinds.length - 1 }), { minLength: 12, maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    )
    .map(([text, cuts, kindPicks, linkCuts]) => {
      // Sorted cut points become alternating block/gap boundaries, giving gaps, touching and empty blocks.
      const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
      const edges = [0, ...points, text.length];
      const blocks: Block[] = [];
      for (let i = 0; i + 1 < edges.length; i += 2) {
        const [start = 0, end = 0] = edges.slice(i, i + 2);
        const kind = kinds[kindPicks[i / 2] ?? 0] ?? 'paragraph';
        blocks.push({
          kind,
          start,
          end,
          ...(kind === 'heading' || kind === 'list-item' ? { level: 1 + (i % 6) } : {}),
        });
      }
      // Links anywhere, even across blocks and gaps: they must never change a position.
      const links = linkCuts.map(([a, b]) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        return { start: start ?? 0, end: end ?? 0, href: 'https://example.org' };
      });
      return { text, blocks, links };
    });

  it('shows every block’s text exactly at the mapped positions, and maps back', () => {
    fc.assert(
      fc.property(article, ({ text, blocks, links }) => {
        const { doc, positions } = articleToDoc({ text, blocks, links });
        doc.check();
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
      fc.property(article, ({ text, blocks, links }) => {
        const { doc, positions } = articleToDoc({ text, blocks, links });
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
      fc.property(article, ({ text, blocks, links }) => {
        const { doc, positions } = articleToDoc({ text, blocks, links });
        for (let offset = 0; offset <= text.length; offset += 1) {
          const $pos = doc.resolve(positions.textOffsetToDocPos(offset));
          expect($pos.parent.isTextblock).toBe(true);
        }
      }),
    );
  });
});

describe('long articles', () => {
  const lines = Array.from({ length: 300 }, (_, i) => `Absatz ${i} mit 😀 und Text.`);
  const text = lines.join('\n');

  it('group their blocks into sections that keep every offset where it was', () => {
    const { doc, positions } = articleToDoc({ text, blocks: paragraphsOf(text) });
    expect(doc.childCount).toBeLessThan(30);
    expect(doc.child(0).type.name).toBe('section');
    expect(positions.blockCount).toBe(300);
    const start = text.indexOf('Absatz 250');
    const range = positions.textRangeToDocRange({ start, end: start + 'Absatz 250'.length });
    expect(doc.textBetween(range.from, range.to)).toBe('Absatz 250');
    expect(positions.docRangeToTextRange(range)).toEqual({ start, end: start + 'Absatz 250'.length });
  });

  it('stay flat when short, so an empty document is still one paragraph', () => {
    const { doc } = articleToDoc({ text: 'Kurz.', blocks: paragraphsOf('Kurz.') });
    expect(doc.child(0).type.name).toBe('paragraph');
    expect(articleSchema.topNodeType.createAndFill()?.child(0).type.name).toBe('paragraph');
  });
});
