import * as z from 'zod';
import { AnalysisFilter } from './analysis-filter';
import { ArticleId } from './article';
import { EntityId, LabelId } from './annotation';

/** A label as a chart colours and names it: a stance, a verdict, an entity type. */
export const ChartLabel = z.strictObject({
  id: LabelId,
  name: z.string(),
  color: z.string().nullable(),
});
export type ChartLabel = z.infer<typeof ChartLabel>;

/** One bar of a stacked bar chart: how many claims of the group carry each value of the attribute. */
export const ClaimAttributeBar = z.strictObject({
  /** What a click filters by: the claimant entity, or the source (null for articles without one). */
  key: z.union([z.strictObject({ entityId: EntityId }), z.strictObject({ source: z.string().nullable() })]),
  name: z.string(),
  total: z.number().int().nonnegative(),
  /** Counts by value label id; claims without a value count under `null`. */
  counts: z.array(z.strictObject({ valueId: LabelId.nullable(), count: z.number().int().positive() })),
});
export type ClaimAttributeBar = z.infer<typeof ClaimAttributeBar>;

export const ClaimAttributeChart = z.strictObject({
  /** The attribute the bars split by (stance, verdict); null when the schema has none of that name. */
  attribute: ChartLabel.nullable(),
  values: z.array(ChartLabel),
  /** The largest groups first, at most `CHART_BARS_MAX`. */
  bars: z.array(ClaimAttributeBar),
  /** How many groups there are in all, so the chart can say how many it leaves out. */
  groups: z.number().int().nonnegative(),
});
export type ClaimAttributeChart = z.infer<typeof ClaimAttributeChart>;

export const CodeMatrixRows = z.enum(['source', 'article', 'tag']);
export type CodeMatrixRows = z.infer<typeof CodeMatrixRows>;

export const CodeMatrixRow = z.strictObject({
  key: z.union([
    z.strictObject({ source: z.string().nullable() }),
    z.strictObject({ articleId: ArticleId }),
    z.strictObject({ tag: z.string() }),
  ]),
  name: z.string(),
  total: z.number().int().nonnegative(),
  /** Non-zero counts only, by label id. */
  cells: z.array(z.strictObject({ labelId: LabelId, count: z.number().int().positive() })),
});
export type CodeMatrixRow = z.infer<typeof CodeMatrixRow>;

export const CodeMatrix = z.strictObject({
  rowsBy: CodeMatrixRows,
  /** The span labels that occur, in schema order. */
  labels: z.array(ChartLabel),
  /** The rows with most annotations first, at most `CODE_MATRIX_ROWS_MAX`. */
  rows: z.array(CodeMatrixRow),
  rowCount: z.number().int().nonnegative(),
});
export type CodeMatrix = z.infer<typeof CodeMatrix>;

export const TimelineGranularity = z.enum(['year', 'month', 'day']);
export type TimelineGranularity = z.infer<typeof TimelineGranularity>;

export const Timeline = z.strictObject({
  /** Chosen from the span of dates so the chart has tens to hundreds of periods, not thousands. */
  granularity: TimelineGranularity,
  /** In date order; `period` is "2025", "2025-03" or "2025-03-14" by the granularity. */
  periods: z.array(
    z.strictObject({
      period: z.string(),
      claims: z.number().int().nonnegative(),
      mentions: z.number().int().nonnegative(),
    }),
  ),
});
export type Timeline = z.infer<typeof Timeline>;

export const CHART_BARS_MAX = 25;
export const CODE_MATRIX_ROWS_MAX = 40;

export const ClaimAttributeChartRequest = z.strictObject({ filter: AnalysisFilter });
export const CodeMatrixRequest = z.strictObject({ filter: AnalysisFilter, rowsBy: CodeMatrixRows });
export const TimelineRequest = z.strictObject({ filter: AnalysisFilter });

/** Every chart of the project, unfiltered, as the HTML report draws them. */
export interface ProjectCharts {
  readonly claimsPerClaimant: ClaimAttributeChart;
  readonly verdictsPerSource: ClaimAttributeChart;
  readonly codeMatrix: CodeMatrix;
  readonly timeline: Timeline;
}
