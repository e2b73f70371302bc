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
 * The entity index: every entity with its mentions, articles, first and last published date and
 * the claims it made and is the subject of, counted over the live articles the filter keeps. A
 * filter leaves out the entities it gives no counts to; without one, unmentioned entities are listed.
 */
export function entityIndex(db: DatabaseSync, query: EntityIndexQuery): EntityIndexRow[] {
  const scope = articleSql(query.filter, { entitiesAndLabels: true });
  const conditions: SqlPart[] = [];
  if (!isUnfiltered(query.filter)) {
    conditions.push(sqlPart('(m.entity_id IS NOT NULL OR made.n IS NOT NULL OR about.n IS NOT NULL)'));
  }
  for (const { column, contains } of query.columnFilters) {
    conditions.push(containsText(db, column === 'name' ? 'e.name' : 't.name', contains));
  }
  const where = allOf(conditions);
  const direction = query.sort.descending ? 'DESC' : 'ASC';
  return allRows<EntityIndexRow>(
    db,
    `WITH live AS MATERIALIZED (SELECT ar.id, ar.published_at FROM article ar WHERE ${scope.sql}),
     mentions AS (
       SELECT a.entity_id, count(*) AS mentions, count(DISTINCT a.article_id) AS articles,
              min(ar.published_at) AS first_seen, max(ar.published_at) AS last_seen
       FROM annotation a JOIN live ar ON ar.id = a.article_id
       WHERE a.entity_id IS NOT NULL GROUP BY a.entity_id),
     made AS (
       SELECT c.claimant_entity_id AS entity_id, count(*) AS n
       FROM claim c JOIN annotation a ON a.id = c.annotation_id JOIN live ar ON ar.id = a.article_id
       WHERE c.claimant_entity_id IS NOT NULL GROUP BY c.claimant_entity_id),
     about AS (
       SELECT ab.entity_id, count(*) AS n
       FROM claim_about ab JOIN annotation a ON a.id = ab.annotation_id JOIN live ar ON ar.id = a.article_id
       GROUP BY ab.entity_id)
     SELECT e.id AS entityId, e.name AS name, e.type_label_id AS typeLabelId,
            coalesce(m.mentions, 0) AS mentions, coalesce(m.articles, 0) AS articles,
            m.first_seen AS firstSeen, m.last_seen AS lastSeen,
            coalesce(made.n, 0) AS claimsMade, coalesce(about.n, 0) AS claimsAbout
     FROM entity e
       JOIN label t ON t.id = e.type_label_id
       LEFT JOIN mentions m ON m.entity_id = e.id
       LEFT JOIN made ON made.entity_id = e.id
       LEFT JOIN about ON about.entity_id = e.id
     WHERE ${where.sql}
     ORDER BY ${SORT_SQL[query.sort.column]} ${direction}, e.id ${direction}`,
    scope,
    where,
  ).map((row) => ({ ...row }));
}
