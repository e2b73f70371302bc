import type { DatabaseSync } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import {
  CHART_BARS_MAX,
  type ChartLabel,
  type ClaimAttributeBar,
  type ClaimAttributeChart,
} from '../../../shared/model/analysis-charts';
import { annotationSql, articleSql } from './analysis-scope';

/** What the bars stand for: who made the claims, or where they were published. */
export type ClaimGrouping = 'claimant' | 'source';

interface CountRow {
  group_key: number | string | null;
  value_id: number | null;
  n: number;
}

const GROUP_COLUMN: Record<ClaimGrouping, string> = {
  // A claim names its claimant as an entity, or as a mention in the article linked to one.
  claimant: 'coalesce(c.claimant_entity_id, ca.entity_id)',
  source: 'ar.source',
};

function attributeNamed(db: DatabaseSync, name: string): { attribute: ChartLabel; values: ChartLabel[] } | null {
  const attribute = db
    .prepare(
      `SELECT id, name, color FROM label
       WHERE kind = 'claim-attribute' AND parent_id IS NULL AND name = ? COLLATE NOCASE`,
    )
    .get(name) as ChartLabel | undefined;
  if (attribute === undefined) return null;
  const values = db
    .prepare(`SELECT id, name, color FROM label WHERE parent_id = ? ORDER BY position, id`)
    .all(attribute.id) as unknown as ChartLabel[];
  return { attribute: { ...attribute }, values: values.map((value) => ({ ...value })) };
}

function entityNames(db: DatabaseSync, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare('SELECT id, name FROM entity WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * Claims counted by a grouping and split by the values of one claim attribute (claims per claimant
 * by stance, verdicts per source), narrowed by the filter. One grouped pass in SQL; only the
 * counts leave the worker.
 */
export function claimAttributeChart(
  db: DatabaseSync,
  filter: AnalysisFilter,
  grouping: ClaimGrouping,
  attributeName: string,
): ClaimAttributeChart {
  const schema = attributeNamed(db, attributeName);
  const articles = articleSql(filter, { entitiesAndLabels: false });
  const annotations = annotationSql(filter, { claimsOnly: true });
  const group = GROUP_COLUMN[grouping];
  const rows = db
    .prepare(
      `SELECT ${group} AS group_key, cv.value_label_id AS value_id, count(*) AS n
     FROM claim c
     JOIN annotation a ON a.id = c.annotation_id
     JOIN article ar ON ar.id = a.article_id
     LEFT JOIN annotation ca ON ca.id = c.claimant_annotation_id
     LEFT JOIN claim_attribute cv ON cv.annotation_id = c.annotation_id AND cv.attribute_label_id = ?
     WHERE ${grouping === 'claimant' ? `${group} IS NOT NULL AND ` : ''}${articles.sql} AND ${annotations.sql}
     GROUP BY group_key, value_id`,
    )
    .all(schema?.attribute.id ?? null, ...articles.params, ...annotations.params) as unknown as CountRow[];
  const groups = new Map<number | string | null, Map<number | null, number>>();
  for (const row of rows) {
    const counts = groups.get(row.group_key) ?? new Map<number | null, number>();
    counts.set(row.value_id, row.n);
    groups.set(row.group_key, counts);
  }
  const totalOf = (counts: Map<number | null, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const largest = [...groups]
    .map(([key, counts]) => ({ key, counts, total: totalOf(counts) }))
    .sort((x, y) => y.total - x.total || String(x.key).localeCompare(String(y.key)))
    .slice(0, CHART_BARS_MAX);
  const names =
    grouping === 'claimant'
      ? entityNames(
          db,
          largest.map(({ key }) => Number(key)),
        )
      : null;
  const bars = largest.map(({ key, counts, total }): ClaimAttributeBar => {
    const counted = [...counts].map(([valueId, count]) => ({ valueId, count }));
    if (names !== null) {
      const entityId = Number(key);
      return { key: { entityId }, name: names.get(entityId) ?? `#${entityId}`, total, counts: counted };
    }
    const source = key === null ? null : String(key);
    return { key: { source }, name: source ?? '(no source)', total, counts: counted };
  });
  return { attribute: schema?.attribute ?? null, values: schema?.values ?? [], bars, groups: groups.size };
}
