import type { DatabaseSync } from 'node:sqlite';
import {
  annotationNodeId,
  entityNodeId,
  type Network,
  type NetworkEdge,
  type NetworkRequest,
} from '../../../shared/model/analysis-network';
import { annotationSql, articleSql } from './analysis-scope';
import { annotationNodeLabel } from './annotation-node-label';
import { entityNodes } from './entity-nodes';

type ClaimRequest = Extract<NetworkRequest, { kind: 'claims' }>;

interface ClaimRow {
  id: number;
  quote: string;
  articleId: number;
  start: number;
  claimant: number | null;
  stance: number | null;
  about: string;
}

/**
 * Who claims what about whom: claimant → claim → each entity it is about, every edge in the
 * claim's stance. A claimant given as a mention counts as that mention's entity. With entities in
 * the filter, only claims they make or are about. The claims of the most prolific claimants are
 * kept first, so the top-N shows the voices that dominate the corpus.
 */
export function claimNetwork(db: DatabaseSync, request: ClaimRequest): Network {
  const { filter } = request;
  const articles = articleSql(filter, { entitiesAndLabels: false });
  const annotations = annotationSql(filter, { claimsOnly: true });
  const rows = db
    .prepare(
      `WITH scoped AS MATERIALIZED (
         SELECT a.id, a.quote_exact AS quote, a.article_id AS articleId,
           coalesce(c.claimant_entity_id, (SELECT m.entity_id FROM annotation m WHERE m.id = c.claimant_annotation_id)) AS claimant,
           (SELECT ca.value_label_id FROM claim_attribute ca JOIN label s ON s.id = ca.attribute_label_id
            WHERE ca.annotation_id = a.id AND s.name = 'stance' COLLATE NOCASE) AS stance,
           (SELECT json_group_array(ab.entity_id) FROM claim_about ab WHERE ab.annotation_id = a.id) AS about
         FROM claim c JOIN annotation a ON a.id = c.annotation_id JOIN article ar ON ar.id = a.article_id
         WHERE a.orphaned = 0 AND ${articles.sql} AND ${annotations.sql}),
       voices AS (SELECT claimant, count(*) AS claims FROM scoped GROUP BY claimant)
       SELECT kept.id, kept.quote, kept.articleId, kept.claimant, kept.stance, kept.about, kept.total,
         (SELECT f.start FROM annotation_fragment f WHERE f.annotation_id = kept.id AND f.seq = 0) AS start
       FROM (SELECT n.id, n.quote, n.articleId, n.claimant, n.stance, n.about, v.claims AS voice,
               (SELECT count(*) FROM scoped) AS total
             FROM scoped n LEFT JOIN voices v ON v.claimant IS n.claimant
             ORDER BY n.claimant IS NULL, v.claims DESC, n.claimant, n.id LIMIT ?) kept
       ORDER BY kept.claimant IS NULL, kept.voice DESC, kept.claimant, kept.id`,
    )
    .all(...articles.params, ...annotations.params, request.limit) as unknown as (ClaimRow & { total: number })[];

  const edges: NetworkEdge[] = [];
  const weights = new Map<number, number>();
  const meet = (entityId: number): void => void weights.set(entityId, (weights.get(entityId) ?? 0) + 1);
  for (const row of rows) {
    const claim = annotationNodeId(row.id);
    if (row.claimant !== null) {
      edges.push({ source: entityNodeId(row.claimant), target: claim, weight: 1, labelId: row.stance });
      meet(row.claimant);
    }
    for (const about of JSON.parse(row.about) as number[]) {
      edges.push({ source: claim, target: entityNodeId(about), weight: 1, labelId: row.stance });
      meet(about);
    }
  }
  const claims = rows.map((row) => ({
    id: annotationNodeId(row.id),
    label: annotationNodeLabel(row.quote),
    labelId: row.stance,
    entityId: null,
    annotationId: row.id,
    place: { articleId: row.articleId, start: row.start },
    count: 1,
  }));
  return { nodes: [...entityNodes(db, weights), ...claims], edges, total: rows[0]?.total ?? 0 };
}
