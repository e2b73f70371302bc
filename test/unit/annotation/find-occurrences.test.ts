import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findOccurrences,
  OCCURRENCE_CONTEXT_CHARS,
  type OccurrenceSearch,
} from '../../../shared/annotation/find-occurrences';

const matches = (text: string, query: string, search?: OccurrenceSearch) =>
  findOccurrences(text, query, search).map(({ range }) => text.slice(range.start, range.end));

const starts = (text: string, query: string, search?: OccurrenceSearch) =>
  findOccurrences(text, query, search).map(({ range }) => range.start);

describe('findOccurrences', () => {
  const text = 'Scholz sprach. Die Berliner sahen Scholz in Berlin-Mitte; SCHOLZ und scholz auch. Berlin!';

  it('finds every occurrence, case-sensitively by default', () => {
    expect(starts(text, 'Scholz')).toEqual([0, 34]);
    expect(matches(text, 'Scholz', { caseSensitive: false })).toEqual(['Scholz', 'Scholz', 'SCHOLZ', 'scholz']);
  });

  it('matches whole words only when asked: "Berlin" not in "Berliner", but in "Berlin-Mitte"', () => {
    expect(starts(text, 'Berlin')).toHaveLength(3);
    expect(starts(text, 'Berlin', { wholeWord: true, language: 'de' })).toEqual([
      text.indexOf('Berlin-Mitte'),
      text.lastIndexOf('Berlin'),
    ]);
  });

  it('takes the query literally, brackets and dots included', () => {
    const parties = 'Die (SPD) und die U.S. Army, nicht die USA.';
    expect(matches(parties, '(SPD)')).toEqual(['(SPD)']);
    expect(matches(parties, 'U.S.', { caseSensitive: false })).toEqual(['U.S.']);
    expect(matches(parties, '.*', { caseSensitive: false })).toEqual([]);
  });

  it('leaves out ranges already annotated with the label, including overlapping ones', () => {
    const excludedRanges = [
      { start: 0, end: 6 },
      { start: 29, end: 40 }, // "sahen Scholz": overlaps the second Scholz
    ];
    expect(starts(text, 'Scholz', { excludedRanges })).toEqual([]);
    expect(starts(text, 'Scholz', { excludedRanges: [{ start: 6, end: 20 }] })).toEqual([0, 34]);
  });

  it('finds non-overlapping occurrences from left to right', () => {
    expect(starts('aaaaa', 'aa')).toEqual([0, 2]);
  });

  it('finds the next occurrence when an overlapping one was rejected', () => {
    expect(starts('ab ab', 'ab', { excludedRanges: [{ start: 0, end: 1 }] })).toEqual([3]);
  });

  it('never returns part of an emoji sequence, flag or accented letter', () => {
    const emoji = 'Familie 👨‍👩‍👧, Mann 👨, Flaggen 🇩🇪🇫🇷, Cafe\u0301 und Cafe';
    expect(matches(emoji, '👨')).toEqual(['👨']);
    expect(starts(emoji, '🇪🇫')).toEqual([]);
    expect(matches(emoji, 'Cafe')).toEqual(['Cafe']);
  });

  it('matches whole words in Chinese and Persian by their segmenters', () => {
    expect(starts('我们在北京大学学习', '北京', { wholeWord: true, language: 'zh' })).toEqual([3]);
    expect(starts('我们在北京大学学习', '京大', { wholeWord: true, language: 'zh' })).toEqual([]);
    const persian = 'ایران و ایرانی‌ها در ایران';
    expect(starts(persian, 'ایران', { wholeWord: true, language: 'fa' })).toEqual([0, 21]);
  });

  it('shows some context either side for the preview, cut between characters', () => {
    const long = `${'😀'.repeat(30)}x Scholz sagte ${'a'.repeat(50)}`;
    const [hit] = findOccurrences(long, 'Scholz');
    expect(hit?.context.match).toBe('Scholz');
    expect(hit?.context.before).toBe(`${'😀'.repeat(19)}x `);
    expect(hit?.context.after).toBe(` sagte ${'a'.repeat(OCCURRENCE_CONTEXT_CHARS - 7)}`);
    expect([hit?.context.clippedBefore, hit?.context.clippedAfter]).toEqual([true, true]);
    const [short] = findOccurrences('Scholz.', 'Scholz');
    expect(short?.context).toEqual({
      before: '',
      match: 'Scholz',
      after: '.',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('finds nothing for an empty query', () => {
    expect(findOccurrences(text, '')).toEqual([]);
  });

  it('returns ranges that hold the query, in order and apart (property)', () => {
    const word = fc.constantFrom('ab', 'Ab', 'AB', 'b', ' ', '😀', '\u0301', 'é');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.constantFrom('ab', 'b', 'é', '😀'),
        fc.boolean(),
        (parts, query, caseSensitive) => {
          const haystack = parts.join('');
          const found = findOccurrences(haystack, query, { caseSensitive });
          found.forEach(({ range, context }, i) => {
            const slice = haystack.slice(range.start, range.end);
            expect(caseSensitive ? slice : slice.toLowerCase()).toBe(caseSensitive ? query : query.toLowerCase());
            expect(context.before + context.match + context.after).toBe(
              haystack.slice(range.start - context.before.length, range.end + context.after.length),
            );
            expect(range.start).toBeGreaterThanOrEqual(found[i - 1]?.range.end ?? 0);
          });
        },
      ),
    );
  });

  it('finds all 13,000 whole-word occurrences in a 1 MB article, and none inside longer words', () => {
    const article = 'Die Regierung in Berlin und die Berliner Opposition streiten über den Haushalt. '.repeat(13_000);
    const found = findOccurrences(article, 'Berlin', { wholeWord: true, language: 'de' });
    expect(found).toHaveLength(13_000);
    expect(found.every((occurrence) => article.slice(occurrence.range.end, occurrence.range.end + 2) === ' u')).toBe(
      true,
    );
  });
});
