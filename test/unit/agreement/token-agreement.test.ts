import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedSpan } from '../../../shared/agreement/annotated-span';
import { labelConfusionMatrix } from '../../../shared/agreement/label-confusion-matrix';
import { tokenAgreement } from '../../../shared/agreement/token-agreement';
import { NO_LABEL } from '../../../shared/agreement/token-labels';
import { spanIn } from './spans';

const PERSON = 1;
const PLACE = 2;
// Ten tokens, RTL and CJK and emoji among them; the offsets are UTF-16 throughout.
const TEXT = 'Putin traf Scholz in 北京 und سلام 👍🏽 Moskau .';

const COEFFICIENTS = ['cohensKappa', 'fleissKappa', 'krippendorffsAlpha'] as const;
describe('token-level agreement', () => {
  const a = [spanIn(TEXT, 'Putin', PERSON), spanIn(TEXT, 'Scholz', PERSON), spanIn(TEXT, '北京', PLACE)];
  const b = [spanIn(TEXT, 'Putin', PERSON), spanIn(TEXT, 'Scholz', PLACE), spanIn(TEXT, 'سلام 👍🏽', PERSON)];

  it("gives Cohen's kappa, Fleiss' kappa and alpha over every token, per label and overall", () => {
    const result = tokenAgreement([{ text: TEXT, layers: [a, b] }]);
    expect(result.tokens).toBe(10);
    // Categories per token (A | B): P|P, O|O, P|L, O|O, L|O, O|O, O|P, O|P, O|O, O|O.
    // A_o = 6/10; A's distribution O 7, P 2, L 1; B's O 6, P 3, L 1: A_e = (42 + 6 + 1)/100.
    expect(result.overall.cohensKappa.value).toBeCloseTo((0.6 - 0.49) / 0.51, 12);
    // Per label PERSON: A covers tokens 1, 3; B covers 1, 7, 8. A_o = 7/10, A_e = (0.2·0.3 + 0.8·0.7).
    expect(result.perLabel.get(PERSON)?.cohensKappa.value).toBeCloseTo((0.7 - 0.62) / 0.38, 12);
    // n = 20 values, n_O = 13, n_P = 5, n_L = 2, Σ o_cc = 12: α = (19·12 − 178) / (380 − 178).
    expect(result.overall.krippendorffsAlpha.value).toBeCloseTo(50 / 202, 12);
    expect([...result.perLabel.keys()]).toEqual([PERSON, PLACE]);
  });

  it('builds the confusion matrix of the two annotators, NO_LABEL first', () => {
    const result = tokenAgreement([{ text: TEXT, layers: [a, b] }]);
    expect(labelConfusionMatrix(result.categories, 0, 1)).toEqual({
      categories: [NO_LABEL, PERSON, PLACE],
      counts: [
        [5, 2, 0],
        [0, 1, 1],
        [1, 0, 0],
      ],
      items: 10,
    });
  });

  it('is 1 for identical layers and treats an article an annotator has not annotated as missing', () => {
    const other = 'Merkel in Paris';
    const layerOther = [spanIn(other, 'Merkel', PERSON), spanIn(other, 'Paris', PLACE)];
    const result = tokenAgreement([
      { text: TEXT, layers: [a, a, a] },
      { text: other, layers: [layerOther, undefined, layerOther] },
    ]);
    expect(result.overall.fleissKappa.value).toBe(1);
    expect(result.overall.krippendorffsAlpha.value).toBe(1);
    expect(result.overall.cohensKappa).toEqual({ value: undefined, reason: 'not-two-annotators' });
    expect(result.perLabel.get(PLACE)?.krippendorffsAlpha.value).toBe(1);
  });

  it('compares only the chosen labels and reports each of them, with the reason where there is no value', () => {
    const result = tokenAgreement([{ text: TEXT, layers: [a, b] }], [PLACE, 7]);
    expect([...result.perLabel.keys()]).toEqual([PLACE, 7]);
    expect(result.perLabel.get(7)?.cohensKappa).toEqual({ value: undefined, reason: 'no-spans' });
    expect(labelConfusionMatrix(result.categories, 0, 1).categories).toEqual([NO_LABEL, PLACE]);
  });

  it('says why there is nothing to compare without articles or with one annotator', () => {
    expect(tokenAgreement([]).overall.krippendorffsAlpha).toEqual({
      value: undefined,
      reason: 'fewer-than-two-annotators',
    });
    expect(tokenAgreement([{ text: '', layers: [[], []] }]).overall.cohensKappa).toEqual({
      value: undefined,
      reason: 'no-items',
    });
  });

  it('is symmetric in the annotators, at most 1, and 1 for a layer against itself', () => {
    const tokenStarts = [0, 6, 11, 18, 21, 24, 28, 33, 38, 45];
    const span = fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(PERSON, PLACE))
      .map(([first, count, label]): AnnotatedSpan => {
        const start = tokenStarts[first] ?? 0;
        return { start, end: Math.min(TEXT.length, (tokenStarts[first + count] ?? TEXT.length) - 1), label };
      });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 6 }), fc.array(span, { maxLength: 6 }), (x, y) => {
        const forward = tokenAgreement([{ text: TEXT, layers: [x, y] }]);
        const backward = tokenAgreement([{ text: TEXT, layers: [y, x] }]);
        for (const name of COEFFICIENTS) {
          const score = forward.overall[name];
          const swapped = backward.overall[name];
          if (score.value === undefined) expect(swapped).toEqual(score);
          else expect(swapped.value).toBeCloseTo(score.value, 12);
          if (score.value !== undefined) expect(score.value).toBeLessThanOrEqual(1 + 1e-12);
        }
        const self = tokenAgreement([{ text: TEXT, layers: [x, x] }]).overall;
        for (const name of COEFFICIENTS) {
          const { value } = self[name];
          if (value !== undefined) expect(value).toBe(1);
        }
      }),
    );
  });
});
