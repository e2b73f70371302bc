import { scoreOf, undefinedScore, type AgreementScore } from './agreement-score';
import { countValues, type CodingTable } from './coding-table';

/**
 * Fleiss' κ for any number of annotators (Fleiss 1971, "Measuring nominal scale agreement among many
 * raters"; Artstein & Poesio 2008 call it multi-π): κ = (P̄ − P̄_e) / (1 − P̄_e), where
 * P_i = Σ_k n_ik(n_ik − 1) / (n_i(n_i − 1)) is the share of agreeing pairs of annotators on item i,
 * P̄ their mean, and P̄_e = Σ_k p_k² with p_k the share of all values that are k (one distribution
 * for all annotators, unlike Cohen's κ). With two annotators this is Scott's π.
 *
 * Fleiss assumes every item has the same number of values n. Where annotators left items uncoded,
 * items with fewer than two values are skipped and each item uses its own n_i; p_k counts the
 * values of those items. With a constant n this is exactly Fleiss' formula. (DKPro Agreement's
 * FleissKappaAgreement weights P_i by n_i instead; the two agree when n is constant.)
 *
 * Undefined without an item coded twice ('no-items') and when every value is one category
 * (P̄_e = 1: 'single-category').
 */
export function fleissKappa<C>(table: CodingTable<C>): AgreementScore {
  const categoryTotals = new Map<C, number>();
  let items = 0;
  let values = 0;
  let sumOfAgreement = 0;
  for (const row of table) {
    const counted = countValues(row.values);
    if (counted.values < 2) continue;
    items += row.items;
    values += counted.values * row.items;
    let agreeingPairs = 0;
    for (const [category, count] of counted.counts) {
      agreeingPairs += count * (count - 1);
      categoryTotals.set(category, (categoryTotals.get(category) ?? 0) + count * row.items);
    }
    sumOfAgreement += (row.items * agreeingPairs) / (counted.values * (counted.values - 1));
  }
  if (items === 0) return undefinedScore('no-items');
  let expected = 0;
  for (const total of categoryTotals.values()) expected += (total / values) ** 2;
  if (expected === 1) return undefinedScore('single-category');
  return scoreOf((sumOfAgreement / items - expected) / (1 - expected));
}
