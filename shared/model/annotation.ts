import * as z from 'zod';
import { ARTICLE_LIMITS, ArticleId, PublishedDate } from './article';
import { Authorship } from './annotator';

/** Limits shared by the UI, the store and importers, so all reject the same input with the same words. */
export const ANNOTATION_LIMITS = {
  labelNameMaxChars: 100,
  labelsPerKindMax: 200,
  claimAttributeValuesMax: 50,
  /** Far more pieces than a discontinuous span needs in practice; the bound keeps one annotation cheap. */
  fragmentsMax: 64,
  /** Context stored either side of a quote to tell its occurrences apart (as Hypothesis does). */
  quoteContextMaxChars: 32,
  entityNameMaxChars: 500,
  aliasesMax: 100,
  externalIdsMax: 50,
  externalIdValueMaxChars: 2000,
  aboutEntitiesMax: 100,
  noteMaxChars: 20_000,
} as const;

/**
 * The quote of a discontinuous annotation joins its fragments' texts with this, so the quote reads
 * as what it is ("SPD … Fraktion") and still splits back into fragments by their lengths.
 */
export const FRAGMENT_QUOTE_SEPARATOR = ' … ';

/** A SQLite rowid: every stored row's id. */
export const RowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const LabelId = RowId;
export type LabelId = z.infer<typeof LabelId>;
export const EntityId = RowId;
export type EntityId = z.infer<typeof EntityId>;
export const AnnotationId = RowId;
export type AnnotationId = z.infer<typeof AnnotationId>;
export const RelationId = RowId;
export type RelationId = z.infer<typeof RelationId>;
export const NoteId = RowId;
export type NoteId = z.infer<typeof NoteId>;

/** One line of visible text: names show in menus, legends and exports. */
const SingleLine = (maxChars: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxChars)
    .refine((name) => !/\p{Cc}/u.test(name), 'Use a name without line breaks or tabs.');

const NoteText = z.string().trim().min(1).max(ANNOTATION_LIMITS.noteMaxChars);

// --- Annotation schema (labels) -------------------------------------------------------------

