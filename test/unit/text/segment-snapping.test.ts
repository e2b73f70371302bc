import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary, isWordBoundary } from '../../../shared/text/segment-boundaries';
import { snapToGraphemes, snapToWords } from '../../../shared/text/segment-snapping';
import { mixedText, SAMPLES } from './unicode-samples';

/** The text a selection of `part` (from `from` to `to` units into it) snaps to. */
function snappedWords(text: string, selection: string, language: string | undefined, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(selection, start + 1);
  const range = snapToWords(text, { start, end: start + selection.length }, language);
  return text.slice(range.start, range.end);
}

const within = (text: string, part: string, from: number, to: number) => {
  const at = text.indexOf(part);
  return { start: at + from, end: at + to };
};

describe('snapToGraphemes', () => {
  const text = `Familie ${SAMPLES.family.text} aus ${SAMPLES.flag.text}, Daumen ${SAMPLES.skinTone.text}, Cafe\u0301 𠀀.`;
  const sliceOf = (range: { start: number; end: number }) => text.slice(range.start, range.end);

  it('takes a whole emoji family, flag or skin-toned emoji when the selection ends inside one', () => {
    expect(sliceOf(snapToGraphemes(text, within(text, SAMPLES.family.text, 0, 3)))).toBe(SAMPLES.family.text);
    expect(sliceOf(snapToGraphemes(text, within(text, SAMPLES.flag.text, 2, 3)))).toBe(SAMPLES.flag.text);
    expect(sliceOf(snapToGraphemes(text, within(text, `Daumen ${SAMPLES.skinTone.text}`, 0, 9)))).toBe(
      `Daumen ${SAMPLES.skinTone.text}`,
    );
  });

  it('keeps a combining accent with its letter and both halves of an astral character', () => {
    expect(sliceOf(snapToGraphemes(text, within(text, 'Cafe\u0301', 0, 4)))).toBe('Cafe\u0301');
    expect(sliceOf(snapToGraphemes(text, within(text, '𠀀', 1, 2)))).toBe('𠀀');
  });

  it('leaves a selection that splits nothing as it is', () => {
    expect(snapToGraphemes(text, { start: 0, end: 7 })).toEqual({ start: 0, end: 7 });
  });

  it('moves a caret inside a character to the character start and keeps it empty', () => {
    const caret = text.indexOf(SAMPLES.flag.text) + 2;
    expect(snapToGraphemes(text, { start: caret, end: caret })).toEqual({ start: caret - 2, end: caret - 2 });
  });

  it('refuses a range outside the text', () => {
    expect(() => snapToGraphemes('abc', { start: 2, end: 4 })).toThrow(RangeError);
    expect(() => snapToGraphemes('abc', { start: 2, end: 1 })).toThrow(RangeError);
  });

  it('always covers the selection, ends on boundaries and is stable (property)', () => {
    fc.assert(
      fc.property(mixedText(), fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const snapped = snapToGraphemes(text, { start, end });
        expect(snapped.start).toBeLessThanOrEqual(start);
        if (start < end) expect(snapped.end).toBeGreaterThanOrEqual(end);
        expect(isGraphemeBoundary(text, snapped.start) && isGraphemeBoundary(text, snapped.end)).toBe(true);
        expect(snapToGraphemes(text, snapped)).toEqual(snapped);
      }),
      { numRuns: 300 },
    );
  });
});

