import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitTextRange, snippetSegments } from '../../../renderer/src/search/snippet-segments';

describe('snippetSegments', () => {
  it('splits a snippet into plain and highlighted pieces', () => {
    expect(snippetSegments('…des Sicherheitsrates der Russischen…', [{ start: 5, end: 21 }])).toEqual([
      { text: '…des ', highlighted: false },
      { text: 'Sicherheitsrates', highlighted: true },
      { text: ' der Russischen…', highlighted: false },
    ]);
  });

  it('treats markup in the snippet as text', () => {
    const segments = snippetSegments('<img src=x onerror=alert(1)>', [{ start: 1, end: 4 }]);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)>');
    expect(segments[1]).toEqual({ text: 'img', highlighted: true });
  });

  it('drops empty and out-of-range ranges and trims overlaps, keeping the text exact', () => {
    expect(
      snippetSegments('abcdef', [
        { start: 4, end: 99 },
        { start: 1, end: 3 },
        { start: 2, end: 5 },
        { start: 3, end: 3 },
        { start: -4, end: 0 },
      ]),
    ).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bc', highlighted: true },
      { text: 'de', highlighted: true },
      { text: 'f', highlighted: true },
    ]);
  });

  it('always reproduces the snippet exactly, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }) })),
        (snippet, highlights) => {
          const segments = snippetSegments(snippet, highlights);
          expect(segments.map((segment) => segment.text).join('')).toBe(snippet);
          expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('hitTextRange', () => {
  it('spans the first highlighted word from the hit’s text offset', () => {
    const hit = { snippet: '…des Sicherheitsrates der…', highlights: [{ start: 5, end: 21 }], textOffset: 120 };
    expect(hitTextRange(hit)).toEqual({ start: 120, end: 136 });
  });

  it('has no range for a hit in metadata only', () => {
    expect(hitTextRange({ snippet: 'x', highlights: [], textOffset: null })).toBeNull();
  });
});