/** "#rrggbb" in lower case, as <input type="color"> gives it, so colours compare by string. */
export const LabelColor = z.string().regex(/^#[0-9a-f]{6}$/, 'Use a colour such as #1f77b4.');
export type LabelColor = z.infer<typeof LabelColor>;

/** The single key that applies a label while the article has focus: a digit or a letter. */
export const LabelHotkey = z.string().regex(/^[0-9a-z]$/, 'Use one digit or lower-case letter as the key.');
export type LabelHotkey = z.infer<typeof LabelHotkey>;

export const LabelName = SingleLine(ANNOTATION_LIMITS.labelNameMaxChars);

/**
 * What a label names. `claim-attribute` rows are both the attributes (stance, verdict) and, with a
 * parent, their values (supports, refutes): the store keeps them in one table.
 */
export const LabelKind = z.enum(['entity', 'claim', 'relation', 'document', 'claim-attribute']);
export type LabelKind = z.infer<typeof LabelKind>;

/** The span labels (entity types, the claim label) one end of a relation type may carry. */
export const RelationEndLabels = z
  .array(LabelId)
  .min(1, 'Allow at least one label at each end, or any.')
  .max(ANNOTATION_LIMITS.labelsPerKindMax + 1)
  .refine((ids) => new Set(ids).size === ids.length, 'A label is listed twice.');

export const Label = z
  .strictObject({
    id: LabelId,
    kind: LabelKind,
    name: LabelName,
    /** For a claim attribute's value: the attribute. Null for every other label. */
    parentId: LabelId.nullable(),
    color: LabelColor,
    hotkey: LabelHotkey.nullable(),
    /** Order in menus and legends. */
    position: z.number().int().nonnegative(),
    /** For a relation type that says so: the span labels its source may carry (absent: any). */
    sourceLabelIds: RelationEndLabels.optional(),
    /** For a relation type that says so: the span labels its target may carry (absent: any). */
    targetLabelIds: RelationEndLabels.optional(),
  })
  .refine((label) => label.parentId === null || label.kind === 'claim-attribute', {
    error: 'Only a claim attribute value belongs to another label.',
    path: ['parentId'],
  })
  .refine((label) => label.parentId !== label.id, { error: 'A label cannot be its own parent.', path: ['parentId'] })
  .refine(
    (label) => label.kind === 'relation' || (label.sourceLabelIds === undefined && label.targetLabelIds === undefined),
    { error: 'Only a relation type says which labels its ends may carry.', path: ['sourceLabelIds'] },
  );
export type Label = z.infer<typeof Label>;

/** A label as a schema template or a schema file spells it, before the store gives it an id. */
export const LabelDefinition = z.strictObject({
  name: LabelName,
  color: LabelColor,
  hotkey: LabelHotkey.optional(),
});
export type LabelDefinition = z.infer<typeof LabelDefinition>;

/** A claim attribute with its values; a project may hold one whose values are still to be added. */
export const ClaimAttributeDefinition = z.strictObject({
  ...LabelDefinition.shape,
  values: z.array(LabelDefinition).max(ANNOTATION_LIMITS.claimAttributeValuesMax),
});
export type ClaimAttributeDefinition = z.infer<typeof ClaimAttributeDefinition>;

const LabelDefinitions = z.array(LabelDefinition).max(ANNOTATION_LIMITS.labelsPerKindMax);

/** Names of the entity types (or the claim label) one end of a relation type may carry. */
const RelationEndNames = z
  .array(LabelName)
  .min(1)
  .max(ANNOTATION_LIMITS.labelsPerKindMax + 1);

/**
 * A relation type; `from` and `to`, when given, restrict its source and target to spans with these
 * labels (by name: entity types or the claim label of the same schema), e.g. said_by from Claim to
 * Person or Organisation.
 */
export const RelationTypeDefinition = z.strictObject({
  ...LabelDefinition.shape,
  from: RelationEndNames.optional(),
  to: RelationEndNames.optional(),
});
export type RelationTypeDefinition = z.infer<typeof RelationTypeDefinition>;

/** A whole annotation schema: what a new project starts with, and what a schema file holds. */
export const AnnotationSchemaDefinition = z
  .strictObject({
    entityTypes: LabelDefinitions,
    /** The one label that marks a span as a claim. */
    claim: LabelDefinition,
    claimAttributes: z.array(ClaimAttributeDefinition).max(ANNOTATION_LIMITS.labelsPerKindMax),
    relationTypes: z.array(RelationTypeDefinition).max(ANNOTATION_LIMITS.labelsPerKindMax),
    documentLabels: LabelDefinitions,
  })
  .superRefine((schema, context) => {
    const sameNames = (labels: readonly LabelDefinition[], what: string, path: (string | number)[]) => {
      const seen = new Set<string>();
      for (const label of labels) {
        const key = label.name.toLocaleLowerCase();
        if (seen.has(key))
          context.addIssue({ code: 'custom', message: `Two ${what} are named “${label.name}”.`, path });
        seen.add(key);
      }
    };
    sameNames(schema.entityTypes, 'entity types', ['entityTypes']);
    sameNames(schema.claimAttributes, 'claim attributes', ['claimAttributes']);
    schema.claimAttributes.forEach((attribute, index) =>
      sameNames(attribute.values, `values of ${attribute.name}`, ['claimAttributes', index, 'values']),
    );
    sameNames(schema.relationTypes, 'relation types', ['relationTypes']);
    sameNames(schema.documentLabels, 'document labels', ['documentLabels']);

    const spanLabels = new Set([...schema.entityTypes, schema.claim].map((label) => label.name.toLocaleLowerCase()));
    schema.relationTypes.forEach((type, index) => {
      for (const end of ['from', 'to'] as const) {
        const unknown = type[end]?.find((name) => !spanLabels.has(name.toLocaleLowerCase()));
        if (unknown !== undefined) {
          context.addIssue({
            code: 'custom',
            message: `The relation type “${type.name}” names “${unknown}”, which is neither an entity type nor the claim label.`,
            path: ['relationTypes', index, end],
          });
        }
      }
    });

    // A key must do one thing, whichever kind of label it is on.
    const byKey = new Map<string, string>();
    const everyLabel = [
      ...schema.entityTypes,
      schema.claim,
      ...schema.claimAttributes.flatMap((attribute) => [attribute, ...attribute.values]),
      ...schema.relationTypes,
      ...schema.documentLabels,
    ];
    for (const label of everyLabel) {
      if (label.hotkey === undefined) continue;
      const holder = byKey.get(label.hotkey);
      if (holder !== undefined) {
        context.addIssue({
          code: 'custom',
          message: `The key ${label.hotkey} is used by both “${holder}” and “${label.name}”.`,
        });
      }
      byKey.set(label.hotkey, label.name);
    }
  });
export type AnnotationSchemaDefinition = z.infer<typeof AnnotationSchemaDefinition>;

// --- Entities --------------------------------------------------------------------------------

export const EntityName = SingleLine(ANNOTATION_LIMITS.entityNameMaxChars);

/** Where an entity is identified outside the project. */
export const ExternalIdScheme = z.enum(['wikidata', 'geonames', 'url', 'other']);
export type ExternalIdScheme = z.infer<typeof ExternalIdScheme>;

const EXTERNAL_ID_FORMATS: Record<ExternalIdScheme, { pattern: RegExp; message: string }> = {
  wikidata: { pattern: /^Q[1-9]\d*$/, message: 'Use a Wikidata item id such as Q567.' },
  geonames: { pattern: /^[1-9]\d*$/, message: 'Use a GeoNames id such as 2950159.' },
  url: { pattern: /^https?:\/\/[^\s/?#]+[^\s]*$/i, message: 'Use a web address starting with http:// or https://.' },
  other: { pattern: /^\S(.*\S)?$/, message: 'The id cannot be empty or start or end with a space.' },
};

export const ExternalId = z
  .strictObject({
    scheme: ExternalIdScheme,
    value: z.string().max(ANNOTATION_LIMITS.externalIdValueMaxChars),
  })
  .superRefine(({ scheme, value }, context) => {
    const format = EXTERNAL_ID_FORMATS[scheme];
    if (!format.pattern.test(value)) context.addIssue({ code: 'custom', message: format.message, path: ['value'] });
  });
export type ExternalId = z.infer<typeof ExternalId>;

/** A canonical person, organisation, place… that mentions in any article link to. */
export const Entity = z.strictObject({
  id: EntityId,
  typeLabelId: LabelId,
  name: EntityName,
  aliases: z
    .array(EntityName)
    .max(ANNOTATION_LIMITS.aliasesMax)
    .refine((aliases) => new Set(aliases).size === aliases.length, 'An alias is listed twice.'),
  externalIds: z
    .array(ExternalId)
    .max(ANNOTATION_LIMITS.externalIdsMax)
    .refine(
      (ids) => new Set(ids.map((id) => `${id.scheme}\n${id.value}`)).size === ids.length,
      'An external id is listed twice.',
    ),
  note: NoteText.optional(),
  ...Authorship,
});
export type Entity = z.infer<typeof Entity>;

// --- Annotations -----------------------------------------------------------------------------

/** A non-empty piece [start, end) of an annotation, in UTF-16 code units of the normalised text. */
export const TextFragment = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((fragment) => fragment.start < fragment.end, 'A fragment cannot be empty.');
export type TextFragment = z.infer<typeof TextFragment>;

/**
 * The pieces of an annotation in text order. Several pieces make a discontinuous span ("SPD …
 * Fraktion"); pieces never touch, since touching pieces are one piece.
 */
export const Fragments = z
  .array(TextFragment)
  .min(1)
  .max(ANNOTATION_LIMITS.fragmentsMax)
  .refine(
    (fragments) => fragments.every((fragment, i) => i === 0 || (fragments[i - 1]?.end ?? 0) < fragment.start),
    'Fragments must be in text order with text between them.',
  );

/**
 * A W3C TextQuoteSelector: the annotated text and up to 32 characters either side, which find the
 * annotation again when the article's text changes (shared/annotation/re-anchor.ts).
 */
export const TextQuote = z.strictObject({
  exact: z.string().min(1).max(ARTICLE_LIMITS.pastedTextMaxChars),
  prefix: z.string().max(ANNOTATION_LIMITS.quoteContextMaxChars),
  suffix: z.string().max(ANNOTATION_LIMITS.quoteContextMaxChars),
});
export type TextQuote = z.infer<typeof TextQuote>;

/** The claim part of a claim annotation: who says it, about whom, and how it is judged. */
export const ClaimDetails = z.strictObject({
  /** The canonical claimant, and/or the mention of them in this article. */
  claimantEntityId: EntityId.optional(),
  claimantAnnotationId: AnnotationId.optional(),
  aboutEntityIds: z
    .array(EntityId)
    .max(ANNOTATION_LIMITS.aboutEntitiesMax)
    .refine((ids) => new Set(ids).size === ids.length, 'An entity is listed twice.'),
  /** Claim attribute label id → the id of its chosen value (stance → refutes). */
  attributes: z
    .record(LabelId, LabelId)
    .refine(
      (attributes) => Object.keys(attributes).length <= ANNOTATION_LIMITS.labelsPerKindMax,
      'Too many attributes.',
    ),
  /** When the claim was made, if not when the article was published. */
  date: PublishedDate.optional(),
});
export type ClaimDetails = z.infer<typeof ClaimDetails>;

export const Annotation = z
  .strictObject({
    id: AnnotationId,
    articleId: ArticleId,
    labelId: LabelId,
    fragments: Fragments,
    quote: TextQuote,
    /** The canonical entity an entity mention refers to. */
    entityId: EntityId.optional(),
    claim: ClaimDetails.optional(),
    note: NoteText.optional(),
    /** The quoted text could not be found after the article's text changed; shown for repair. */
    orphaned: z.boolean(),
    ...Authorship,
  })
  .refine(
    ({ fragments, quote }) =>
      quote.exact.length ===
      fragments.reduce((sum, f) => sum + f.end - f.start, 0) + (fragments.length - 1) * FRAGMENT_QUOTE_SEPARATOR.length,
    { error: 'The quote does not match the annotated fragments.', path: ['quote', 'exact'] },
  )
  .refine(({ id, claim }) => claim?.claimantAnnotationId !== id, {
    error: 'A claim cannot be its own claimant.',
    path: ['claim', 'claimantAnnotationId'],
  });
export type Annotation = z.infer<typeof Annotation>;

/**
 * An annotation as the window holds it: its quote without the context either side. The context
 * finds a quote again after its article's text changes, which the store does; the window shows
 * only the quote itself, so the article's annotation columns leave the context out.
 */
export type ArticleAnnotation = Omit<Annotation, 'quote'> & { quote: Pick<TextQuote, 'exact'> };

// --- Relations and notes ---------------------------------------------------------------------

const RelationEnds = z.strictObject({
  typeLabelId: LabelId,
  sourceAnnotationId: AnnotationId,
  targetAnnotationId: AnnotationId,
});
function hasDistinctEnds(relation: z.infer<typeof RelationEnds>): boolean {
  return relation.sourceAnnotationId !== relation.targetAnnotationId;
}
const DISTINCT_ENDS = { message: 'A relation needs two different annotations.', path: ['targetAnnotationId'] };

/** A typed link between two annotations: a quote said_by a person, a person member_of a party. */
export const Relation = RelationEnds.extend({ id: RelationId, ...Authorship }).refine(hasDistinctEnds, DISTINCT_ENDS);
export type Relation = z.infer<typeof Relation>;

/** What a note is attached to: exactly one article, annotation, entity or relation. */
export const NoteTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), articleId: ArticleId }),
  z.strictObject({ kind: z.literal('annotation'), annotationId: AnnotationId }),
  z.strictObject({ kind: z.literal('entity'), entityId: EntityId }),
  z.strictObject({ kind: z.literal('relation'), relationId: RelationId }),
]);
export type NoteTarget = z.infer<typeof NoteTarget>;

