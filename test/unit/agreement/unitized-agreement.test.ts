import { describe, expect, it } from 'vitest';
import { GraphemePositions } from '../../../shared/agreement/grapheme-positions';
import { unitizedAgreement } from '../../../shared/agreement/unitized-agreement';
import { spanIn } from './spans';

const PERSON = 1;
const PLACE = 2;

describe('unitized agreement over articles', () => {
  it('counts characters as a reader does, so emoji, flags, accents and CJK weigh as Latin letters', () => {
    const latin = 'aa bbbb c dd eeee ff';
    const mixed = '👨‍👩‍👧👍🏽 🇩🇪e\u0301北京 c سل 北京𠀀e\u0301 ff';
    const layoutIn = (text: string) => {
      const positions = new GraphemePositions(text);
      expect(positions.length).toBe(20);
      // The same character ranges in both texts, expressed in each text's UTF-16 offsets.
      const at = (character: number) =>
        [...Array(text.length + 1).keys()].find((o) => positions.startOf(o) === character) ?? 0;
      const span = (from: number, to: number, label: number) => ({ start: at(from), end: at(to), label });
      return [
        [span(0, 2, PERSON), span(3, 7, PLACE), span(13, 17, PLACE)],
        [span(0, 2, PERSON), span(3, 6, PLACE), span(10, 12, PERSON), span(13, 17, PLACE)],
      ];
    };
    const inLatin = unitizedAgreement([{ text: latin, layers: layoutIn(latin) }]);
    const inMixed = unitizedAgreement([{ text: mixed, layers: layoutIn(mixed) }]);
    expect(inMixed.overall.value).toBeCloseTo(inLatin.overall.value ?? NaN, 12);
    expect(inMixed.perCategory.get(PLACE)?.value).toBeCloseTo(inLatin.perCategory.get(PLACE)?.value ?? NaN, 12);
    expect(inLatin.overall.value).toBeLessThan(1);
  });

  it('is 1 for identical layers over several articles, skipping an article an annotator has not annotated', () => {
    const first = 'Wladimir Putin sprach in Moskau.';
    const second = 'Olaf Scholz in Berlin.';
    const layer = [spanIn(first, 'Wladimir Putin', PERSON), spanIn(first, 'Moskau', PLACE)];
    const result = unitizedAgreement([
      { text: first, layers: [layer, layer] },
      { text: second, layers: [[spanIn(second, 'Berlin', PLACE)], undefined] },
    ]);
    expect(result.overall.value).toBe(1);
    expect(result.perCategory.get(PERSON)?.value).toBe(1);
    expect(result).toMatchObject({ comparedArticles: 1, skippedArticles: 1 });
  });

  it('compares only the chosen labels and says why one nobody used has no value', () => {
    const text = 'Wladimir Putin sprach in Moskau.';
    const a = [spanIn(text, 'Wladimir Putin', PERSON), spanIn(text, 'Moskau', PLACE)];
    const b = [spanIn(text, 'Putin', PERSON)];
    const result = unitizedAgreement([{ text, layers: [a, b] }], [PERSON, 9]);
    expect([...result.perCategory.keys()]).toEqual([PERSON, 9]);
    expect(result.perCategory.get(9)).toEqual({ value: undefined, reason: 'no-units' });
    expect(result.overall.value).toBeCloseTo(result.perCategory.get(PERSON)?.value ?? NaN, 12);
  });

  it('says why there is nothing to compare with no articles or one annotator', () => {
    expect(unitizedAgreement([]).overall).toEqual({ value: undefined, reason: 'fewer-than-two-annotators' });
    expect(unitizedAgreement([{ text: '', layers: [[], []] }]).overall).toEqual({
      value: undefined,
      reason: 'no-items',
    });
  });
});
