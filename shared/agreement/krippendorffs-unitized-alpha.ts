import { scoreOf, undefinedScore, type AgreementScore } from './agreement-score';

/** A unit one annotator marked on the continuum, [begin, end) in characters. */
export interface ContinuumUnit<C> {
  readonly begin: number;
  readonly end: number;
  readonly annotator: number;
  readonly category: C;
}

/** Annotators 0…annotators−1 each unitizing the whole continuum [begin, begin + length). */
export interface UnitizingStudy<C> {
  readonly begin: number;
  readonly length: number;
  readonly annotators: number;
  readonly units: readonly ContinuumUnit<C>[];
}

export interface UnitizedAlpha<C> {
  /** 1 − Σ_c D_o,c / Σ_c D_e,c. */
  readonly overall: AgreementScore;
  readonly perCategory: ReadonlyMap<C, AgreementScore>;
}

/**
 * Krippendorff's unitizing α, uα (Krippendorff 1995, "On the reliability of unitizing continuous
 * data"; the form computed here is Krippendorff 2004, "Measuring the reliability of qualitative text
 * analysis data", Quality & Quantity 38: 787–800, as implemented by DKPro Agreement's
 * KrippendorffAlphaUnitizingAgreement, Meyer et al. 2014). Per category c, every annotator's units of
 * c and the gaps between them cut the continuum into segments, and
 *
 *   D_o,c = 1/(m(m−1)L²) · Σ_{i≠j} Σ_g Σ_h δ²(g, h) over annotator i's segments g and j's segments h,
 *   with δ² = (b_g − b_h)² + (e_g − e_h)² for two overlapping units, l_g² for a unit g lying inside
 *   a gap h (and l_h² the other way round), and 0 otherwise;
 *
 *   D_e,c = 2/L · Σ_g [ (N_c − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1) ]
 *           / (mL(mL − 1) − Σ_g l_g(l_g − 1)), over all N_c units g of c of all annotators,
 *
 * and uα_c = 1 − D_o,c / D_e,c. Overall, uα = 1 − Σ_c D_o,c / Σ_c D_e,c (DKPro averages both over
 * the categories, which is the same).
 *
 * The measure requires that one annotator's units of one category do not overlap; where they do
 * (a span inside another of the same label), they are merged into one unit over their union.
 * Units that only touch stay apart. Empty units are dropped: they cover no character.
 */
export function krippendorffsUnitizedAlpha<C>(
  study: UnitizingStudy<C>,
  categories: Iterable<C> = new Set(study.units.map((unit) => unit.category)),
): UnitizedAlpha<C> {
  const grouped = unitsByCategory(study);
  const byCategory = [...categories].map((category) => ({
    category,
    ...disagreementOf(study, grouped.get(category) ?? []),
  }));
  const perCategory = new Map(byCategory.map((c) => [c.category, alphaOf(study, c)]));
  const total = (key: keyof CategoryDisagreement) => byCategory.reduce((sum, c) => sum + c[key], 0);
  return {
    overall: alphaOf(study, { observed: total('observed'), expected: total('expected'), units: total('units') }),
    perCategory,
  };
}

export interface CategoryDisagreement {
  readonly observed: number;
  readonly expected: number;
  /** Units of the category after merging overlapping ones, over all annotators. */
  readonly units: number;
}

/** D_o,c and D_e,c (0 and 0 without units of c). */
export function categoryDisagreement<C>(study: UnitizingStudy<C>, category: C): CategoryDisagreement {
  return disagreementOf(
    study,
    study.units.filter((unit) => unit.category === category),
  );
}

function unitsByCategory<C>(study: UnitizingStudy<C>): Map<C, ContinuumUnit<C>[]> {
  const grouped = new Map<C, ContinuumUnit<C>[]>();
  for (const unit of study.units) {
    const same = grouped.get(unit.category);
    if (same === undefined) grouped.set(unit.category, [unit]);
    else same.push(unit);
  }
  return grouped;
}

