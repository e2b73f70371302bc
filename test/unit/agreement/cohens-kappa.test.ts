import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../../shared/agreement/cohens-kappa';
import { codingTable } from '../../../shared/agreement/coding-table';
import { pairs } from './coding-examples';

const kappaOf = (rows: readonly (readonly unknown[])[]) => cohensKappa(codingTable(rows));

describe("Cohen's kappa", () => {
  it('is 0.40 for the 50 grant proposals of the Wikipedia example (yes/yes 20, yes/no 5, no/yes 10, no/no 15)', () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa, "Simple example": p_o = 0.7, p_e = 0.5.
    const table = pairs([20, 'yes', 'yes'], [5, 'yes', 'no'], [10, 'no', 'yes'], [15, 'no', 'no']);
    expect(cohensKappa(table).value).toBeCloseTo(0.4, 10);
  });

  it("is 0.492 for Cohen's (1960: p. 45) three-category example of 200 items", () => {
    // Also DKPro Agreement's Cohen1960Test.testExample2: A_o = 0.70, A_e = 0.41.
    const table = pairs(
      [88, 1, 1],
      [14, 1, 2],
      [18, 1, 3],
      [10, 2, 1],
      [40, 2, 2],
      [10, 2, 3],
      [2, 3, 1],
      [6, 3, 2],
      [12, 3, 3],
    );
    expect(cohensKappa(table).value).toBeCloseTo(0.492, 3);
  });

  it('is 1 for perfect agreement over two categories and skips items one annotator left uncoded', () => {
    expect(
      kappaOf([
        ['a', 'a'],
        ['b', 'b'],
        ['a', undefined],
        [undefined, 'b'],
      ]).value,
    ).toBe(1);
  });

  it('says why it has no value without items or with one category only', () => {
    expect(kappaOf([])).toEqual({ value: undefined, reason: 'no-items' });
    expect(kappaOf([['a', undefined]])).toEqual({ value: undefined, reason: 'no-items' });
    expect(
      kappaOf([
        ['O', 'O'],
        ['O', 'O'],
      ]),
    ).toEqual({ value: undefined, reason: 'single-category' });
  });

  it('is symmetric in the two annotators, at most 1, and 1 against oneself', () => {
    const table = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', undefined), fc.constantFrom('a', 'b', 'c', undefined)),
    );
    fc.assert(
      fc.property(table, (rows) => {
        const kappa = kappaOf(rows);
        const swapped = kappaOf(rows.map(([a, b]) => [b, a]));
        expect(swapped).toEqual(kappa);
        if (kappa.value !== undefined) expect(kappa.value).toBeLessThanOrEqual(1 + 1e-12);
        const self = kappaOf(rows.map(([a]) => [a, a]));
        if (self.value !== undefined) expect(self.value).toBeCloseTo(1, 12);
      }),
    );
  });
});
