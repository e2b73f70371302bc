import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetConverter } from '../../../shared/text/offset-conversion';
import { codePointOffsets, mixedText, SAMPLES } from './unicode-samples';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('OffsetConverter', () => {
  it.each(Object.entries(SAMPLES))('measures %s in all three units', (_name, sample) => {
    const converter = new OffsetConverter(sample.text);
    expect([converter.utf16Length, converter.codePointLength, converter.utf8Length]).toEqual([
      sample.utf16,
      sample.codePoints,
      sample.utf8,
    ]);
  });

  it('gives the code point and byte offsets another tool needs to find the same words after emoji', () => {
    const text = `Familie ${SAMPLES.family.text} in ${SAMPLES.flag.text}: 𠀀 sagt Olaf Scholz ${SAMPLES.skinTone.text} سلام`;
    const converter = new OffsetConverter(text);
    const start = text.indexOf('Olaf Scholz');
    const end = start + 'Olaf Scholz'.length;

    const codePoints = Array.from(text);
    const [cpStart, cpEnd] = [converter.utf16ToCodePoint(start), converter.utf16ToCodePoint(end)];
    expect(codePoints.slice(cpStart, cpEnd).join('')).toBe('Olaf Scholz');

    const bytes = new TextEncoder().encode(text);
    const [byteStart, byteEnd] = [converter.utf16ToUtf8(start), converter.utf16ToUtf8(end)];
    expect(new TextDecoder().decode(bytes.slice(byteStart, byteEnd))).toBe('Olaf Scholz');

    expect(converter.codePointToUtf16(cpStart)).toBe(start);
    expect(converter.utf8ToUtf16(byteEnd)).toBe(end);
  });

  it('converts right-to-left and combining text by its stored order', () => {
    const text = 'گفت: «سلام دنیا» و e\u0301 و 北京';
    const converter = new OffsetConverter(text);
    const start = text.indexOf('دنیا');
    expect(converter.utf16ToCodePoint(start)).toBe(Array.from(text.slice(0, start)).length);
    expect(converter.utf16ToUtf8(start)).toBe(utf8Length(text.slice(0, start)));
  });

  it('refuses a UTF-16 offset between the halves of a surrogate pair instead of rounding it', () => {
    const text = `a${SAMPLES.astralCjk.text}b${SAMPLES.family.text}`;
    const converter = new OffsetConverter(text);
    expect(converter.splitsSurrogatePair(2)).toBe(true);
    expect(() => converter.utf16ToCodePoint(2)).toThrow(RangeError);
    expect(() => converter.utf16ToUtf8(2)).toThrow(/surrogate pair/);
    // Inside the family emoji but between code points is a code point boundary, so it converts.
    expect(converter.utf16ToCodePoint(6)).toBe(4);
  });

  it('refuses a UTF-8 offset inside the bytes of one character', () => {
    const converter = new OffsetConverter('aé北😀');
    // Bytes: a | é é | 北 北 北 | 😀 😀 😀 😀
    for (const inside of [2, 4, 5, 7, 8, 9])
      expect(() => converter.utf8ToUtf16(inside), `${inside}`).toThrow(RangeError);
    expect([0, 1, 3, 6, 10].map((byte) => converter.utf8ToUtf16(byte))).toEqual([0, 1, 2, 3, 5]);
  });

  it('refuses offsets outside the text and offsets that are not whole numbers', () => {
    const converter = new OffsetConverter('abc');
    for (const bad of [-1, 4, 1.5, Number.NaN]) {
      expect(() => converter.utf16ToCodePoint(bad)).toThrow(RangeError);
      expect(() => converter.codePointToUtf16(bad)).toThrow(RangeError);
      expect(() => converter.utf8ToUtf16(bad)).toThrow(RangeError);
    }
    expect(converter.utf16ToCodePoint(3)).toBe(3);
  });

  it('counts a lone surrogate as one code point and as the three bytes of U+FFFD', () => {
    const text = 'a\ud83db\udc00c';
    const converter = new OffsetConverter(text);
    expect(converter.codePointLength).toBe(Array.from(text).length);
    expect(converter.utf8Length).toBe(utf8Length(text));
    expect(converter.utf16ToUtf8(2)).toBe(4);
  });

  it('handles the empty text', () => {
    const converter = new OffsetConverter('');
    expect([converter.utf16ToCodePoint(0), converter.codePointToUtf16(0), converter.utf8ToUtf16(0)]).toEqual([0, 0, 0]);
  });

  it('agrees with Array.from and TextEncoder at every offset, and round-trips (property)', () => {
    const anyText = fc.oneof(mixedText(400), fc.string({ unit: 'binary', maxLength: 300 }));
    fc.assert(
      fc.property(anyText, (text) => {
        const converter = new OffsetConverter(text);
        const offsets = codePointOffsets(text);
        offsets.forEach((utf16, codePoint) => {
          expect(converter.utf16ToCodePoint(utf16)).toBe(codePoint);
          expect(converter.codePointToUtf16(codePoint)).toBe(utf16);
          const utf8 = converter.utf16ToUtf8(utf16);
          expect(utf8).toBe(utf8Length(text.slice(0, utf16)));
          expect(converter.utf8ToUtf16(utf8)).toBe(utf16);
        });
        expect(converter.codePointLength).toBe(offsets.length - 1);
      }),
      { numRuns: 150 },
    );
  });

  it('converts 100,000 annotation offsets in a 1 MB article and back without a difference', () => {
    const text = `Olaf Scholz ${SAMPLES.family.text} sagte in 北京 سلام ${SAMPLES.flag.text} e\u0301. `.repeat(25_000);
    const converter = new OffsetConverter(text);
    const offsets = codePointOffsets(text.slice(0, 200_000));
    // The UTF-8 length of each prefix, summed code point by code point with Node's own encoder:
    // measuring every prefix anew would make the oracle, not the converter, the slow part.
    const utf8Before = new Map<number, number>();
    let bytes = 0;
    for (const [index, offset] of offsets.entries()) {
      utf8Before.set(offset, bytes);
      const next = offsets[index + 1] ?? offset;
      bytes += Buffer.byteLength(text.slice(offset, next), 'utf8');
    }
    let differences = 0;
    for (let i = 0; i < 100_000; i++) {
      const utf16 = offsets[(i * 7919) % offsets.length] ?? 0;
      const codePoint = converter.utf16ToCodePoint(utf16);
      if (converter.codePointToUtf16(codePoint) !== utf16) differences += 1;
      if (converter.utf16ToUtf8(utf16) !== utf8Before.get(utf16)) differences += 1;
    }
    expect(differences).toBe(0);
  });
});
