import { scoreOf, undefinedScore, type AgreementScore } from './agreement-score';
import type { CodingTable } from './coding-table';

/**
 * Cohen's κ for two annotators (Cohen 1960; Artstein & Poesio 2008, "Inter-Coder Agreement for
 * Computational Linguistics", Computational Linguistics 34(4)): κ = (A_o − A_e) / (1 − A_e), where
 * A_e = Σ_k P(k|a)·P(k|b) uses each annotator's own distribution of categories. This is DKPro Agreement's CohenKappaAgreement
 * (Meyer et al. 2014) for two raters.
 *
 * Compares the first two columns; items one of them left uncoded are skipped, since κ is defined on
 * pairs. Undefined with no pair ('no-items') and when both used one and the same single category
 * (A_e = 1: 'single-category'; DKPro throws InsufficientDataException there).
 */
export function cohensKappa<C>(table: CodingTable<C>): AgreementScore {
  const first = new Map<C, number>();
  const second = new Map<C, number>();
  let pairs = 0;
  let agreeing = 0;
  for (const {
    values: [a, b],
    items,
  } of table) {
    if (a === undefined || b === undefined) continue;
    pairs += items;
    if (a === b) agreeing += items;
    first.set(a, (first.get(a) ?? 0) + items);
    second.set(b, (second.get(b) ?? 0) + items);
  }
  if (pairs === 0) return undefinedScore('no-items');
  let chanceProduct = 0;
  for (const [category, count] of first) chanceProduct += count * (second.get(category) ?? 0);
  const observed = agreeing / pairs;
  const expected = chanceProduct / (pairs * pairs);
  if (expected === 1) return undefinedScore('single-category');
  return scoreOf((observed - expected) / (1 - expected));
}
