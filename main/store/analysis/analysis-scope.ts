import type { DatabaseSync } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import { toFtsQuery } from '../search-query';
import { allOf, anyOf, inList, sqlPart, type SqlPart } from './analysis-sql';

/**
 * How the shared filter (shared/model/analysis-filter.ts) reads in SQL. Kinds combine with AND,
 * values of one kind with OR. Article-level parts (alias `ar`, a row of `article`): source, tag,
 * published date, full text, and — for views that count over articles (the entity index, the
 * article list) — "mentions one of these entities" and "carries one of these labels" (a document
 * label, an annotation's label or a claim attribute's value). Views that count annotations read
 * entities and labels per annotation instead (annotationSql).
 */
export function articleSql(filter: AnalysisFilter, options: { entitiesAndLabels: boolean }): SqlPart {
  const parts: SqlPart[] = [sqlPart('ar.deleted_at IS NULL')];
  if (filter.sources.length > 0)
    parts.push(sqlPart(`ar.source ${inList(filter.sources).sql}`, ...inList(filter.sources).params));
  if (filter.tags.length > 0) {
    const tags = inList(filter.tags);
    parts.push(sqlPart(`ar.id IN (SELECT article_id FROM article_tag WHERE tag ${tags.sql})`, ...tags.params));
  }
  if (filter.publishedFrom !== null) parts.push(sqlPart('ar.published_at >= ?', filter.publishedFrom));
  // Inclusive at the precision written: an end of "2025-03" takes in "2025-03-31T23:00". "~" sorts
  // after every character a date holds, and unlike cutting the date to the end's length this
  // lets the published-date index narrow the range.
  if (filter.publishedTo !== null) parts.push(sqlPart('ar.published_at < ?', `${filter.publishedTo}~`));
  const fts = toFtsQuery(filter.text);
  if (fts !== null) parts.push(articleTextSql(fts));
  if (options.entitiesAndLabels) {
    if (filter.entityIds.length > 0)
      parts.push(
        sqlPart(`ar.id ${articlesMentioning(filter.entityIds).sql}`, ...articlesMentioning(filter.entityIds).params),
      );
    if (filter.labelIds.length > 0) parts.push(articleLabelsSql(filter.labelIds));
  }
  return allOf(parts);
}

/** `IN` the articles that mention one of the entities. */
export function articlesMentioning(entityIds: readonly number[]): SqlPart {
  const ids = inList(entityIds);
  return sqlPart(`IN (SELECT article_id FROM annotation WHERE entity_id ${ids.sql})`, ...ids.params);
}

function articleTextSql(ftsQuery: string): SqlPart {
  return sqlPart('ar.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)', ftsQuery);
}

function articleLabelsSql(labelIds: readonly number[]): SqlPart {
  const ids = inList(labelIds);
  return anyOf([
    sqlPart(`ar.id IN (SELECT article_id FROM article_label WHERE label_id ${ids.sql})`, ...ids.params),
    sqlPart(`ar.id IN (SELECT article_id FROM annotation WHERE label_id ${ids.sql})`, ...ids.params),
    sqlPart(
      `ar.id IN (SELECT a.article_id FROM claim_attribute ca JOIN annotation a ON a.id = ca.annotation_id
                 WHERE ca.value_label_id ${ids.sql})`,
      ...ids.params,
    ),
  ]);
}

/**
 * An annotation (alias `annotation`) carries one of the labels: as its label (an entity type, the
 * claim label), as one of its claim attribute values (a stance, a verdict), or through a document
 * label of its article.
 */
export function annotationLabelsSql(labelIds: readonly number[], annotation = 'a'): SqlPart {
  const ids = inList(labelIds);
  return anyOf([
    sqlPart(`${annotation}.label_id ${ids.sql}`, ...ids.params),
    sqlPart(
      `${annotation}.id IN (SELECT annotation_id FROM claim_attribute WHERE value_label_id ${ids.sql})`,
      ...ids.params,
    ),
    sqlPart(
      `${annotation}.article_id IN (SELECT article_id FROM article_label WHERE label_id ${ids.sql})`,
      ...ids.params,
    ),
  ]);
}

