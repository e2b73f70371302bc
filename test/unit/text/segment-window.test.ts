import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentContaining } from '../../../shared/text/segment-window';
import { mixedText } from './unicode-samples';

/** What segmenting the whole text says about `position`. */
function segmentInWholeText(text: string, position: number, segmenter: Intl.Segmenter) {
  const found = segmenter.segment(text).containing(position);
  if (found === undefined) throw new Error('position outside the text');
  return { start: found.index, end: found.index + found.segment.length, isWordLike: found.isWordLike === true };
}

describe('segmentContaining', () => {
  it('finds the same words and characters as segmenting the whole text (property)', () => {
    const granularities = ['word', 'grapheme'] as const;
    fc.assert(
      fc.property(
        mixedText(120),
        fc.constantFrom('de', 'zh', 'ja', 'fa', 'en'),
        fc.constantFrom(...granularities),
        fc.nat(),
        (text, language, granularity, seed) => {
          fc.pre(text.length > 0);
          const segmenter = new Intl.Segmenter(language, { granularity });
          for (let k = 0; k < 20; k++) {
            const position = (seed + k * 7919) % text.length;
            expect(segmentContaining(text, position, segmenter)).toEqual(segmentInWholeText(text, position, segmenter));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('matches the whole-text segmentation in long unspaced Chinese and Japanese paragraphs', () => {
    const source = '我们在北京大学学习中文今天天气很好他说这个问题非常重要因为政府正在讨论新的法律東京都に住んでいます';
    const chars = Array.from({ length: 5000 }, (_, i) => source[(i * 7919 + (i >> 3)) % source.length]).join('');
    for (const language of ['zh', 'ja']) {
      const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
      for (let position = 0; position < chars.length; position += 97) {
        expect(segmentContaining(chars, position, segmenter)).toEqual(segmentInWholeText(chars, position, segmenter));
      }
    }
  });

  it('never cuts a run of flags wrongly when the window starts after a space', () => {
    const text = `x ${'🇩🇪🇫🇷🇮🇹'.repeat(20)} y`;
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (let position = 0; position < text.length; position++) {
      expect(segmentContaining(text, position, segmenter)).toEqual(segmentInWholeText(text, position, segmenter));
    }
  });
});
