import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleissKappa } from '../../../shared/agreement/fleiss-kappa';
import { codingTable, oneVsRest } from '../../../shared/agreement/coding-table';
import { fromCategoryCounts } from './coding-examples';

const kappaOf = (rows: readonly (readonly unknown[])[]) => fleissKappa(codingTable(rows));

describe("Fleiss' kappa", () => {
  it('is 0.210 for the Wikipedia example of 10 subjects rated by 14 raters into 5 categories', () => {
    // https://en.wikipedia.org/wiki/Fleiss%27_kappa, "Worked example": P̄ = 0.378, P̄_e = 0.213.
    const table = fromCategoryCounts([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    expect(fleissKappa(table).value).toBeCloseTo(0.21, 3);
  });

  it("is 0.430 for Fleiss' (1971: 379) 30 patients × 6 psychiatrists, and per category as Fleiss reports", () => {
    // The same data and values as DKPro Agreement's Fleiss1971Test.
    const table = codingTable([
      [4, 4, 4, 4, 4, 4],
      [2, 2, 2, 5, 5, 5],
      [2, 3, 3, 3, 3, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3],
      [3, 3, 3, 3, 5, 5],
      [1, 1, 3, 3, 3, 4],
      [1, 1, 4, 4, 4, 4],
      [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4],
      [1, 2, 4, 4, 4, 4],
      [2, 2, 2, 3, 3, 3],
      [1, 4, 4, 4, 4, 4],
      [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5],
      [1, 1, 1, 4, 5, 5],
      [1, 1, 1, 1, 1, 2],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 4, 4, 4, 4, 4],
      [2, 2, 4, 5, 5, 5],
      [1, 1, 4, 4, 4, 4],
      [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4],
      [1, 1, 1, 1, 5, 5],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 3, 3, 3],
      [5, 5, 5, 5, 5, 5],
    ]);
    expect(fleissKappa(table).value).toBeCloseTo(0.43, 3);
    // Fleiss' κ_j is κ of the table recoded to "category j or not".
    const perCategory = [1, 2, 3, 4, 5].map((j) => fleissKappa(oneVsRest(table, (value) => value === j)).value);
    const expected = [0.248, 0.248, 0.517, 0.47, 0.565];
    perCategory.forEach((kappa, j) => expect(Math.abs((kappa ?? NaN) - (expected[j] ?? NaN))).toBeLessThan(0.005));
  });

  it('is 1 for perfect agreement, skips items with fewer than two values, and says why it has none', () => {
    expect(
      kappaOf([
        ['a', 'a', 'a'],
        ['b', 'b', undefined],
        ['c', undefined, undefined],
      ]).value,
    ).toBe(1);
    expect(kappaOf([[undefined, 'a', undefined]])).toEqual({ value: undefined, reason: 'no-items' });
    expect(kappaOf([['a', 'a', 'a']])).toEqual({ value: undefined, reason: 'single-category' });
  });

  it('does not depend on the order of annotators and is at most 1', () => {
    const item = fc.array(fc.constantFrom('a', 'b', undefined), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(item), (rows) => {
        const kappa = kappaOf(rows);
        expect(kappaOf(rows.map((row) => [...row].reverse()))).toEqual(kappa);
        if (kappa.value !== undefined) expect(kappa.value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
