import type { DatabaseSync } from 'node:sqlite';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import type { Timeline, TimelineGranularity } from '../../../shared/model/analysis-charts';
import { labelCountsSql } from './analysis-scope';

interface Period {
  period: string;
  claims: number;
  mentions: number;
}

const PERIOD_LENGTH: Record<TimelineGranularity, number> = { year: 4, month: 7, day: 10 };
const DAYS_MAX = 120;
const DAY_MS = 86_400_000;
const YEARS_FOR_MONTHS_MAX = 20;

/** Days for a few months of news, months for up to twenty years, years beyond. */
function granularityFor(first: string, last: string): TimelineGranularity {
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  if (years > YEARS_FOR_MONTHS_MAX) return 'year';
  const days = (Date.parse(last.slice(0, PERIOD_LENGTH.day)) - Date.parse(first.slice(0, PERIOD_LENGTH.day))) / DAY_MS;
  return days <= DAYS_MAX ? 'day' : 'month';
}

/**
 * Claims and entity mentions per period of the articles' published dates, narrowed by the filter
 * except for its date range: the timeline is where that range is chosen, so it shows the periods
 * around it too. Articles without a published date are left out.
 */
export function timeline(db: DatabaseSync, filter: AnalysisFilter): Timeline {
  const undated = {
    ...filter,
    publishedFrom: NO_ANALYSIS_FILTER.publishedFrom,
    publishedTo: NO_ANALYSIS_FILTER.publishedTo,
  };
  const counted = labelCountsSql(undated);
  const span = db
    .prepare('SELECT min(published_at) AS first, max(published_at) AS last FROM article WHERE deleted_at IS NULL')
    .get() as { first: string | null; last: string | null };
  if (span.first === null || span.last === null) return { granularity: 'month', periods: [] };
  const granularity = granularityFor(span.first, span.last);
  const periods = db
    .prepare(
      `WITH counted AS MATERIALIZED (${counted.sql})
       SELECT substr(ar.published_at, 1, ?) AS period,
         sum(CASE WHEN l.kind = 'claim' THEN c.n ELSE 0 END) AS claims,
         sum(CASE WHEN l.kind = 'entity' THEN c.n ELSE 0 END) AS mentions
       FROM counted c JOIN article ar ON ar.id = c.article_id JOIN label l ON l.id = c.label_id
       WHERE ar.published_at IS NOT NULL
       GROUP BY period ORDER BY period`,
    )
    .all(...counted.params, PERIOD_LENGTH[granularity]) as unknown as Period[];
  return { granularity, periods: periods.map((row) => ({ ...row })) };
}