/** How a view reads the entities of the filter against its annotations (annotationEntitiesSql). */
export interface EntityReading {
  /**
   * Test the set on annotations found otherwise (the claims from the label index) instead of
   * seeking each id in it: an entity's set holds all its mentions, and seeking each reads its
   * whole row.
   */
  readonly asTest?: boolean;
  /**
   * The view counts claims only. A claim never links to an entity itself (only a mention does:
   * checkShape in annotation-repository.ts), so the entity's mentions, most of its set (87,000 for
   * the most frequent at corpus scale), are left out of it.
   */
  readonly claimsOnly?: boolean;
}

/**
 * An annotation (alias `annotation`) belongs to one of the entities: it is a mention of one, or a
 * claim made by one (named as the entity or as a mention of it) or about one. The lists are
 * uncorrelated subqueries, worked out once per statement rather than once per row.
 */
export function annotationEntitiesSql(
  entityIds: readonly number[],
  annotation = 'a',
  reading: EntityReading = {},
): SqlPart {
  const ids = inList(entityIds);
  const claimSets = [
    'SELECT annotation_id FROM claim WHERE claimant_entity_id',
    `SELECT made.annotation_id FROM claim made JOIN annotation m ON m.id = made.claimant_annotation_id
       WHERE m.entity_id`,
    'SELECT annotation_id FROM claim_about WHERE entity_id',
  ];
  const sets = reading.claimsOnly === true ? claimSets : ['SELECT id FROM annotation WHERE entity_id', ...claimSets];
  // One id set, never the annotation's own entity_id column: testing it would read every row
  // (quotes and all) where the set is read from indexes alone.
  return sqlPart(
    `${reading.asTest === true ? '+' : ''}${annotation}.id IN (${sets.map((set) => `${set} ${ids.sql}`).join(' UNION ALL ')})`,
    ...sets.flatMap(() => ids.params),
  );
}

/** Whether the filter narrows annotations within an article (annotationSql holds for some, not all). */
export function narrowsAnnotations(filter: AnalysisFilter): boolean {
  return filter.entityIds.length > 0 || filter.labelIds.length > 0;
}

/**
 * Annotations per label and article (columns label_id, article_id, n) in the articles articleSql
 * keeps and narrowed by annotationSql: from article_label_count (kept by triggers, migrations.ts)
 * when the filter narrows only articles, else counted from the annotation(label_id, article_id)
 * index, reading no annotation row for the article test (unary +: a test, not a seek per article).
 */
export function labelCountsSql(filter: AnalysisFilter): SqlPart {
  const articles = articleSql(filter, { entitiesAndLabels: false });
  if (!narrowsAnnotations(filter)) {
    return sqlPart(
      `SELECT label_id, article_id, annotations AS n FROM article_label_count
       WHERE article_id IN (SELECT ar.id FROM article ar WHERE ${articles.sql})`,
      ...articles.params,
    );
  }
  const annotations = annotationSql(filter);
  return sqlPart(
    `SELECT a.label_id, a.article_id, count(*) AS n FROM annotation a
     WHERE +a.article_id IN (SELECT ar.id FROM article ar WHERE ${articles.sql}) AND ${annotations.sql}
     GROUP BY a.label_id, a.article_id`,
    ...articles.params,
    ...annotations.params,
  );
}

/**
 * The annotation-level parts (alias `a` an annotation; no other table), for every view that
 * counts annotations or claims (the claims table, the charts, the claim network): an entity filter
 * keeps the annotations belonging to one of the entities (annotationEntitiesSql, read as
 * `entities` says), a label filter those carrying one of the labels (annotationLabelsSql). Combine
 * with articleSql without entities and labels, which reads the text: an annotation counts where
 * its article's text matches (the claims table's search box looks in the quotes).
 */
export function annotationSql(filter: AnalysisFilter, entities: EntityReading = {}): SqlPart {
  const parts: SqlPart[] = [];
  if (filter.entityIds.length > 0) parts.push(annotationEntitiesSql(filter.entityIds, 'a', entities));
  if (filter.labelIds.length > 0) parts.push(annotationLabelsSql(filter.labelIds));
  return allOf(parts);
}

/** The ids of the live articles the filter keeps, for the article list. */
export function filteredArticleIds(db: DatabaseSync, filter: AnalysisFilter): number[] {
  const where = articleSql(filter, { entitiesAndLabels: true });
  return (
    db.prepare(`SELECT ar.id AS id FROM article ar WHERE ${where.sql} ORDER BY ar.id`).all(...where.params) as {
      id: number;
    }[]
  ).map((row) => row.id);
}
