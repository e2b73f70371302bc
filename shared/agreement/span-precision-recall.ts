import type { LabelId } from '../model/annotation';
import { scoreOf, undefinedScore, type AgreementScore } from './agreement-score';
import type { AnnotatedSpan } from './annotated-span';
import { matchSpansByOverlap, matchSpansExactly, sameLabel, type SpanMatching } from './span-matching';

/**
 * How a compared span counts as found in the reference:
 * - 'exact': same start, end and label;
 * - 'overlap': same label and at least one shared UTF-16 code unit, paired one to one, greedily by
 *   the largest shared length (see matchSpansByOverlap); a reference span overlapped by two compared
 *   spans pairs with one, and the other counts as a false positive.
 */
export type SpanMatchMode = 'exact' | 'overlap';

/** One article's spans of the reference annotator and of the annotator compared with it. */
export interface SpanComparison {
  readonly reference: readonly AnnotatedSpan[];
  readonly candidate: readonly AnnotatedSpan[];
}

export interface PrecisionRecall {
  readonly truePositives: number;
  /** Compared spans with no partner in the reference. */
  readonly falsePositives: number;
  /** Reference spans with no partner among the compared ones. */
  readonly falseNegatives: number;
  readonly precision: AgreementScore;
  readonly recall: AgreementScore;
  /** 2TP / (2TP + FP + FN): defined whenever either side has a span, even where P or R is not. */
  readonly f1: AgreementScore;
}

export interface SpanPrecisionRecall {
  readonly perLabel: ReadonlyMap<LabelId, PrecisionRecall>;
  /** From the counts summed over labels. */
  readonly micro: PrecisionRecall;
  /** The mean of the per-label scores, over the labels where each score is defined. */
  readonly macro: { readonly precision: AgreementScore; readonly recall: AgreementScore; readonly f1: AgreementScore };
}

/**
 * Span-level precision, recall and F1 of one annotator against another taken as the reference, as
 * reported for named-entity recognition (the CoNLL shared tasks score exact matches), over one or more
 * articles.
 * `labels`, when given, lists the labels to report (each one, even if neither annotator used it);
 * spans of other labels are ignored. Otherwise every label either annotator used is reported.
 */
export function spanPrecisionRecall(
  articles: readonly SpanComparison[],
  mode: SpanMatchMode,
  labels?: readonly LabelId[],
): SpanPrecisionRecall {
  const counts = new Map<LabelId, { tp: number; fp: number; fn: number }>();
  const countsOf = (label: LabelId) => {
    let found = counts.get(label);
    if (found === undefined) counts.set(label, (found = { tp: 0, fp: 0, fn: 0 }));
    return found;
  };
  for (const label of labels ?? []) countsOf(label);
  const wanted = labels === undefined ? () => true : (span: AnnotatedSpan) => counts.has(span.label);
  for (const { reference, candidate } of articles) {
    const matching = match(reference.filter(wanted), candidate.filter(wanted), mode);
    for (const [span] of matching.pairs) countsOf(span.label).tp++;
    for (const span of matching.unmatchedFirst) countsOf(span.label).fn++;
    for (const span of matching.unmatchedSecond) countsOf(span.label).fp++;
  }
  const perLabel = new Map([...counts].sort(([a], [b]) => a - b).map(([label, c]) => [label, scores(c)] as const));
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const all = [...perLabel.values()];
  return {
    perLabel,
    micro: scores(total),
    macro: {
      precision: meanOfDefined(all.map((s) => s.precision)),
      recall: meanOfDefined(all.map((s) => s.recall)),
      f1: meanOfDefined(all.map((s) => s.f1)),
    },
  };
}

function match(
  reference: readonly AnnotatedSpan[],
  candidate: readonly AnnotatedSpan[],
  mode: SpanMatchMode,
): SpanMatching {
  return mode === 'exact'
    ? matchSpansExactly(reference, candidate)
    : matchSpansByOverlap(reference, candidate, sameLabel);
}

function scores({ tp, fp, fn }: { tp: number; fp: number; fn: number }): PrecisionRecall {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? undefinedScore('no-candidate-spans') : scoreOf(tp / (tp + fp)),
    recall: tp + fn === 0 ? undefinedScore('no-reference-spans') : scoreOf(tp / (tp + fn)),
    f1: tp + fp + fn === 0 ? undefinedScore('no-spans') : scoreOf((2 * tp) / (2 * tp + fp + fn)),
  };
}

/** Undefined, with the first reason, only if no label has a value. */
function meanOfDefined(scores: readonly AgreementScore[]): AgreementScore {
  const values = scores.flatMap((score) => (score.value === undefined ? [] : [score.value]));
  if (values.length > 0) return scoreOf(values.reduce((sum, value) => sum + value, 0) / values.length);
  const first = scores[0];
  return first === undefined ? undefinedScore('no-spans') : first;
}
