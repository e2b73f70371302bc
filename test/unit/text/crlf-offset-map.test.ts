import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrlfOffsetMap } from '../../../shared/text/crlf-offset-map';
import { normalizeArticleText } from '../../../shared/text/normalize-text';
import { OffsetConverter } from '../../../shared/text/offset-conversion';

const rangeOf = (text: string, part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};

describe('CrlfOffsetMap', () => {
  it('finds an annotation of the normalised text in the Windows file it came from, and back', () => {
    const original = 'Erste Zeile\r\nZweite Zeile\r\n\r\nOlaf Scholz sagte:\r\nNein.';
    const normalised = normalizeArticleText(original);
    const map = CrlfOffsetMap.fromCrlfText(original);
    const scholz = rangeOf(normalised, 'Olaf Scholz');

    const inOriginal = { start: map.toCrlf(scholz.start), end: map.toCrlf(scholz.end) };
    expect(original.slice(inOriginal.start, inOriginal.end)).toBe('Olaf Scholz');
    expect([map.fromCrlf(inOriginal.start), map.fromCrlf(inOriginal.end)]).toEqual([scholz.start, scholz.end]);
    expect([map.lfLength, map.crlfLength]).toEqual([normalised.length, original.length]);
  });

  it('maps a span that crosses line breaks to one that covers both characters of each break', () => {
    const original = 'a\r\nb\r\nc';
    const map = CrlfOffsetMap.fromCrlfText(original);
    expect(original.slice(map.toCrlf(0), map.toCrlf(5))).toBe(original);
    expect(map.toCrlf(1)).toBe(1); // before the break stays before the \r
    expect(map.toCrlf(2)).toBe(3); // after the break is after the \n
  });

  it('leaves lone \\n and \\r breaks of a mixed file at one unit each', () => {
    const original = 'eins\ndrei\rvier\r\nfünf';
    const normalised = normalizeArticleText(original);
    const map = CrlfOffsetMap.fromCrlfText(original);
    const five = rangeOf(normalised, 'fünf');
    expect(original.slice(map.toCrlf(five.start), map.toCrlf(five.end))).toBe('fünf');
    expect(map.toCrlf(normalised.indexOf('vier'))).toBe(original.indexOf('vier'));
  });

  it('refuses an offset between \\r and \\n rather than guessing a side', () => {
    const map = CrlfOffsetMap.fromCrlfText('ab\r\ncd');
    expect(() => map.fromCrlf(3)).toThrow(RangeError);
    expect([map.fromCrlf(2), map.fromCrlf(4)]).toEqual([2, 3]);
  });

  it('refuses offsets outside the text', () => {
    const map = CrlfOffsetMap.fromCrlfText('ab\r\ncd');
    expect(() => map.toCrlf(6)).toThrow(RangeError);
    expect(() => map.fromCrlf(-1)).toThrow(RangeError);
    expect(map.fromCrlf(6)).toBe(5);
  });

  it('gives offsets for exporting the normalised text with CRLF line breaks', () => {
    const normalised = 'Titel\n\nOlaf Scholz sagte 👨‍👩‍👧\nEnde';
    const exported = normalised.replaceAll('\n', '\r\n');
    const map = CrlfOffsetMap.forLfText(normalised);
    const scholz = rangeOf(normalised, 'sagte 👨‍👩‍👧\nEnde');
    expect(exported.slice(map.toCrlf(scholz.start), map.toCrlf(scholz.end))).toBe('sagte 👨‍👩‍👧\r\nEnde');
  });

  it('composes with OffsetConverter for tools that count code points and CRLF as two', () => {
    const normalised = '😀\nOlaf';
    const exported = normalised.replaceAll('\n', '\r\n');
    const crlf = CrlfOffsetMap.forLfText(normalised).toCrlf(normalised.indexOf('Olaf'));
    expect(new OffsetConverter(exported).utf16ToCodePoint(crlf)).toBe(3); // 😀 \r \n
  });

  it('round-trips every offset of any text (property)', () => {
    const withBreaks = fc
      .array(fc.constantFrom('a', 'ü', '😀', ' ', '\r\n', '\n', '\r', '\r\n\r\n'), { maxLength: 80 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withBreaks, (original) => {
        const lf = original.replace(/\r\n/g, '\n');
        const map = CrlfOffsetMap.fromCrlfText(original);
        for (let offset = 0; offset <= lf.length; offset++) {
          const crlf = map.toCrlf(offset);
          expect(map.fromCrlf(crlf)).toBe(offset);
          expect(original.slice(0, crlf).replace(/\r\n/g, '\n')).toBe(lf.slice(0, offset));
        }
      }),
    );
  });
});
