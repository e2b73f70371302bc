import type { DatabaseSync } from 'node:sqlite';
import type { EntityColumn, EntityIndexQuery, EntityIndexRow } from '../../../shared/model/analysis';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import { allOf, allRows, containsText, sqlPart, type SqlPart } from './analysis-sql';
import { articleSql } from './analysis-scope';

const SORT_SQL: Readonly<Record<EntityColumn, string>> = {
  name: 'e.name COLLATE NOCASE',
  type: 't.name COLLATE NOCASE',
  mentions: 'mentions',
  articles: 'articles',
  firstSeen: 'firstSeen',
  lastSeen: 'lastSeen',
  claimsMade: 'claimsMade',
  claimsAbout: 'claimsAbout',
};

function isUnfiltered(filter: AnalysisFilter): boolean {
  return JSON.stringify(filter) === JSON.stringify(NO_ANALYSIS_FILTER);
}

/**
 * Each entity's counts: from entity_summary (kept by triggers, migrations.ts) when nothing narrows
 * the articles, else summed from entity_article_count over the articles the filter keeps, never
 * from the annotations themselves.
 */
function countsSql(filter: AnalysisFilter): SqlPart {
  if (isUnfiltered(filter)) return sqlPart('WITH counts AS (SELECT * FROM entity_summary)');
  const scope = articleSql(filter, { entitiesAndLabels: true });
  return sqlPart(
    `WITH live AS MATERIALIZED (SELECT ar.id, ar.published_at FROM article ar WHERE ${scope.sql}),
     counts AS (
       SELECT p.entity_id, sum(p.mentions) AS mentions, sum(p.mentions > 0) AS articles,
              min(CASE WHEN p.mentions > 0 THEN ar.published_at END) AS first_seen,
              max(CASE WHEN p.mentions > 0 THEN ar.published_at END) AS last_seen,
              sum(p.claims_made) AS claims_made, sum(p.claims_about) AS claims_about
       FROM entity_article_count p JOIN live ar ON ar.id = p.article_id
       GROUP BY p.entity_id)`,
    ...scope.params,
  );
}

/**
 * The entity index: every entity with its mentions, articles, first and last published date and
 * the claims it made and is the subject of, counted over the live articles the filter keeps. A
 * filter leaves out the entities it gives no counts to; without one, unmentioned entities are listed.
 */
export function entityIndex(db: DatabaseSync, query: EntityIndexQuery): EntityIndexRow[] {
  const counts = countsSql(query.filter);
  const conditions: SqlPart[] = [];
  if (!isUnfiltered(query.filter)) {
    conditions.push(sqlPart('(m.mentions > 0 OR m.claims_made > 0 OR m.claims_about > 0)'));
  }
  for (const { column, contains } of query.columnFilters) {
    conditions.push(containsText(db, column === 'name' ? 'e.name' : 't.name', contains));
  }
  const where = allOf(conditions);
  const direction = query.sort.descending ? 'DESC' : 'ASC';
  return allRows<EntityIndexRow>(
    db,
    `${counts.sql}
     SELECT e.id AS entityId, e.name AS name, e.type_label_id AS typeLabelId,
            coalesce(m.mentions, 0) AS mentions, coalesce(m.articles, 0) AS articles,
            m.first_seen AS firstSeen, m.last_seen AS lastSeen,
            coalesce(m.claims_made, 0) AS claimsMade, coalesce(m.claims_about, 0) AS claimsAbout
     FROM entity e
       JOIN label t ON t.id = e.type_label_id
       LEFT JOIN counts m ON m.entity_id = e.id
     WHERE ${where.sql}
     ORDER BY ${SORT_SQL[query.sort.column]} ${direction}, e.id ${direction}`,
    counts,
    where,
  ).map((row) => ({ ...row }));
}
