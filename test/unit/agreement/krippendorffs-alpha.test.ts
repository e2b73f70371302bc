import fc from 'fast-check';
import { codingTable } from '../../../shared/agreement/coding-table';
import { describe, expect, it } from 'vitest';
import { coincidenceMatrix, krippendorffsAlpha } from '../../../shared/agreement/krippendorffs-alpha';

const alphaOf = (rows: readonly (readonly unknown[])[]) => krippendorffsAlpha(codingTable(rows));

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
 * values 1–5, with missing values (also DKPro Agreement's Krippendorff2004Test.createExample3).
 */
const _ = undefined;
const KRIPPENDORFF_2011: (number | undefined)[][] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, _, 3, _],
];

describe("Krippendorff's alpha (nominal)", () => {
  it("is 0.743 for Krippendorff's 2011 worked example with missing values", () => {
    expect(alphaOf(KRIPPENDORFF_2011).value).toBeCloseTo(0.743, 3);
  });

  it('builds the coincidence matrix of the worked example (n = 40, o_11 = 7, o_12 = 4/3)', () => {
    const matrix = coincidenceMatrix(codingTable(KRIPPENDORFF_2011));
    expect(matrix.pairableValues).toBe(40);
    expect(matrix.coincidences.get(1)?.get(1)).toBeCloseTo(7, 10);
    expect(matrix.coincidences.get(1)?.get(2)).toBeCloseTo(4 / 3, 10);
    expect(matrix.coincidences.get(2)?.get(1)).toBeCloseTo(4 / 3, 10);
    expect([...matrix.totals.entries()].sort()).toEqual([
      [1, 9],
      [2, 13],
      [3, 10],
      [4, 5],
      [5, 3],
    ]);
  });

  it('is 1 for perfect agreement and says why it has no value without pairable values or variation', () => {
    expect(
      alphaOf([
        ['a', 'a'],
        ['b', 'b', 'b'],
      ]).value,
    ).toBe(1);
    expect(
      alphaOf([
        ['a', _],
        [_, 'b'],
      ]),
    ).toEqual({ value: undefined, reason: 'no-items' });
    expect(
      alphaOf([
        ['a', 'a'],
        ['a', 'a', _],
      ]),
    ).toEqual({ value: undefined, reason: 'single-category' });
  });

  it('is at most 1, does not depend on the order of annotators, and is 1 for a table agreeing with itself', () => {
    const item = fc.array(fc.constantFrom('a', 'b', 'c', undefined), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(item), (rows) => {
        const alpha = alphaOf(rows);
        if (alpha.value !== undefined) {
          expect(alpha.value).toBeLessThanOrEqual(1 + 1e-12);
          expect(alphaOf(rows.map((row) => [...row].reverse())).value).toBeCloseTo(alpha.value, 10);
        }
        const self = alphaOf(rows.map((row) => [row[0], row[0]]));
        if (self.value !== undefined) expect(self.value).toBe(1);
      }),
    );
  });
});
