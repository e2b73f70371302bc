import * as z from 'zod';
import { AnalysisFilter } from './analysis-filter';
import { AnnotationId, EntityId, LabelId, RowId } from './annotation';
import { ArticleId } from './article';

const ROWS_PER_PAGE_MAX = 1000;
const COLUMN_FILTER_MAX_CHARS = 200;
const Tally = z.number().int().nonnegative();

/**
 * A column of the claims table: the fixed ones, and one per claim attribute of the project's schema
 * (`attribute:<label id>`, e.g. stance, verdict, form), since the analyst defines those.
 */
export const ClaimColumn = z.union([
  z.enum(['text', 'claimant', 'about', 'date', 'article', 'source']),
  z.templateLiteral(['attribute:', z.number().int().positive()]),
]);
export type ClaimColumn = z.infer<typeof ClaimColumn>;

/** The columns claims can be grouped by, with a count per group. */
export const ClaimGrouping = z.union([
  z.enum(['claimant', 'source']),
  z.templateLiteral(['attribute:', z.number().int().positive()]),
]);
export type ClaimGrouping = z.infer<typeof ClaimGrouping>;

export const EntityColumn = z.enum([
  'name',
  'type',
  'mentions',
  'articles',
  'firstSeen',
  'lastSeen',
  'claimsMade',
  'claimsAbout',
]);
export type EntityColumn = z.infer<typeof EntityColumn>;

function sortOf<C extends z.ZodType>(column: C) {
  return z.strictObject({ column, descending: z.boolean() });
}

/** Text a column must contain (case-insensitive), by column. */
const ColumnFilters = <C extends z.ZodType<string>>(column: C) =>
  z.array(z.strictObject({ column, contains: z.string().min(1).max(COLUMN_FILTER_MAX_CHARS) })).max(20);

const Window = {
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(ROWS_PER_PAGE_MAX),
};

/** What the claims table asks for: the shared filter, its own column filters, search and order. */
export const ClaimsQuery = z.strictObject({
  filter: AnalysisFilter,
  columnFilters: ColumnFilters(ClaimColumn),
  /** Words the claim text, claimant, subjects or article title contain. */
  search: z.string().max(COLUMN_FILTER_MAX_CHARS),
  sort: sortOf(ClaimColumn),
  groupBy: ClaimGrouping.nullable(),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;

export const ClaimsPageQuery = ClaimsQuery.extend(Window);
export type ClaimsPageQuery = z.infer<typeof ClaimsPageQuery>;

const NamedEntity = z.strictObject({ id: EntityId, name: z.string() });

/** One claim as the table shows it. */
export const ClaimRow = z.strictObject({
  annotationId: AnnotationId,
  articleId: ArticleId,
  /** Where the claim starts, to open the article there. */
  start: z.number().int().nonnegative(),
  text: z.string(),
  /** Up to 32 characters either side, as stored with the quote. */
  before: z.string(),
  after: z.string(),
  /** The claimant entity, or the claimant mention's text when it is linked to none. */
  claimant: z.strictObject({ entityId: EntityId.nullable(), name: z.string() }).nullable(),
  about: z.array(NamedEntity),
  /** Claim attribute id → chosen value id. */
  attributes: z.record(z.string(), LabelId),
  /** The claim's own date, or else its article's published date. */
  date: z.string().nullable(),
  articleTitle: z.string(),
  source: z.string().nullable(),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

/** A group of claims: its key's text as shown (null: none, e.g. no claimant) and how many. */
export const ClaimGroup = z.strictObject({ key: z.string().nullable(), count: Tally });
export type ClaimGroup = z.infer<typeof ClaimGroup>;

export const ClaimsPage = z.strictObject({
  total: Tally,
  offset: Tally,
  rows: z.array(ClaimRow),
  /** When grouped: every group in table order; the rows run through them in that order. */
  groups: z.array(ClaimGroup).nullable(),
});
export type ClaimsPage = z.infer<typeof ClaimsPage>;

/** The claims of the query, in its order, as CSV with these columns. */
export const ClaimsCsvQuery = ClaimsQuery.extend({ columns: z.array(ClaimColumn).min(1).max(300) });
export type ClaimsCsvQuery = z.infer<typeof ClaimsCsvQuery>;

export const EntityIndexQuery = z.strictObject({
  filter: AnalysisFilter,
  columnFilters: ColumnFilters(z.enum(['name', 'type'])),
  sort: sortOf(EntityColumn),
});
export type EntityIndexQuery = z.infer<typeof EntityIndexQuery>;

export const EntityIndexRow = z.strictObject({
  entityId: EntityId,
  name: z.string(),
  typeLabelId: LabelId,
  mentions: Tally,
  articles: Tally,
  /** Earliest and latest published date of the articles that mention it. */
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  claimsMade: Tally,
  claimsAbout: Tally,
});
export type EntityIndexRow = z.infer<typeof EntityIndexRow>;

export const SAVED_VIEW_NAME_MAX_CHARS = 100;

export const SavedViewId = RowId;
export type SavedViewId = z.infer<typeof SavedViewId>;

export const SavedViewName = z
  .string()
  .trim()
  .min(1, 'Name the view.')
  .max(SAVED_VIEW_NAME_MAX_CHARS)
  .refine((name) => !/\p{Cc}/u.test(name), 'Use a name without line breaks or tabs.');

/** A filter the analyst named, to reopen later; stored in the project. */
export const SavedAnalysisView = z.strictObject({ id: SavedViewId, name: z.string(), filter: AnalysisFilter });
export type SavedAnalysisView = z.infer<typeof SavedAnalysisView>;
