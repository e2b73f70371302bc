import * as z from 'zod';
import { AnnotationId, LabelId } from './annotation';
import { AnnotatorId } from './annotator';
import { ArticleId } from './article';
import { AnnotationVersion, LayerAnnotationId, LayerRef } from './layer';

/** Which two layers are curated, over which articles and labels; the result goes into the project's own layer. */
export const CurationQuery = z
  .strictObject({
    a: LayerRef,
    b: LayerRef,
    articleIds: z.array(ArticleId).optional(),
    labelIds: z.array(LabelId).optional(),
  })
  .refine(({ a, b }) => a !== b, 'Choose two different layers.');
export type CurationQuery = z.infer<typeof CurationQuery>;

/**
 * One side's version at a disagreement: an annotation of the project (`annotationId`) or of an
 * imported layer (`layerAnnotationId`), in the same shape so either can be written into the project.
 */
export const CurationItem = z.strictObject({
  annotationId: AnnotationId.optional(),
  layerAnnotationId: LayerAnnotationId.optional(),
  ...AnnotationVersion.shape,
});
export type CurationItem = z.infer<typeof CurationItem>;

/** What to do with a disagreement: take A's version, B's, both, neither, or say the analyst edited it by hand. */
export const CurationChoice = z.enum(['a', 'b', 'both', 'reject', 'edited']);
export type CurationChoice = z.infer<typeof CurationChoice>;

export const CurationDecision = z.strictObject({
  key: z.string(),
  articleId: ArticleId,
  choice: CurationChoice,
  decidedBy: AnnotatorId.optional(),
  decidedAt: z.string(),
});
export type CurationDecision = z.infer<typeof CurationDecision>;

/**
 * A place where layers A and B differ: span boundaries, label, a span only one has, or a claim both
 * marked whose claimant, about or attributes (stance, verdict) differ (`differences` names them).
 * `key` is stable across sessions (article uid, kind, offsets, labels), so a decision is found again.
 */
export const Disagreement = z.strictObject({
  key: z.string(),
  articleId: ArticleId,
  kind: z.enum(['boundary', 'label', 'only-a', 'only-b', 'claim']),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  a: CurationItem.optional(),
  b: CurationItem.optional(),
  differences: z.array(z.string()),
  /** What the project's own layer holds there now: what a choice replaces. */
  curated: z.array(CurationItem),
  decision: CurationDecision.optional(),
});
export type Disagreement = z.infer<typeof Disagreement>;
