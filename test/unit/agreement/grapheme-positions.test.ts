import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphemePositions } from '../../../shared/agreement/grapheme-positions';
import { graphemeSegmenter } from '../../../shared/text/segmenters';
import { mixedText } from '../text/unicode-samples';

/**
 * Characters whose clustering depends on a neighbour: CR LF, ZWJ and ZWNJ, emoji, flags, skin tones,
 * variation selectors, combining and spacing marks, Devanagari conjuncts, Hangul jamo and syllables,
 * Thai AM, an Arabic prepended sign, half-width katakana sound marks.
 */
const JOINERS = [
  '\r',
  '\n',
  '\u200d',
  '\u200c',
  '🔥',
  '🇩',
  '🇪',
  '\u{1f3fb}',
  '\ufe0f',
  '\u0301',
  '\u0903',
  '\u094d',
  '\u0915',
  '\u1100',
  '\u1161',
  '\u11a8',
  '가',
  '\u0e33',
  '\u0600',
  '\uff9e',
];

/** Mixed text (emoji, combining marks, CJK, RTL, CRLF) with the joining characters between. */
const trickyText = fc
  .array(fc.oneof(mixedText(8), fc.constantFrom(...JOINERS, '©', 'ä', 'a', '北', 'س', 'ж')))
  .map((pieces) => pieces.join(''));

/** Where GraphemePositions first disagrees with segmenting the whole text, quoted; none if nowhere. */
function firstDisagreement(text: string): string | undefined {
  const positions = new GraphemePositions(text);
  const starts = [...graphemeSegmenter().segment(text)].map((s) => s.index);
  if (positions.length !== starts.length) {
    const at = starts.findIndex((start, character) => positions.startOf(start) !== character);
    return `${positions.length} characters, not ${starts.length}, first off at ${JSON.stringify(text.slice(Math.max(0, (starts[at] ?? 0) - 4), (starts[at] ?? 0) + 4))}`;
  }
  const at = starts.findIndex((start, character) => positions.startOf(start) !== character);
  return at === -1
    ? undefined
    : `off at ${JSON.stringify(text.slice(Math.max(0, (starts[at] ?? 0) - 4), (starts[at] ?? 0) + 4))}`;
}

describe('grapheme positions', () => {
  it('count each emoji, flag, accented letter, CJK character and CR LF as one character', () => {
    const text = 'a👨‍👩‍👧b🇩🇪©\u200d🔥e\u0301\r\n北𠀀سل';
    const positions = new GraphemePositions(text);
    expect(positions.length).toBe(11);
    expect(positions.startOf(text.indexOf('b'))).toBe(2);
    expect(positions.endOf(text.indexOf('b'))).toBe(2);
    // An offset inside the flag rounds outwards.
    expect(positions.startOf(text.indexOf('🇩🇪') + 2)).toBe(3);
    expect(positions.endOf(text.indexOf('🇩🇪') + 2)).toBe(4);
    expect(positions.endOf(text.length)).toBe(11);
  });

  it('agree with segmenting the whole text', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(firstDisagreement(text)).toBeUndefined();
      }),
    );
  });

  it('agree with the segmenter on every basic-plane character before and after each joining one', () => {
    const basicPlane = Array.from({ length: 0x10000 }, (_, codeUnit) => codeUnit)
      .filter((codeUnit) => codeUnit < 0xd800 || codeUnit > 0xdfff)
      .map((codeUnit) => String.fromCharCode(codeUnit));
    for (const joiner of JOINERS) expect(firstDisagreement(joiner + basicPlane.join(joiner) + joiner)).toBeUndefined();
    expect(firstDisagreement(basicPlane.join(''))).toBeUndefined();
  });

  it('count a text of characters that stand alone in code units, as the segmenter does', () => {
    for (const text of [
      'Путин сказал: «Нет».',
      'Ὁ Πλάτων',
      'שלום עולם',
      'قال بوتين',
      '习近平在北京说：“好。”',
      'カタカナとひらがな',
      '서울에서 말했다',
    ]) {
      expect(new GraphemePositions(text).length).toBe(text.length);
      expect(firstDisagreement(text)).toBeUndefined();
    }
  });
});
