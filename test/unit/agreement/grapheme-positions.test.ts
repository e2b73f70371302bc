import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphemePositions } from '../../../shared/agreement/grapheme-positions';
import { graphemeSegmenter } from '../../../shared/text/segmenters';
import { mixedText } from '../text/unicode-samples';

/** Mixed text with the characters whose clustering depends on neighbours: CR LF, ZWJ sequences, flags. */
const trickyText = fc
  .array(fc.oneof(mixedText(8), fc.constantFrom('\r', '\n', '©', '\u200d', '🔥', '🇩', '🇪', 'ä', 'a', '\u0301')))
  .map((pieces) => pieces.join(''));

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
        const positions = new GraphemePositions(text);
        const starts = [...graphemeSegmenter().segment(text)].map((s) => s.index);
        expect(positions.length).toBe(starts.length);
        starts.forEach((start, character) => expect(positions.startOf(start)).toBe(character));
      }),
    );
  });
});
