import type { SQLInputValue } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import { toFtsQuery } from '../search-query';

/** A condition to AND into a query's WHERE, with the values its `?` placeholders take, in order. */
export interface FilterSql {
  readonly where: string;
  readonly params: SQLInputValue[];
}

/**
 * The table aliases a query counts rows of. With `annotation`, the filter narrows annotations
 * (mentions, claims): an entity is the mention's entity or the claim's claimant or about, a label
 * the annotation's label, a claim's attribute value (a stance) or its article's document label.
 * Without it, the filter narrows articles: one narrows them to those with such an annotation.
 */
export interface FilterTables {
  readonly article: string;
  readonly annotation?: string;
}

/**
 * Sorts after every character a published date may hold, so `published_at < to + END` takes in
 * every date that starts with `to` ("2025-03" as the end takes in "2025-03-31T23:00Z").
 */
const PERIOD_END = '~';

/** Lists go in as one JSON parameter, so a statement's text is the same whatever their length. */
const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

function claimsOfEntities(): string {
  return `SELECT annotation_id FROM claim WHERE ${inList('claimant_entity_id')}
    UNION SELECT c.annotation_id FROM claim c JOIN annotation m ON m.id = c.claimant_annotation_id
      WHERE ${inList('m.entity_id')}
    UNION SELECT annotation_id FROM claim_about WHERE ${inList('entity_id')}`;
}

function entityCondition(tables: FilterTables, ids: string): FilterSql {
  const { annotation, article } = tables;
  if (annotation !== undefined) {
    return {
      where: `(${inList(`${annotation}.entity_id`)} OR ${annotation}.id IN (${claimsOfEntities()}))`,
      params: [ids, ids, ids, ids],
    };
  }
  return {
    where: `(EXISTS (SELECT 1 FROM annotation fe WHERE fe.article_id = ${article}.id AND ${inList('fe.entity_id')})
      OR EXISTS (SELECT 1 FROM annotation fc WHERE fc.article_id = ${article}.id AND fc.id IN (${claimsOfEntities()})))`,
    params: [ids, ids, ids, ids],
  };
}

function labelCondition(tables: FilterTables, ids: string): FilterSql {
  const { annotation, article } = tables;
  const documentLabel = `EXISTS (SELECT 1 FROM article_label fd WHERE fd.article_id = ${article}.id AND ${inList('fd.label_id')})`;
  const attributeValue = `SELECT annotation_id FROM claim_attribute WHERE ${inList('value_label_id')}`;
  if (annotation !== undefined) {
    return {
      where: `(${inList(`${annotation}.label_id`)} OR ${annotation}.id IN (${attributeValue}) OR ${documentLabel})`,
      params: [ids, ids, ids],
    };
  }
  return {
    where: `(EXISTS (SELECT 1 FROM annotation fl WHERE fl.article_id = ${article}.id
        AND (${inList('fl.label_id')} OR fl.id IN (${attributeValue}))) OR ${documentLabel})`,
    params: [ids, ids, ids],
  };
}

/**
 * The SQL for an `AnalysisFilter`: kinds AND together, values of one kind OR (`IN`). Articles in
 * the trash are always left out; an article without a published date falls outside any date range
 * (a comparison with NULL is never true).
 */
export function analysisFilterSql(filter: AnalysisFilter, tables: FilterTables): FilterSql {
  const a = tables.article;
  const parts: FilterSql[] = [{ where: `${a}.deleted_at IS NULL`, params: [] }];
  const json = (values: readonly (string | number)[]) => JSON.stringify(values);
  if (filter.sources.length > 0) parts.push({ where: inList(`${a}.source`), params: [json(filter.sources)] });
  if (filter.tags.length > 0) {
    parts.push({
      where: `EXISTS (SELECT 1 FROM article_tag ft WHERE ft.article_id = ${a}.id AND ${inList('ft.tag')})`,
      params: [json(filter.tags)],
    });
  }
  if (filter.publishedFrom !== null) parts.push({ where: `${a}.published_at >= ?`, params: [filter.publishedFrom] });
  if (filter.publishedTo !== null) {
    parts.push({ where: `${a}.published_at < ?`, params: [filter.publishedTo + PERIOD_END] });
  }
  const fts = toFtsQuery(filter.text);
  if (fts !== null) {
    parts.push({ where: `${a}.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)`, params: [fts] });
  }
  if (filter.entityIds.length > 0) parts.push(entityCondition(tables, json(filter.entityIds)));
  if (filter.labelIds.length > 0) parts.push(labelCondition(tables, json(filter.labelIds)));
  return { where: parts.map((part) => part.where).join(' AND '), params: parts.flatMap((part) => part.params) };
}
