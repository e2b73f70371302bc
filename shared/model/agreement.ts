import * as z from 'zod';
import { LabelId } from './annotation';
import { ArticleId } from './article';
import { LAYER_LIMITS, LayerRef } from './layer';

/** Why a coefficient has no value: the reasons of shared/agreement/agreement-score.ts. */
export const UndefinedScoreReason = z.enum([
  'no-items',
  'single-category',
  'no-spans',
  'no-reference-spans',
  'no-candidate-spans',
  'no-units',
  'not-two-annotators',
  'fewer-than-two-annotators',
]);

/** A coefficient's value, or why it has none (never NaN, never a silent 0). */
export const Score = z.union([z.strictObject({ value: z.number() }), z.strictObject({ reason: UndefinedScoreReason })]);
export type Score = z.infer<typeof Score>;

/** Which layers to compare, over which articles and labels. */
export const AgreementQuery = z.strictObject({
  /** The annotators, in order; the first is the reference of precision and recall. */
  layers: z
    .array(LayerRef)
    .min(2)
    .max(LAYER_LIMITS.layersPerCallMax)
    .refine((layers) => new Set(layers).size === layers.length, 'A layer is chosen twice.'),
  /** Absent: every article any of the layers annotated. */
  articleIds: z.array(ArticleId).optional(),
  /** Absent: every label any of the layers used. */
  labelIds: z.array(LabelId).optional(),
});
export type AgreementQuery = z.infer<typeof AgreementQuery>;

export const PrecisionRecallScores = z.strictObject({
  truePositives: z.number().int().nonnegative(),
  falsePositives: z.number().int().nonnegative(),
  falseNegatives: z.number().int().nonnegative(),
  precision: Score,
  recall: Score,
  f1: Score,
});

/** Span-level scores of one layer against the reference, exact and overlapping matches. */
export const SpanScores = z.strictObject({
  compared: LayerRef,
  exact: PrecisionRecallScores,
  overlap: PrecisionRecallScores,
});

/** The chance-corrected coefficients of one label (one-vs-rest) or of all labels together. */
export const Coefficients = z.strictObject({
  /** Token level, exactly two layers. */
  cohensKappa: Score,
  /** Token level, two or more layers. */
  fleissKappa: Score,
  /** Token level, nominal, missing values allowed. */
  krippendorffsAlpha: Score,
  /** On the spans themselves (Krippendorff's uα). */
  unitizedAlpha: Score,
});

export const LabelAgreement = z.strictObject({
  /** Absent: overall, every compared label together. */
  labelId: LabelId.optional(),
  spans: z.array(SpanScores),
  coefficients: Coefficients,
});
export type LabelAgreement = z.infer<typeof LabelAgreement>;

/** Token categories of the first two layers: `'O'` is "no label". */
export const ConfusionMatrix = z.strictObject({
  categories: z.array(z.union([LabelId, z.literal('O')])),
  /** counts[row][column]: the first layer chose the row's category where the second chose the column's. */
  counts: z.array(z.array(z.number().int().nonnegative())),
});

/** One place where the first two layers differ (see shared/agreement/span-disagreements.ts). */
export const AgreementDisagreement = z.strictObject({
  articleId: ArticleId,
  kind: z.enum(['boundary', 'label', 'only-first', 'only-second']),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  firstLabelId: LabelId.optional(),
  secondLabelId: LabelId.optional(),
  /** The text the disagreement covers, for the list. */
  quote: z.string(),
});
export type AgreementDisagreement = z.infer<typeof AgreementDisagreement>;

export const AgreementReport = z.strictObject({
  query: AgreementQuery,
  /** Articles compared, and those left out of uα because a layer has not annotated them. */
  articles: z.number().int().nonnegative(),
  unitizedSkippedArticles: z.number().int().nonnegative(),
  tokens: z.number().int().nonnegative(),
  overall: LabelAgreement,
  perLabel: z.array(LabelAgreement),
  confusion: ConfusionMatrix,
  /** In text order per article; at most `AGREEMENT_DISAGREEMENTS_MAX`, `disagreementCount` says how many in all. */
  disagreements: z.array(AgreementDisagreement),
  disagreementCount: z.number().int().nonnegative(),
});
export type AgreementReport = z.infer<typeof AgreementReport>;

export const AGREEMENT_DISAGREEMENTS_MAX = 5_000;
