import * as z from 'zod';
import { EntityId, Fragments, LabelId } from './annotation';
import { AnnotatorId } from './annotator';
import { ArticleId, PublishedDate } from './article';

export const LAYER_LIMITS = { nameMaxChars: 100, layersPerCallMax: 20 } as const;

export const LayerId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export type LayerId = z.infer<typeof LayerId>;

/**
 * Which annotations a team view reads: the project's own (`'project'` — what the analyst edits,
 * exports, and what curation writes into: the curated layer) or a colleague's imported layer. A
 * colleague's work is kept beside the project's, never merged into it, so nothing is overwritten.
 */
export const LayerRef = z.union([z.literal('project'), LayerId]);
export type LayerRef = z.infer<typeof LayerRef>;

/** The file formats a colleague's layer can come in: those the annotation import reads. */
export const LayerFormat = z.enum(['bundle', 'w3c', 'brat', 'doccano', 'label-studio']);
export type LayerFormat = z.infer<typeof LayerFormat>;

export const LayerName = z.string().trim().min(1, 'Enter a name for the layer.').max(LAYER_LIMITS.nameMaxChars);

/** A colleague's imported work: whose it is, where it came from, and how much it holds. */
export const Layer = z.strictObject({
  id: LayerId,
  uid: z.string(),
  /** Shown in the layer list; the colleague's name unless renamed. */
  name: LayerName,
  /** The colleague, registered as an annotator of this project (found again by uid when a bundle names one). */
  annotatorId: AnnotatorId,
  format: LayerFormat,
  fileNames: z.array(z.string()),
  importedAt: z.string(),
  importedBy: AnnotatorId.optional(),
  articleCount: z.number().int().nonnegative(),
  annotationCount: z.number().int().nonnegative(),
});
export type Layer = z.infer<typeof Layer>;

export const LayerAnnotationId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export type LayerAnnotationId = z.infer<typeof LayerAnnotationId>;

/**
 * A claim as a colleague coded it. People are named as the colleague named them and linked to the
 * project's entity of that name and type when one exists; attributes use the project's labels.
 */
export const LayerClaim = z.strictObject({
  claimantName: z.string().optional(),
  claimantEntityId: EntityId.optional(),
  aboutNames: z.array(z.string()),
  aboutEntityIds: z.array(EntityId),
  /** Claim attribute label id → value label id, as in ClaimDetails. */
  attributes: z.record(LabelId, LabelId),
  date: PublishedDate.optional(),
});
export type LayerClaim = z.infer<typeof LayerClaim>;

/** What one annotator's version of an annotation says, whichever layer holds it. */
export const AnnotationVersion = z.strictObject({
  labelId: LabelId,
  fragments: Fragments,
  quote: z.string(),
  entityId: EntityId.optional(),
  entityName: z.string().optional(),
  claim: LayerClaim.optional(),
});

/**
 * One annotation of a colleague's layer, in the project's unit (UTF-16 offsets of the stored text,
 * converted at import like every other format). Labels are the project's (missing ones are added to
 * the schema at import and reported); the entity is the project's when one matches by uid, else by
 * name and type, and otherwise only named, to be created if curation accepts it.
 */
export const LayerAnnotation = z.strictObject({
  id: LayerAnnotationId,
  layerId: LayerId,
  articleId: ArticleId,
  ...AnnotationVersion.shape,
  note: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type LayerAnnotation = z.infer<typeof LayerAnnotation>;

/** What importing a colleague's files did: the new layer, or nothing and why. */
export const LayerImportReport = z.strictObject({
  files: z.array(z.string()),
  /** False when any problem was found: then no layer was added. */
  imported: z.boolean(),
  layer: Layer.optional(),
  /** Documents matched to the project's articles by text hash (also after a re-encoding or CRLF). */
  matched: z.array(
    z.strictObject({ name: z.string(), articleId: ArticleId, annotations: z.number().int().nonnegative() }),
  ),
  /** Documents of the files that are not in this project, left out (a layer annotates the project's articles). */
  unmatched: z.array(z.string()),
  labelsAdded: z.array(z.string()),
  warnings: z.array(z.string()),
  problems: z.array(z.strictObject({ place: z.string(), message: z.string() })),
});
export type LayerImportReport = z.infer<typeof LayerImportReport>;
