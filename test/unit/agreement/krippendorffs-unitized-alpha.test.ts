import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoryDisagreement,
  krippendorffsUnitizedAlpha,
  type ContinuumUnit,
  type UnitizingStudy,
} from '../../../shared/agreement/krippendorffs-unitized-alpha';

const unit = <C>(begin: number, length: number, annotator: number, category: C): ContinuumUnit<C> => ({
  begin,
  end: begin + length,
  annotator,
  category,
});

/**
 * Krippendorff (2004: p. 254), "Measuring the reliability of qualitative text analysis data": two
 * observers, continuum 150–450, categories c and k. Krippendorff reports uα_c = 0.7286 (D_o = 0.0144,
 * D_e = 0.0532), uα_k = 1 and uα = 0.8591; DKPro Agreement's unitizing Krippendorff2004Test checks
 * the same values.
 */
const KRIPPENDORFF_2004: UnitizingStudy<string> = {
  begin: 150,
  length: 300,
  annotators: 2,
  units: [
    unit(225, 70, 0, 'c'),
    unit(370, 30, 0, 'c'),
    unit(220, 80, 1, 'c'),
    unit(355, 20, 1, 'c'),
    unit(400, 20, 1, 'c'),
    unit(180, 60, 0, 'k'),
    unit(300, 50, 0, 'k'),
    unit(180, 60, 1, 'k'),
    unit(300, 50, 1, 'k'),
  ],
};

/**
 * Krippendorff (1995: p. 57), "On the reliability of unitizing continuous data": four pairs of coders
 * (A–D) on a continuum of 24, as DKPro Agreement's Krippendorff1995Test encodes it; `stretch`
 * multiplies every position, which leaves D_o unchanged and lets D_e approach its continuous limit.
 */
function krippendorff1995(stretch: number): UnitizingStudy<string> {
  const s = (units: [number, number, number, string][]) =>
    units.map(([b, l, a, c]) => unit(b * stretch, l * stretch, a, c));
  return {
    begin: 0,
    length: 24 * stretch,
    annotators: 2,
    units: s([
      [2, 8, 0, 'A'],
      [14, 6, 0, 'A'],
      [4, 4, 1, 'A'],
      [15, 2, 1, 'A'],
      [0, 18, 0, 'B'],
      [0, 2, 1, 'B'],
      [2, 1, 1, 'B'],
      [3, 1, 1, 'B'],
      [4, 1, 1, 'B'],
      [5, 1, 1, 'B'],
      [6, 3, 1, 'B'],
      [9, 1, 1, 'B'],
      [2, 6, 0, 'C'],
      [10, 2, 0, 'C'],
      [14, 4, 0, 'C'],
      [20, 2, 0, 'C'],
      [0, 2, 1, 'C'],
      [4, 4, 1, 'C'],
      [10, 4, 1, 'C'],
      [16, 2, 1, 'C'],
      [20, 2, 1, 'C'],
      [0, 2, 0, 'D'],
      [2, 8, 0, 'D'],
      [10, 4, 0, 'D'],
      [14, 6, 0, 'D'],
      [20, 4, 0, 'D'],
      [0, 4, 1, 'D'],
      [4, 4, 1, 'D'],
      [8, 7, 1, 'D'],
      [15, 2, 1, 'D'],
      [17, 7, 1, 'D'],
    ]),
  };
}

