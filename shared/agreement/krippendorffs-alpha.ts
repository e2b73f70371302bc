import { scoreOf, undefinedScore, type AgreementScore } from './agreement-score';
import { countValues, type CodingTable } from './coding-table';

/**
 * Krippendorff's coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 * section C: any number of observers, missing values): every item u with m_u ≥ 2 values ("pairable")
 * contributes, for each ordered pair of values from different annotators, 1/(m_u − 1) to o_ck. Items with fewer than two values cannot be
 * compared and are left out, which is how α handles missing values. Each pairable value therefore
 * adds exactly 1 to its row: n_c = Σ_k o_ck is the number of pairable values of category c.
 */
export interface CoincidenceMatrix<C> {
  /** o_ck, symmetric; absent entries are 0. */
  readonly coincidences: ReadonlyMap<C, ReadonlyMap<C, number>>;
  /** n_c. */
  readonly totals: ReadonlyMap<C, number>;
  /** n = Σ_c n_c, the number of pairable values. */
  readonly pairableValues: number;
}

export function coincidenceMatrix<C>(table: CodingTable<C>): CoincidenceMatrix<C> {
  const coincidences = new Map<C, Map<C, number>>();
  const totals = new Map<C, number>();
  let pairableValues = 0;
  for (const row of table) {
    const { counts, values } = countValues(row.values);
    if (values < 2) continue;
    pairableValues += values * row.items;
    for (const [c, countC] of counts) {
      totals.set(c, (totals.get(c) ?? 0) + countC * row.items);
      let matrixRow = coincidences.get(c);
      if (matrixRow === undefined) coincidences.set(c, (matrixRow = new Map<C, number>()));
      for (const [k, countK] of counts) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        if (pairs > 0) matrixRow.set(k, (matrixRow.get(k) ?? 0) + (pairs * row.items) / (values - 1));
      }
    }
  }
  return { coincidences, totals, pairableValues };
}

/**
 * Krippendorff's α for nominal data (Krippendorff 2011, section C, nominal metric):
 * α = 1 − D_o/D_e = ((n − 1)·Σ_c o_cc − Σ_c n_c(n_c − 1)) / (n(n − 1) − Σ_c n_c(n_c − 1)),
 * any number of annotators, missing values allowed. This is DKPro Agreement's
 * KrippendorffAlphaAgreement with the NominalDistanceFunction (Meyer et al. 2014).
 *
 * Undefined without pairable values ('no-items') and when all pairable values are one category
 * (D_e = 0: 'single-category'; Krippendorff 2011 notes α is then 0/0, and DKPro throws).
 */
export function krippendorffsAlpha<C>(table: CodingTable<C>): AgreementScore {
  const { coincidences, totals, pairableValues: n } = coincidenceMatrix(table);
  if (n === 0) return undefinedScore('no-items');
  let agreeing = 0;
  let chancePairs = 0;
  for (const [c, total] of totals) {
    agreeing += coincidences.get(c)?.get(c) ?? 0;
    chancePairs += total * (total - 1);
  }
  const expectedDenominator = n * (n - 1) - chancePairs;
  if (expectedDenominator === 0) return undefinedScore('single-category');
  return scoreOf(((n - 1) * agreeing - chancePairs) / expectedDenominator);
}
