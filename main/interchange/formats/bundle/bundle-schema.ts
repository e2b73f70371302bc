import * as z from 'zod';
import {
  ANNOTATION_LIMITS,
  EntityName,
  ExternalId,
  LabelColor,
  LabelHotkey,
  LabelKind,
  LabelName,
  TextQuote,
} from '../../../../shared/model/annotation';
import { AnnotatorIdentity } from '../../../../shared/model/annotator';
import { ArticleMetadata, Block, Link, PublishedDate } from '../../../../shared/model/article';
import { ReviewStatus } from '../../../../shared/model/review-status';
import { LayerFormat, LayerName } from '../../../../shared/model/layer';
import { IMPORT_LIMITS } from '../../../library/import/import-limits';
import { hasDirectionControls } from '../../../../shared/text/direction-controls';

/**
 * The native bundle: a whole project (or some of its articles) as one JSON file that another
 * project can merge. Everything refers to everything else by bundle-local ids ("label-3",
 * "entity-12", "annotation-40") assigned in output order, so the same content always gives the same
 * bytes. Offsets are UTF-16 code units of the stored (NFC, `\n`) text, the workbench's own unit.
 */
export const BUNDLE_FORMAT = 'annotation-workbench-bundle';
export const BUNDLE_VERSION = 1;

/** Far beyond a real project; they keep a crafted file from exhausting memory before it is checked. */
export const BUNDLE_LIMITS = {
  maxFileBytes: 512 * 1024 * 1024,
  labels: 5_000,
  entities: 1_000_000,
  articles: 100_000,
  annotationsPerArticle: 500_000,
  relations: 2_000_000,
  annotators: 10_000,
  layers: 1_000,
  annotationsPerLayer: 5_000_000,
  notesPerThing: 1_000,
  blocksPerArticle: 1_000_000,
} as const;

const Ref = (prefix: string) => z.string().regex(new RegExp(`^${prefix}-[1-9]\\d{0,8}$`), `Not a ${prefix} id.`);
export const LabelRef = Ref('label');
export const EntityRef = Ref('entity');
export const ArticleRef = Ref('article');
export const AnnotationRef = Ref('annotation');
export const RelationRef = Ref('relation');
export const AnnotatorRef = Ref('annotator');
export const LayerRef = Ref('layer');

const Timestamp = z.string().max(40);

/**
 * Who made a row and last changed it, and when. Each key is written only when known, so a project
 * without authorship gives the bytes it gave before; the annotators are the bundle's, matched by uid.
 */
export const BundleAuthorship = z.strictObject({
  createdBy: AnnotatorRef.optional(),
  createdAt: Timestamp.optional(),
  updatedBy: AnnotatorRef.optional(),
  updatedAt: Timestamp.optional(),
});
export type BundleAuthorship = z.infer<typeof BundleAuthorship>;

/** An article's review status with who set it and when; absent for a new article nobody touched. */
export const BundleReview = z.strictObject({
  status: ReviewStatus,
  by: AnnotatorRef.optional(),
  at: Timestamp.optional(),
});
export type BundleReview = z.infer<typeof BundleReview>;

const NoteText = z.string().trim().min(1).max(ANNOTATION_LIMITS.noteMaxChars);
/** A note as its text alone (unknown authorship, and every bundle before authorship) or with who wrote it. */
export const BundleNote = z.union([NoteText, z.strictObject({ text: NoteText, ...BundleAuthorship.shape })]);
export type BundleNote = z.infer<typeof BundleNote>;
const Notes = z.array(BundleNote).max(BUNDLE_LIMITS.notesPerThing);

export const BundleLabel = z.strictObject({
  id: LabelRef,
  kind: LabelKind,
  name: LabelName.refine((name) => !hasDirectionControls(name), 'A label name cannot hold invisible direction marks.'),
  /** For a claim attribute's value, the attribute. */
  parent: LabelRef.nullable(),
  color: LabelColor,
  hotkey: LabelHotkey.nullable(),
});
export type BundleLabel = z.infer<typeof BundleLabel>;

export const BundleEntity = z.strictObject({
  id: EntityRef,
  type: LabelRef,
  name: EntityName,
  aliases: z.array(EntityName).max(ANNOTATION_LIMITS.aliasesMax),
  externalIds: z.array(ExternalId).max(ANNOTATION_LIMITS.externalIdsMax),
  note: NoteText.nullable(),
  ...BundleAuthorship.shape,
});
export type BundleEntity = z.infer<typeof BundleEntity>;

export const BundleFragment = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const BundleClaim = z.strictObject({
  claimantEntity: EntityRef.nullable(),
  claimantAnnotation: AnnotationRef.nullable(),
  about: z.array(EntityRef).max(ANNOTATION_LIMITS.aboutEntitiesMax),
  /** Claim attribute → chosen value, as [attribute, value] pairs in schema order. */
  attributes: z.array(z.tuple([LabelRef, LabelRef])).max(ANNOTATION_LIMITS.labelsPerKindMax),
  date: z.string().max(40).nullable(),
});
export type BundleClaim = z.infer<typeof BundleClaim>;

