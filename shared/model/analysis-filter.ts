import * as z from 'zod';
import { EntityId, LabelId } from './annotation';
import { ARTICLE_LIMITS, PublishedDate } from './article';

const FILTER_VALUES_MAX = 200;

/**
 * What the analysis views and the article list are narrowed to. Kinds combine with AND; values of
 * one kind with OR ("Xi or Putin, in Reuters, in March"). Empty lists and nulls narrow nothing.
 * Published dates compare as the analyst wrote them (ISO 8601 sorts as text), and an article
 * without a published date falls outside any date range.
 */
export const AnalysisFilter = z.strictObject({
  entityIds: z.array(EntityId).max(FILTER_VALUES_MAX),
  sources: z.array(z.string().min(1)).max(FILTER_VALUES_MAX),
  labelIds: z.array(LabelId).max(FILTER_VALUES_MAX),
  tags: z.array(z.string().min(1)).max(ARTICLE_LIMITS.tagsMax),
  publishedFrom: PublishedDate.nullable(),
  /** Inclusive: "2025-03" as the end takes in every day of March. */
  publishedTo: PublishedDate.nullable(),
  /** Full text over claim and article text, as the search box reads it. */
  text: z.string().max(500),
});
export type AnalysisFilter = z.infer<typeof AnalysisFilter>;

export const NO_ANALYSIS_FILTER: AnalysisFilter = {
  entityIds: [],
  sources: [],
  labelIds: [],
  tags: [],
  publishedFrom: null,
  publishedTo: null,
  text: '',
};