/** D_o,c and D_e,c from the units of one category. */
function disagreementOf(
  study: UnitizingStudy<unknown>,
  units: readonly ContinuumUnit<unknown>[],
): CategoryDisagreement {
  const { begin, length: L, annotators: m } = study;
  if (m < 2 || L <= 0) return { observed: 0, expected: 0, units: 0 };
  const byAnnotator = Array.from({ length: m }, (): ContinuumUnit<unknown>[] => []);
  for (const unit of units) byAnnotator[unit.annotator]?.push(unit);
  const segmentations = byAnnotator.map((own) => segmentsOf(own, begin, begin + L));
  let observedSum = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) observedSum += pairDisagreement(segmentations[i] ?? [], segmentations[j] ?? []);
  }
  const segments = segmentations.flat();
  const unitLengths = segments.filter((segment) => segment.isUnit).map(lengthOf);
  const gapLengths = segments.filter((segment) => !segment.isUnit).map(lengthOf);
  return {
    observed: (2 * observedSum) / (m * (m - 1) * L * L),
    expected: expectedDisagreement(unitLengths, gapLengths, m, L),
    units: unitLengths.length,
  };
}

interface Segment {
  readonly begin: number;
  readonly end: number;
  readonly isUnit: boolean;
}

const lengthOf = (segment: Segment): number => segment.end - segment.begin;

/** One annotator's units of a category, merged where they overlap, and the gaps between them. */
function segmentsOf(units: readonly ContinuumUnit<unknown>[], begin: number, end: number): Segment[] {
  const sorted = units
    .map((unit) => ({ begin: Math.max(begin, unit.begin), end: Math.min(end, unit.end) }))
    .filter((unit) => unit.end > unit.begin)
    .sort((a, b) => a.begin - b.begin || a.end - b.end);
  const segments: Segment[] = [];
  let position = begin;
  for (const unit of sorted) {
    const last = segments.at(-1);
    if (last?.isUnit && unit.begin < last.end) {
      segments[segments.length - 1] = { ...last, end: Math.max(last.end, unit.end) };
      position = Math.max(position, unit.end);
      continue;
    }
    if (unit.begin > position) segments.push({ begin: position, end: unit.begin, isUnit: false });
    segments.push({ begin: unit.begin, end: unit.end, isUnit: true });
    position = unit.end;
  }
  if (position < end) segments.push({ begin: position, end, isUnit: false });
  return segments;
}

/** Σ δ² over all overlapping pairs of two segmentations of the same continuum, by a sweep. */
function pairDisagreement(first: readonly Segment[], second: readonly Segment[]): number {
  let sum = 0;
  let p = 0;
  let q = 0;
  while (p < first.length && q < second.length) {
    const g = first[p];
    const h = second[q];
    if (g === undefined || h === undefined) break;
    sum += distance(g, h);
    if (g.end <= h.end) p++;
    if (h.end <= g.end) q++;
  }
  return sum;
}

/** δ² of two overlapping segments (Krippendorff 2004; DKPro's measureDistance). */
function distance(g: Segment, h: Segment): number {
  if (g.isUnit && h.isUnit) return (g.begin - h.begin) ** 2 + (g.end - h.end) ** 2;
  if (g.isUnit && h.begin <= g.begin && g.end <= h.end) return lengthOf(g) ** 2;
  if (h.isUnit && g.begin <= h.begin && h.end <= g.end) return lengthOf(h) ** 2;
  return 0;
}

function expectedDisagreement(units: readonly number[], gaps: readonly number[], m: number, L: number): number {
  const count = units.length;
  if (count === 0) return 0;
  // Σ over gaps at least as long as l of (l_h − l + 1), from suffix sums of the sorted gap lengths.
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const suffixSums = new Float64Array(sortedGaps.length + 1);
  for (let k = sortedGaps.length - 1; k >= 0; k--) suffixSums[k] = (suffixSums[k + 1] ?? 0) + (sortedGaps[k] ?? 0);
  let numerator = 0;
  let selfPairs = 0;
  for (const l of units) {
    const first = firstAtLeast(sortedGaps, l);
    const longEnough = sortedGaps.length - first;
    const gapPlacements = (suffixSums[first] ?? 0) - longEnough * (l - 1);
    numerator += ((count - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * gapPlacements;
    selfPairs += l * (l - 1);
  }
  return ((2 / L) * numerator) / (m * L * (m * L - 1) - selfPairs);
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Infinity) >= value) high = middle;
    else low = middle + 1;
  }
  return low;
}

function alphaOf(study: UnitizingStudy<unknown>, { observed, expected, units }: CategoryDisagreement): AgreementScore {
  if (study.annotators < 2) return undefinedScore('fewer-than-two-annotators');
  if (study.length <= 0) return undefinedScore('no-items');
  if (units === 0) return undefinedScore('no-units');
  // Only a continuum of one character that every annotator marked whole gets here.
  if (expected === 0) return undefinedScore('single-category');
  return scoreOf(1 - observed / expected);
}