describe('snapToWords', () => {
  it('widens a partly selected word and drops the spaces and punctuation around it', () => {
    const text = 'Das sagte der SPD-Chef Olaf Scholz, als es so weit war.';
    expect(snappedWords(text, 'ef Olaf Scholz, ', 'de')).toBe('Chef Olaf Scholz');
    expect(snappedWords(text, 'cholz', 'de')).toBe('Scholz');
    expect(snappedWords(text, ' war.', 'de')).toBe('war');
  });

  it('takes a German compound whole but keeps the parts of a hyphenated one apart', () => {
    const text = 'Das Bundesverfassungsgericht und der CDU-Politiker.';
    expect(snappedWords(text, 'verfassung', 'de')).toBe('Bundesverfassungsgericht');
    expect(snappedWords(text, 'CDU', 'de')).toBe('CDU');
    expect(snappedWords(text, 'DU-Pol', 'de')).toBe('CDU-Politiker');
  });

  it('keeps the period of an abbreviation with inner periods, drops a sentence period', () => {
    expect(snappedWords('Sanktionen der U.S. Regierung', '.S. ', 'en')).toBe('U.S.');
    expect(snappedWords('Er kam z.B. spät.', 'z.B.', 'de')).toBe('z.B.');
    expect(snappedWords('Er traf Dr. Merkel.', 'Dr.', 'de')).toBe('Dr');
  });

  it('snaps Chinese and Japanese to dictionary words', () => {
    expect(snappedWords('我们在北京大学学习', '京大', 'zh')).toBe('北京大学');
    expect(snappedWords('東京都に住んでいます', '京', 'ja')).toBe('東京');
  });

  it('snaps Persian words and drops Persian punctuation, keeping words joined by ZWNJ', () => {
    const text = 'او گفت، می‌خواهم بروم.';
    expect(snappedWords(text, 'گفت، ', 'fa')).toBe('گفت');
    expect(snappedWords(text, 'خوا', 'fa')).toBe('می‌خواهم');
  });

  it('keeps a selected emoji, which is not a word to the segmenter', () => {
    const text = `Sie posteten ${SAMPLES.family.text} und ${SAMPLES.flag.text}.`;
    expect(snappedWords(text, ` ${SAMPLES.family.text} `, 'de')).toBe(SAMPLES.family.text);
    expect(snappedWords(text, `${SAMPLES.flag.text}.`, 'de')).toBe(SAMPLES.flag.text);
  });

  it('turns a caret into the word it touches, preferring the word after it', () => {
    const text = 'Olaf Scholz sagte';
    expect(snapToWords(text, { start: 7, end: 7 }, 'de')).toEqual({ start: 5, end: 11 });
    expect(snapToWords(text, { start: 4, end: 4 }, 'de')).toEqual({ start: 0, end: 4 });
    expect(snapToWords(text, { start: 5, end: 5 }, 'de')).toEqual({ start: 5, end: 11 });
    expect(snapToWords('a  ,  b', { start: 2, end: 2 }, 'de')).toEqual({ start: 1, end: 1 });
  });

  it('gives an empty range when only spaces and punctuation were selected', () => {
    const snapped = snapToWords('Ja , nein', { start: 2, end: 5 }, 'de');
    expect(snapped.end - snapped.start).toBe(0);
  });

  it('refuses a malformed language tag and a range outside the text', () => {
    expect(() => snapToWords('abc', { start: 0, end: 1 }, 'not a tag')).toThrow(RangeError);
    expect(() => snapToWords('abc', { start: 0, end: 9 }, 'de')).toThrow(RangeError);
  });

  it('lands on word boundaries, never starts or ends on spaces or punctuation, and is stable (property)', () => {
    const spacesAndPunctuation = /^[\s\p{P}][\s\p{P}\p{M}\p{Cf}]*$/u;
    fc.assert(
      fc.property(mixedText(), fc.nat(), fc.nat(), fc.constantFrom('de', 'zh', 'fa'), (text, a, b, language) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const snapped = snapToWords(text, { start, end }, language);
        expect(isWordBoundary(text, snapped.start, language) && isWordBoundary(text, snapped.end, language)).toBe(true);
        if (snapped.start === snapped.end) return;
        const segments = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)];
        const first = segments.find((segment) => segment.index === snapped.start)?.segment ?? '';
        const last = segments.find((segment) => segment.index + segment.segment.length === snapped.end)?.segment ?? '';
        expect(first).not.toMatch(spacesAndPunctuation);
        if (last !== '.') expect(last).not.toMatch(spacesAndPunctuation);
        expect(snapToWords(text, snapped, language)).toEqual(snapped);
      }),
      { numRuns: 300 },
    );
  });

  it('snaps anywhere in a 1 MB article to whole words, even in one long unspaced line', () => {
    const spaced = 'Der Bundeskanzler sagte am Dienstag in Berlin, dass die Regierung 👨‍👩‍👧 handeln werde. '.repeat(
      12_000,
    );
    const unspaced = '我们在北京大学学习中文今天天气很好'.repeat(60_000);
    for (let i = 0; i < 500; i++) {
      const at = (i * 104_729) % 1_000_000;
      const words = snapToWords(spaced, { start: at, end: at + 40 }, 'de');
      const text = spaced.slice(words.start, words.end);
      expect(text).toBe(text.trim());
      expect(words.start <= at + 40 && words.end >= at).toBe(true);
      const graphemes = snapToGraphemes(spaced, { start: at, end: at + 40 });
      expect(graphemes.start).toBeLessThanOrEqual(at);
      expect(graphemes.end).toBeGreaterThanOrEqual(at + 40);
      const chinese = snapToWords(unspaced, { start: at, end: at + 40 }, 'zh');
      expect(chinese.start).toBeLessThanOrEqual(at);
      expect(chinese.end).toBeGreaterThanOrEqual(at + 40);
    }
  });
});
