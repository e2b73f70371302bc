import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedSpan } from '../../../shared/agreement/annotated-span';
import { spanPrecisionRecall } from '../../../shared/agreement/span-precision-recall';
import { spanIn } from './spans';

const PERSON = 1;
const PLACE = 2;

describe('span-level precision, recall and F1', () => {
  const text = 'Präsident der Russischen Föderation Wladimir Putin sprach in Moskau.';
  const reference = [
    spanIn(text, 'Präsident der Russischen Föderation', PERSON),
    spanIn(text, 'Wladimir Putin', PERSON),
    spanIn(text, 'Moskau', PLACE),
  ];
  const candidate = [
    spanIn(text, 'Russischen Föderation', PERSON),
    spanIn(text, 'Wladimir Putin', PERSON),
    spanIn(text, 'Moskau', PERSON),
  ];

  it('counts only identical spans with exact matching', () => {
    const result = spanPrecisionRecall([{ reference, candidate }], 'exact');
    expect(result.perLabel.get(PERSON)).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
    expect(result.perLabel.get(PERSON)?.precision.value).toBeCloseTo(1 / 3, 12);
    expect(result.perLabel.get(PERSON)?.recall.value).toBeCloseTo(1 / 2, 12);
    expect(result.perLabel.get(PERSON)?.f1.value).toBeCloseTo(0.4, 12);
    expect(result.perLabel.get(PLACE)).toMatchObject({
      truePositives: 0,
      falseNegatives: 1,
      precision: { value: undefined, reason: 'no-candidate-spans' },
      recall: { value: 0 },
      f1: { value: 0 },
    });
    expect(result.micro).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 2 });
    expect(result.micro.f1.value).toBeCloseTo(1 / 3, 12);
    // Macro precision has only PERSON's value: PLACE's is undefined.
    expect(result.macro.precision.value).toBeCloseTo(1 / 3, 12);
    expect(result.macro.f1.value).toBeCloseTo(0.2, 12);
  });

  it('counts overlapping spans of the same label, but never a span of another label', () => {
    const result = spanPrecisionRecall([{ reference, candidate }], 'overlap');
    expect(result.perLabel.get(PERSON)).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
    expect(result.perLabel.get(PLACE)).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
  });

  it('pairs overlapping spans one to one, the largest overlap first', () => {
    const long = { start: 0, end: 20, label: PERSON };
    const result = spanPrecisionRecall(
      [
        {
          reference: [long],
          candidate: [
            { start: 0, end: 5, label: PERSON },
            { start: 3, end: 19, label: PERSON },
          ],
        },
      ],
      'overlap',
    );
    expect(result.micro).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });

  it('sums counts over articles and reports requested labels nobody used', () => {
    const article = {
      reference: [{ start: 0, end: 2, label: PERSON }],
      candidate: [{ start: 0, end: 2, label: PERSON }],
    };
    const result = spanPrecisionRecall([article, article, { reference: [], candidate: [] }], 'exact', [PERSON, 7]);
    expect(result.perLabel.get(PERSON)).toMatchObject({ truePositives: 2, f1: { value: 1 } });
    expect(result.perLabel.get(7)?.f1).toEqual({ value: undefined, reason: 'no-spans' });
    expect(result.macro.f1.value).toBe(1);
  });

  it('says why nothing can be scored when there are no spans at all', () => {
    const result = spanPrecisionRecall([], 'overlap');
    expect(result.micro.f1).toEqual({ value: undefined, reason: 'no-spans' });
    expect(result.macro.f1).toEqual({ value: undefined, reason: 'no-spans' });
  });

  it('matches spans by UTF-16 offsets in text with emoji, CJK and RTL script', () => {
    const mixed = 'Flagge 🇩🇪 in 北京 und سلام عليكم 👨‍👩‍👧 ende';
    const same = [spanIn(mixed, '🇩🇪', PLACE), spanIn(mixed, '北京', PLACE), spanIn(mixed, 'سلام', PERSON)];
    // Half of a flag (one regional indicator) overlaps the flag but is not the same span.
    const flagHalf = { ...spanIn(mixed, '🇩🇪', PLACE), end: spanIn(mixed, '🇩🇪', PLACE).start + 2 };
    const exact = spanPrecisionRecall([{ reference: same, candidate: [flagHalf, ...same.slice(1)] }], 'exact');
    expect(exact.micro).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    const overlap = spanPrecisionRecall([{ reference: same, candidate: [flagHalf, ...same.slice(1)] }], 'overlap');
    expect(overlap.micro).toMatchObject({ truePositives: 3, falsePositives: 0, falseNegatives: 0 });
  });

  it('gives F1 = 1 for any annotator against itself, and swapping reference and candidate swaps P and R', () => {
    const span = fc
      .tuple(fc.nat(40), fc.integer({ min: 1, max: 8 }), fc.constantFrom(PERSON, PLACE))
      .map(([start, length, label]): AnnotatedSpan => ({ start, end: start + length, label }));
    fc.assert(
      fc.property(
        fc.array(span),
        fc.array(span),
        fc.constantFrom<'exact' | 'overlap'>('exact', 'overlap'),
        (a, b, mode) => {
          const self = spanPrecisionRecall([{ reference: a, candidate: a }], mode);
          if (a.length > 0) expect(self.micro.f1.value).toBe(1);
          const forward = spanPrecisionRecall([{ reference: a, candidate: b }], mode).micro;
          const backward = spanPrecisionRecall([{ reference: b, candidate: a }], mode).micro;
          expect(backward.precision.value).toEqual(forward.recall.value);
          expect(backward.recall.value).toEqual(forward.precision.value);
          expect(backward.f1).toEqual(forward.f1);
        },
      ),
    );
  });
});
