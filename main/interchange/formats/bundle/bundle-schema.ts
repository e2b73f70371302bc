import { z } from 'zod';
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
import { ArticleMetadata, Block, Link } from '../../../../shared/model/article';
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
  notesPerThing: 1_000,
  blocksPerArticle: 1_000_000,
} as const;

const Ref = (prefix: string) => z.string().regex(new RegExp(`^${prefix}-[1-9]\\d{0,8}$`), `Not a ${prefix} id.`);
export const LabelRef = Ref('label');
export const EntityRef = Ref('entity');
export const ArticleRef = Ref('article');
export const AnnotationRef = Ref('annotation');
export const RelationRef = Ref('relation');

const NoteText = z.string().trim().min(1).max(ANNOTATION_LIMITS.noteMaxChars);
const Notes = z.array(NoteText).max(BUNDLE_LIMITS.notesPerThing);

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
});
export type BundleArticle = z.infer<typeof BundleArticle>;

export const BundleRelation = z.strictObject({
  id: RelationRef,
  type: LabelRef,
  source: AnnotationRef,
  target: AnnotationRef,
  notes: Notes,
});
export type BundleRelation = z.infer<typeof BundleRelation>;

export const Bundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  offsetUnit: z.literal('utf16-code-units'),
  labels: z.array(BundleLabel).max(BUNDLE_LIMITS.labels),
  entities: z.array(BundleEntity).max(BUNDLE_LIMITS.entities),
  articles: z.array(BundleArticle).max(BUNDLE_LIMITS.articles),
  relations: z.array(BundleRelation).max(BUNDLE_LIMITS.relations),
});
export type Bundle = z.infer<typeof Bundle>;
