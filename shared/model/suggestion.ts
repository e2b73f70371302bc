import * as z from 'zod';
import { EntityDraft, EntityId, LabelId, RowId, TextQuote } from './annotation';
import { ArticleId } from './article';

export const GazetteerId = RowId;
export type GazetteerId = z.infer<typeof GazetteerId>;
export const PatternSetId = RowId;
export type PatternSetId = z.infer<typeof PatternSetId>;
export const SuggestionRejectionId = RowId;
export type SuggestionRejectionId = z.infer<typeof SuggestionRejectionId>;

/** What proposed a suggestion: the project's entity registry, an imported gazetteer or a pattern file. */
export const SuggestionOrigin = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('registry') }),
  z.strictObject({ kind: z.literal('gazetteer'), gazetteerId: GazetteerId }),
  z.strictObject({ kind: z.literal('pattern'), patternSetId: PatternSetId }),
]);
export type SuggestionOrigin = z.infer<typeof SuggestionOrigin>;

/**
 * The entity an accepted suggestion links its mention to: entities already in the registry (several
 * when they share the matched name; the analyst picks one), or a new one a gazetteer proposes.
 */
export const SuggestedEntity = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('existing'), entityIds: z.array(EntityId).min(1) }),
  z.strictObject({ kind: z.literal('new'), draft: EntityDraft }),
]);
export type SuggestedEntity = z.infer<typeof SuggestedEntity>;

/**
 * A stretch of an article's text proposed for a label; never stored until accepted. Offsets are
 * UTF-16 code units into the stored text, end exclusive, as for annotations.
 */
export const Suggestion = z.strictObject({
  articleId: ArticleId,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  labelId: LabelId,
  /** The text as it stands in the article, and what it matched (a name, alias or pattern). */
  quote: TextQuote,
  matched: z.string(),
  /** Null for a pattern that proposes a label only. */
  entity: SuggestedEntity.nullable(),
  origin: SuggestionOrigin,
  /** 'inflected' when an inflection rule matched ("Schoigus" for "Schoigu"). */
  form: z.enum(['exact', 'inflected', 'pattern']),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** A suggestion the analyst turned down: it is not proposed again in that article while its text is unchanged. */
export const SuggestionRejection = z.strictObject({
  id: SuggestionRejectionId,
  articleId: ArticleId,
  articleTitle: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  labelId: LabelId,
  quote: TextQuote,
  matched: z.string(),
  origin: SuggestionOrigin,
  rejectedAt: z.string(),
});
export type SuggestionRejection = z.infer<typeof SuggestionRejection>;

/** More than a dialog draws at a time; small enough to be one quick read. */
export const REJECTIONS_PER_PAGE_MAX = 500;
const REJECTIONS_FILTER_MAX_CHARS = 200;

/** Where a page of rejections starts: after this one, in the newest-first order. */
export const RejectionCursor = z.strictObject({ rejectedAt: z.string(), id: SuggestionRejectionId });
export type RejectionCursor = z.infer<typeof RejectionCursor>;

/**
 * A page of the project's rejections, newest first: those the filter finds (in the quote, the label's
 * name or the article's title; without case or accents), after the cursor. The page after is asked
 * for by its last row rather than by an offset, so rows taken back or added meanwhile skip no row.
 */
export const RejectionsQuery = z.strictObject({
  filter: z.string().max(REJECTIONS_FILTER_MAX_CHARS),
  after: RejectionCursor.nullable(),
  limit: z.number().int().min(1).max(REJECTIONS_PER_PAGE_MAX),
});
export type RejectionsQuery = z.infer<typeof RejectionsQuery>;

export const RejectionsPage = z.strictObject({
  /** Every rejection of the project. */
  total: z.number().int().nonnegative(),
  /** Those the filter finds (all of them without a filter). */
  matching: z.number().int().nonnegative(),
  rows: z.array(SuggestionRejection),
  /** More rows follow the last one. */
  more: z.boolean(),
});
export type RejectionsPage = z.infer<typeof RejectionsPage>;

/** How tolerant the registry's matching is; the analyst chooses, per project ("PUTIN" and "Putin", "Šojgu" and "Sojgu"). */
export const SuggestionOptions = z.strictObject({
  ignoreCase: z.boolean(),
  ignoreDiacritics: z.boolean(),
});
export type SuggestionOptions = z.infer<typeof SuggestionOptions>;
