import type { DatabaseSync } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import { toFtsQuery } from '../search-query';
import { allOf, anyOf, containsText, inList, sqlPart, type SqlPart } from './analysis-sql';

/**
 * How the shared filter (shared/model/analysis-filter.ts) reads in SQL. Kinds combine with AND,
 * values of one kind with OR. Article-level parts (alias `ar`, a row of `article`): source, tag,
 * published date, full text, and — for views that count over articles (the entity index, the
 * article list) — "mentions one of these entities" and "carries one of these labels" (a document
 * label, an annotation's label or a claim attribute's value). The claims table reads entities and
 * labels per claim instead (claimSql).
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
  // Inclusive at the precision written: an end of "2025-03" takes in "2025-03-31T23:00".
  if (filter.publishedTo !== null) {
    parts.push(sqlPart('substr(ar.published_at, 1, ?) <= ?', filter.publishedTo.length, filter.publishedTo));
  }
  const fts = toFtsQuery(filter.text);
  if (fts !== null) parts.push(articleTextSql(fts));
  if (options.entitiesAndLabels) {
    if (filter.entityIds.length > 0) {
      const ids = inList(filter.entityIds);
      parts.push(sqlPart(`ar.id IN (SELECT article_id FROM annotation WHERE entity_id ${ids.sql})`, ...ids.params));
    }
    if (filter.labelIds.length > 0) parts.push(articleLabelsSql(filter.labelIds));
  }
  return allOf(parts);
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
 * The claim-level parts (aliases `a` the claim's annotation, `c` its claim row, `ar` its article):
 * an entity filter keeps claims made by or about one of the entities; a label filter keeps claims
 * with the label, one of the attribute values, or in an article with the document label; the text
 * is looked for in the claim and in its article's text.
 */
export function claimSql(db: DatabaseSync, filter: AnalysisFilter): SqlPart {
  const parts: SqlPart[] = [];
  if (filter.entityIds.length > 0) {
    const ids = inList(filter.entityIds);
    parts.push(
      anyOf([
        sqlPart(`c.claimant_entity_id ${ids.sql}`, ...ids.params),
        sqlPart(
          `EXISTS (SELECT 1 FROM claim_about ab WHERE ab.annotation_id = a.id AND ab.entity_id ${ids.sql})`,
          ...ids.params,
        ),
        sqlPart(
          `EXISTS (SELECT 1 FROM annotation m WHERE m.id = c.claimant_annotation_id AND m.entity_id ${ids.sql})`,
          ...ids.params,
        ),
      ]),
    );
  }
  if (filter.labelIds.length > 0) {
    const ids = inList(filter.labelIds);
    parts.push(
      anyOf([
        sqlPart(`a.label_id ${ids.sql}`, ...ids.params),
        sqlPart(
          `EXISTS (SELECT 1 FROM claim_attribute ca WHERE ca.annotation_id = a.id AND ca.value_label_id ${ids.sql})`,
          ...ids.params,
        ),
        sqlPart(
          `EXISTS (SELECT 1 FROM article_label al WHERE al.article_id = a.article_id AND al.label_id ${ids.sql})`,
          ...ids.params,
        ),
      ]),
    );
  }
  const fts = toFtsQuery(filter.text);
  if (fts !== null) parts.push(anyOf([containsText(db, 'a.quote_exact', filter.text.trim()), articleTextSql(fts)]));
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