export const Note = z.strictObject({
  id: NoteId,
  target: NoteTarget,
  text: NoteText,
  ...Authorship,
});
export type Note = z.infer<typeof Note>;

// --- Requests and read models ----------------------------------------------------------------
// What callers hand the store and what it hands back beyond the rows above. They live here so the
// store checks its input and the IPC contract checks requests against the very same schemas.

/** A label the user adds to the project's schema. */
export const NewLabel = z.strictObject({
  kind: LabelKind,
  name: LabelName,
  color: LabelColor,
  hotkey: LabelHotkey.nullable().optional(),
  /** Only for a claim attribute's value: the attribute it belongs to. */
  parentId: LabelId.nullable().optional(),
});
export type NewLabel = z.input<typeof NewLabel>;

/** A change to a label; only what is given changes, `hotkey: null` frees the key. */
export const LabelEdit = z
  .strictObject({
    name: LabelName.optional(),
    color: LabelColor.optional(),
    hotkey: LabelHotkey.nullable().optional(),
    /** For a relation type: the labels its source may carry; null allows any. */
    sourceLabelIds: RelationEndLabels.nullable().optional(),
    /** For a relation type: the labels its target may carry; null allows any. */
    targetLabelIds: RelationEndLabels.nullable().optional(),
  })
  .refine(
    (edit) => Object.values(edit).some((value: unknown) => value !== undefined),
    'Say what to change about the label.',
  );
