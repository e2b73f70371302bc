import type { SQLInputValue } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import { toFtsQuery } from '../search-query';

/** A condition to AND into a WHERE clause, with its parameters in order. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: SQLInputValue[];
}

const jsonList = (values: readonly (string | number)[]): string => JSON.stringify(values);

/**
 * The article side of the filter, over the article table as `r`: not in the trash, one of the
 * sources, one of the tags, published in the range, matching the text. A range end like "2025-03"
 * takes in every day of March, so the published date is compared cut to the end's length.
 */
export function articleCondition(filter: AnalysisFilter): SqlCondition {
  const parts = ['r.deleted_at IS NULL'];
  const params: SQLInputValue[] = [];
  if (filter.sources.length > 0) {
    parts.push('r.source IN (SELECT value FROM json_each(?))');
    params.push(jsonList(filter.sources));
  }
  if (filter.tags.length > 0) {
    parts.push(
      'EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = r.id AND t.tag IN (SELECT value FROM json_each(?)))',
    );
    params.push(jsonList(filter.tags));
  }
  if (filter.publishedFrom !== null) {
    parts.push('r.published_at >= ?');
    params.push(filter.publishedFrom);
  }
  if (filter.publishedTo !== null) {
    parts.push('substr(r.published_at, 1, ?) <= ?');
    params.push(filter.publishedTo.length, filter.publishedTo);
  }
  const text = toFtsQuery(filter.text);
  if (text !== null) {
    parts.push('r.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)');
    params.push(text);
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * The label side, over the annotation table as `alias`: the annotation carries one of the labels
 * (an entity type, the claim label), has one as a claim attribute value (a stance, a verdict), or
 * is in an article with one as a document label. True when no label is chosen.
 */
export function labelCondition(filter: AnalysisFilter, alias: string): SqlCondition {
  if (filter.labelIds.length === 0) return { sql: '1', params: [] };
  const labels = jsonList(filter.labelIds);
  return {
    sql: `(${alias}.label_id IN (SELECT value FROM json_each(?))
      OR EXISTS (SELECT 1 FROM claim_attribute ca WHERE ca.annotation_id = ${alias}.id
                 AND ca.value_label_id IN (SELECT value FROM json_each(?)))
      OR EXISTS (SELECT 1 FROM article_label al WHERE al.article_id = ${alias}.article_id
                 AND al.label_id IN (SELECT value FROM json_each(?))))`,
    params: [labels, labels, labels],
  };
}

/** The chosen entities as a JSON list for `json_each(?)`. */
export function entityList(filter: AnalysisFilter): string {
  return jsonList(filter.entityIds);
}