export const BundleAnnotation = z.strictObject({
  id: AnnotationRef,
  label: LabelRef,
  fragments: z.array(BundleFragment).min(1).max(ANNOTATION_LIMITS.fragmentsMax),
  quote: TextQuote,
  orphaned: z.boolean(),
  entity: EntityRef.nullable(),
  claim: BundleClaim.nullable(),
  note: NoteText.nullable(),
  ...BundleAuthorship.shape,
});
export type BundleAnnotation = z.infer<typeof BundleAnnotation>;

export const BundleOriginal = z.strictObject({
  fileName: z.string().max(1000).nullable(),
  mediaType: z.string().min(1).max(200),
  encoding: z.string().max(100).nullable(),
  /** The exact bytes imported, so a merged article keeps its hash (duplicate check) and can be re-decoded. */
  base64: z.string().max(Math.ceil((IMPORT_LIMITS.maxFileBytes * 4) / 3) + 4),
});

export const BundleArticle = z.strictObject({
  id: ArticleRef,
  title: z.string().max(1000),
  metadata: ArticleMetadata,
  documentLabels: z.array(LabelRef).max(ANNOTATION_LIMITS.labelsPerKindMax),
  notes: Notes,
  text: z.string().max(IMPORT_LIMITS.maxTextUnits),
  blocks: z.array(Block).max(BUNDLE_LIMITS.blocksPerArticle),
  links: z.array(Link).max(BUNDLE_LIMITS.blocksPerArticle),
  original: BundleOriginal,
  annotations: z.array(BundleAnnotation).max(BUNDLE_LIMITS.annotationsPerArticle),
  review: BundleReview.optional(),
});
export type BundleArticle = z.infer<typeof BundleArticle>;

export const BundleRelation = z.strictObject({
  id: RelationRef,
  type: LabelRef,
  source: AnnotationRef,
  target: AnnotationRef,
  notes: Notes,
  ...BundleAuthorship.shape,
});
export type BundleRelation = z.infer<typeof BundleRelation>;

/** Someone who annotated in the project: the layers' colleagues and whoever imported them. */
export const BundleAnnotator = z.strictObject({
  id: AnnotatorRef,
  ...AnnotatorIdentity.shape,
});
export type BundleAnnotator = z.infer<typeof BundleAnnotator>;

/** A colleague's claim as their layer holds it (shared/model/layer.ts), with bundle-local references. */
export const BundleLayerClaim = z.strictObject({
  claimantName: EntityName.nullable(),
  claimantEntity: EntityRef.nullable(),
  aboutNames: z.array(EntityName).max(ANNOTATION_LIMITS.aboutEntitiesMax),
  about: z.array(EntityRef).max(ANNOTATION_LIMITS.aboutEntitiesMax),
  attributes: z.array(z.tuple([LabelRef, LabelRef])).max(ANNOTATION_LIMITS.labelsPerKindMax),
  date: PublishedDate.nullable(),
});
export type BundleLayerClaim = z.infer<typeof BundleLayerClaim>;

export const BundleLayerAnnotation = z.strictObject({
  uid: z.string().min(1).max(1_000),
  article: ArticleRef,
  label: LabelRef,
  fragments: z.array(BundleFragment).min(1).max(ANNOTATION_LIMITS.fragmentsMax),
  quote: z.string().max(IMPORT_LIMITS.maxTextUnits),
  entity: EntityRef.nullable(),
  entityName: EntityName.nullable(),
  claim: BundleLayerClaim.nullable(),
  note: NoteText.nullable(),
  createdAt: Timestamp.nullable(),
  updatedAt: Timestamp.nullable(),
});
export type BundleLayerAnnotation = z.infer<typeof BundleLayerAnnotation>;

/** A colleague's layer, kept beside the project's annotations; its annotations in text order per article. */
export const BundleLayer = z.strictObject({
  id: LayerRef,
  uid: z.string().min(1).max(200),
  name: LayerName,
  annotator: AnnotatorRef,
  format: LayerFormat,
  fileNames: z.array(z.string().max(1_000)).max(10_000),
  importedAt: Timestamp,
  importedBy: AnnotatorRef.nullable(),
  annotations: z.array(BundleLayerAnnotation).max(BUNDLE_LIMITS.annotationsPerLayer),
});
export type BundleLayer = z.infer<typeof BundleLayer>;

/** Bundles written before layers have neither `annotators` nor `layers`; they import as they did. */
export const Bundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  offsetUnit: z.literal('utf16-code-units'),
  labels: z.array(BundleLabel).max(BUNDLE_LIMITS.labels),
  entities: z.array(BundleEntity).max(BUNDLE_LIMITS.entities),
  articles: z.array(BundleArticle).max(BUNDLE_LIMITS.articles),
  relations: z.array(BundleRelation).max(BUNDLE_LIMITS.relations),
  annotators: z.array(BundleAnnotator).max(BUNDLE_LIMITS.annotators).optional(),
  layers: z.array(BundleLayer).max(BUNDLE_LIMITS.layers).optional(),
});
export type Bundle = z.infer<typeof Bundle>;