export type LabelEdit = z.input<typeof LabelEdit>;

/**
 * What happens to everything that uses a label being removed. There is no default: the caller must
 * say, so removing a label never quietly drops or re-labels someone's work.
 */
export const LabelRemoval = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('delete-annotations') }),
  z.strictObject({ kind: z.literal('reassign'), toLabelId: LabelId }),
]);
export type LabelRemoval = z.infer<typeof LabelRemoval>;

const Tally = z.number().int().nonnegative();

/** How much of the project uses a label, for the confirmation the user sees before removing it. */
export const LabelUsage = z.strictObject({
  annotations: Tally,
  entities: Tally,
  relations: Tally,
  articles: Tally,
  claimAttributes: Tally,
  /** Annotations in colleagues' layers: removing the label deletes or moves them with the project's own. */
  layerAnnotations: Tally,
});
export type LabelUsage = z.infer<typeof LabelUsage>;

/** What a caller may say about an entity: everything but its id and authorship, without defaults. */
const EntityFields = Entity.omit({ id: true, createdBy: true, createdAt: true, updatedBy: true, updatedAt: true });

/** An entity as the caller describes it; aliases and external ids may be left out. */
export const EntityDraft = EntityFields.extend({
  aliases: Entity.shape.aliases.default([]),
  externalIds: Entity.shape.externalIds.default([]),
});
export type EntityDraft = z.input<typeof EntityDraft>;

