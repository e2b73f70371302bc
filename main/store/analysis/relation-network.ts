import type { DatabaseSync } from 'node:sqlite';
import { annotationNodeId, type Network, type NetworkRequest } from '../../../shared/model/analysis-network';
import { annotationEntitiesSql, annotationLabelsSql, articleSql } from './analysis-scope';
import { allOf, anyOf, inList, sqlPart, type SqlPart } from './analysis-sql';
import { annotationNodeLabel } from './annotation-node-label';
import { entityNodes } from './entity-nodes';

type RelationRequest = Extract<NetworkRequest, { kind: 'relations' }>;

interface LinkRow {
  source: string;
  target: string;
  type: number;
  weight: number;
  total: number;
}

/** An end of a relation as a node: its mention's entity, or the annotation itself (a claim). */
const end = (alias: string): string =>
  `CASE WHEN ${alias}.entity_id IS NULL THEN 'a' || ${alias}.id ELSE 'e' || ${alias}.entity_id END`;

/**
 * The relations drawn between annotations (said_by, member_of, located_in, …) lifted to their
 * entities: every relation of one type between mentions of the same two entities is one edge
 * weighted by how many there are. An end that is no entity's mention (a claim) stays a node of
 * its own. With entities in the filter, only links that touch one; with labels, links of that
 * relation type or between annotations carrying one.
 */
export function relationNetwork(db: DatabaseSync, request: RelationRequest): Network {
  const { filter } = request;
  const articles = articleSql(filter, { entitiesAndLabels: false });
  const narrowing: SqlPart[] = [];
  if (filter.labelIds.length > 0) {
    const types = inList(filter.labelIds);
    narrowing.push(
      anyOf([
        sqlPart(`l.type_label_id ${types.sql}`, ...types.params),
        annotationLabelsSql(filter.labelIds, 's'),
        annotationLabelsSql(filter.labelIds, 't'),
      ]),
    );
  }
  if (filter.entityIds.length > 0) {
    narrowing.push(anyOf([annotationEntitiesSql(filter.entityIds, 's'), annotationEntitiesSql(filter.entityIds, 't')]));
  }
  const narrowed = allOf(narrowing);
  const rows = db
    .prepare(
      `WITH links AS (
         SELECT ${end('s')} AS from_node, ${end('t')} AS to_node, l.type_label_id AS type, count(*) AS weight
         FROM relation l JOIN annotation s ON s.id = l.source_id JOIN annotation t ON t.id = l.target_id
         JOIN article ar ON ar.id = s.article_id
         WHERE s.orphaned = 0 AND t.orphaned = 0 AND ${articles.sql} AND ${narrowed.sql}
         GROUP BY from_node, to_node, type)
       SELECT from_node AS source, to_node AS target, type, weight, (SELECT count(*) FROM links) AS total FROM links
       ORDER BY weight DESC, from_node, to_node, type LIMIT ?`,
    )
    // The node columns are not named source and target inside: GROUP BY would take article.source.
    .all(...articles.params, ...narrowed.params, request.limit) as unknown as LinkRow[];

  const entityWeights = new Map<number, number>();
  const annotationWeights = new Map<number, number>();
  for (const row of rows) {
    for (const node of [row.source, row.target]) {
      const id = Number(node.slice(1));
      const weights = node.startsWith('e') ? entityWeights : annotationWeights;
      weights.set(id, (weights.get(id) ?? 0) + row.weight);
    }
  }
  const annotations = db
    .prepare(
      `SELECT a.id, a.quote_exact AS quote, a.label_id AS labelId, a.article_id AS articleId,
         (SELECT f.start FROM annotation_fragment f WHERE f.annotation_id = a.id AND f.seq = 0) AS start
       FROM annotation a WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`,
    )
    .all(JSON.stringify([...annotationWeights.keys()])) as {
    id: number;
    quote: string;
    labelId: number;
    articleId: number;
    start: number;
  }[];
  return {
    nodes: [
      ...entityNodes(db, entityWeights),
      ...annotations.map((row) => ({
        id: annotationNodeId(row.id),
        label: annotationNodeLabel(row.quote),
        labelId: row.labelId,
        entityId: null,
        annotationId: row.id,
        place: { articleId: row.articleId, start: row.start },
        count: annotationWeights.get(row.id) ?? 0,
      })),
    ],
    edges: rows.map((row) => ({ source: row.source, target: row.target, weight: row.weight, labelId: row.type })),
    total: rows[0]?.total ?? 0,
  };
}