describe("Krippendorff's unitizing alpha", () => {
  it("gives Krippendorff's (2004) published values for his worked example", () => {
    expect(categoryDisagreement(KRIPPENDORFF_2004, 'c').observed).toBeCloseTo(0.0144, 4);
    expect(categoryDisagreement(KRIPPENDORFF_2004, 'c').expected).toBeCloseTo(0.0532, 4);
    expect(categoryDisagreement(KRIPPENDORFF_2004, 'k').expected).toBeCloseTo(0.049, 4);
    const alpha = krippendorffsUnitizedAlpha(KRIPPENDORFF_2004);
    expect(alpha.perCategory.get('c')?.value).toBeCloseTo(0.7286, 4);
    expect(alpha.perCategory.get('k')?.value).toBe(1);
    expect(Math.abs((alpha.overall.value ?? NaN) - 0.8591)).toBeLessThan(0.0005);
  });

  it("gives Krippendorff's (1995) observed disagreements and, on a fine continuum, his alphas", () => {
    const coarse = krippendorff1995(1);
    const observed = ['A', 'B', 'C', 'D'].map((c) => categoryDisagreement(coarse, c).observed);
    [0.03125, 2.26736, 0.02777, 0.38715].forEach((value, i) =>
      expect(Math.abs((observed[i] ?? NaN) - value)).toBeLessThan(1e-5),
    );
    // The published alphas are for a continuous scale; DKPro checks them within 0.02 at stretch 50,000.
    const fine = krippendorffsUnitizedAlpha(krippendorff1995(50_000)).perCategory;
    const published = { A: 0.553, B: -0.926, C: 0.679, D: 0.066 };
    for (const [category, value] of Object.entries(published)) {
      expect(Math.abs((fine.get(category)?.value ?? NaN) - value)).toBeLessThan(0.02);
    }
  });

  it('merges overlapping units of one annotator and category, but not touching ones', () => {
    const nested = { ...KRIPPENDORFF_2004, units: [...KRIPPENDORFF_2004.units, unit(230, 10, 0, 'c')] };
    expect(krippendorffsUnitizedAlpha(nested).perCategory.get('c')).toEqual(
      krippendorffsUnitizedAlpha(KRIPPENDORFF_2004).perCategory.get('c'),
    );
    const split = {
      begin: 0,
      length: 10,
      annotators: 2,
      units: [unit(2, 3, 0, 'x'), unit(5, 3, 0, 'x'), unit(2, 6, 1, 'x')],
    };
    expect(krippendorffsUnitizedAlpha(split).overall.value).toBeLessThan(1);
  });

  it('says why it has no value: no annotators to compare, no continuum, no units of a category', () => {
    const one = { begin: 0, length: 10, annotators: 1, units: [unit(0, 2, 0, 'x')] };
    expect(krippendorffsUnitizedAlpha(one).overall).toEqual({ value: undefined, reason: 'fewer-than-two-annotators' });
    const empty = { begin: 0, length: 0, annotators: 2, units: [] };
    expect(krippendorffsUnitizedAlpha(empty).overall).toEqual({ value: undefined, reason: 'no-items' });
    const none = { begin: 0, length: 10, annotators: 2, units: [unit(3, 0, 0, 'x')] };
    expect(krippendorffsUnitizedAlpha(none, ['x', 'y']).perCategory.get('y')).toEqual({
      value: undefined,
      reason: 'no-units',
    });
    expect(krippendorffsUnitizedAlpha(none).overall).toEqual({ value: undefined, reason: 'no-units' });
  });

  it('is 1 for identical unitizations, at most 1 otherwise, and symmetric in the annotators', () => {
    const units = fc.array(fc.tuple(fc.nat(30), fc.integer({ min: 1, max: 10 }), fc.constantFrom('x', 'y')), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(units, units, (first, second) => {
        const layer = (spans: [number, number, string][], annotator: number) =>
          spans.map(([b, l, c]) => unit(b, l, annotator, c));
        const study = (a: ContinuumUnit<string>[], b: ContinuumUnit<string>[]) => ({
          begin: 0,
          length: 40,
          annotators: 2,
          units: [...a, ...b],
        });
        const self = krippendorffsUnitizedAlpha(study(layer(first, 0), layer(first, 1)));
        expect(self.overall.value).toBe(1);
        const forward = krippendorffsUnitizedAlpha(study(layer(first, 0), layer(second, 1))).overall;
        const backward = krippendorffsUnitizedAlpha(study(layer(second, 0), layer(first, 1))).overall;
        if (forward.value === undefined) expect(backward).toEqual(forward);
        else {
          expect(forward.value).toBeLessThanOrEqual(1);
          expect(backward.value).toBeCloseTo(forward.value, 12);
        }
      }),
    );
  });
});