/**
 * A change to an entity; only the fields given change, lists given replace the stored ones, and
 * `note: null` clears the note. Built from the fields without the draft's defaults: zod keeps a
 * default through `.partial()`, so a field left out would come back as `[]` and wipe what is stored.
 */
export const EntityEdit = EntityFields.partial().extend({ note: Entity.shape.note.unwrap().nullable().optional() });
export type EntityEdit = z.input<typeof EntityEdit>;

/** An entity with how often the corpus (articles not in the trash) mentions it. */
export const EntitySummary = Entity.extend({ mentionCount: Tally, articleCount: Tally });
export type EntitySummary = z.infer<typeof EntitySummary>;

/** One mention of an entity, for the entity panel. */
export const EntityMention = z.strictObject({
  annotationId: AnnotationId,
  articleId: ArticleId,
  articleTitle: z.string(),
  fragments: Fragments,
  quote: TextQuote,
});
export type EntityMention = z.infer<typeof EntityMention>;

export const EntityCandidate = z.strictObject({
  entity: Entity,
  /** The name or alias that matched, to show why the entity is proposed. */
  matched: z.string(),
});
export type EntityCandidate = z.infer<typeof EntityCandidate>;

/** A new span annotation as the editor sends it; the store adds the quote from the stored text. */
export const NewAnnotation = z.strictObject({
  articleId: ArticleId,
  labelId: LabelId,
  fragments: Fragments,
  entityId: EntityId.optional(),
  claim: ClaimDetails.optional(),
  note: NoteText.optional(),
});
export type NewAnnotation = z.input<typeof NewAnnotation>;

/** A change to an annotation; null removes the entity link, the claim details or the note. */
export const AnnotationEdit = z.strictObject({
  labelId: LabelId.optional(),
  entityId: EntityId.nullable().optional(),
  claim: ClaimDetails.nullable().optional(),
  note: NoteText.nullable().optional(),
});
export type AnnotationEdit = z.input<typeof AnnotationEdit>;

/** A relation as the caller describes it; its ends may lie in different articles. */
export const NewRelation = RelationEnds.refine(hasDistinctEnds, DISTINCT_ENDS);
export type NewRelation = Omit<Relation, 'id'>;
