import type { DatabaseSync } from 'node:sqlite';
import { entityNodeId, type Network, type NetworkRequest } from '../../../shared/model/analysis-network';
import { allOf, sqlPart, type SqlPart } from './analysis-sql';
import { annotationLabelsSql, articleSql, articlesMentioning } from './analysis-scope';
import { strongestEdges, type CountedEdge } from './strongest-edges';
import { forEachPackedPair } from './packed-pairs';
import type { NetworkPlaces } from './network-places';
import { sentenceAt } from './sentence-index';

type CooccurrenceRequest = Extract<NetworkRequest, { kind: 'cooccurrence' }>;

interface PoolEntity {
  readonly id: number;
  readonly name: string;
  readonly typeLabelId: number;
  readonly mentions: number;
}

/**
 * Which entities are mentioned together, in one sentence or one article, among the most mentioned
 * entities in the filter (plus the filtered entities themselves). SQL narrows and packs the
 * mentions one row per article; the pairs are counted here in a typed array, because a GROUP BY
 * over every pair in every article is millions of rows at corpus scale (measured: seconds), while
 * counting them in memory takes milliseconds. With entities in the filter, only sentences or
 * articles that mention one of them count, so the network narrows to their neighbourhood.
 */
export function cooccurrenceNetwork(db: DatabaseSync, places: NetworkPlaces, request: CooccurrenceRequest): Network {
  const { filter, scope } = request;
  const article = articleSql(filter, { entitiesAndLabels: false });
  const chosen = new Set(filter.entityIds);
  const narrowing: SqlPart[] = [
    sqlPart(`+a.article_id IN (SELECT ar.id FROM article ar WHERE ${article.sql})`, ...article.params),
  ];
  if (filter.labelIds.length > 0) narrowing.push(annotationLabelsSql(filter.labelIds));
  if (chosen.size > 0) {
    const mentioning = articlesMentioning(filter.entityIds);
    narrowing.push(sqlPart(`+a.article_id ${mentioning.sql}`, ...mentioning.params));
  }
  const narrowed = allOf(narrowing);
  // The partial index holds every live mention's entity and article (and its id): reading it
  // touches no annotation row. The article conditions are tests (unary +), not index seeks: a seek
  // per entity and article is millions of them.
  const mentions = `FROM annotation a INDEXED BY annotation_entity_mention
    WHERE a.entity_id IS NOT NULL AND a.orphaned = 0 AND ${narrowed.sql}`;
  const mentionParams = narrowed.params;

  const pool = db
    .prepare(
      `WITH counted AS MATERIALIZED (SELECT a.entity_id AS id, count(*) AS mentions ${mentions} GROUP BY a.entity_id),
       kept AS (SELECT * FROM (SELECT id, mentions FROM counted ORDER BY mentions DESC, id LIMIT ?)
                UNION SELECT id, mentions FROM counted WHERE id IN (SELECT value FROM json_each(?)))
       SELECT k.id, e.name, e.type_label_id AS typeLabelId, k.mentions FROM kept k JOIN entity e ON e.id = k.id
       ORDER BY k.mentions DESC, k.id`,
    )
    .all(...mentionParams, request.entities, JSON.stringify(filter.entityIds)) as unknown as PoolEntity[];
  const indexOf = new Map(pool.map((entity, index) => [entity.id, index]));

  // One row per entity, in the index's order (no sort): its mentions as "article:annotation".
  const packed = db
    .prepare(
      `SELECT a.entity_id AS entityId, group_concat(concat(a.article_id, ':', a.id)) AS mentions ${mentions}
       AND a.entity_id IN (SELECT value FROM json_each(?)) GROUP BY a.entity_id`,
    )
    .all(...mentionParams, JSON.stringify(pool.map((entity) => entity.id))) as { entityId: number; mentions: string }[];
  const starts = scope === 'sentence' ? places.starts.current() : null;
  /** Per article, its mentions as entity index and start (0 in article scope), flat. */
  const byArticle = new Map<number, number[]>();
  for (const { entityId, mentions: items } of packed) {
    const index = indexOf.get(entityId) as number;
    forEachPackedPair(items, (articleId, annotationId) => {
      let list = byArticle.get(articleId);
      if (list === undefined) byArticle.set(articleId, (list = []));
      list.push(index, starts === null ? 0 : (starts[annotationId] as number));
    });
  }

  const counts = new Uint32Array(pool.length * pool.length);
  const chosenIndexes = new Set([...chosen].flatMap((id) => indexOf.get(id) ?? []));
  const countUnit = (members: Set<number>): void => {
    if (chosenIndexes.size > 0 && ![...members].some((index) => chosenIndexes.has(index))) return;
    const sorted = [...members].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) {
      const row = (sorted[i] as number) * pool.length;
      for (let j = i + 1; j < sorted.length; j++) {
        const cell = row + (sorted[j] as number);
        counts[cell] = (counts[cell] as number) + 1;
      }
    }
  };
  const ends = scope === 'sentence' ? places.sentences.endsOf(byArticle.keys()) : null;
  for (const [articleId, list] of byArticle) {
    const sentenceEnds = ends?.get(articleId);
    const units = new Map<number, Set<number>>();
    for (let i = 0; i < list.length; i += 2) {
      const unit = sentenceEnds === undefined ? 0 : sentenceAt(sentenceEnds, list[i + 1] as number);
      let members = units.get(unit);
      if (members === undefined) units.set(unit, (members = new Set()));
      members.add(list[i] as number);
    }
    for (const members of units.values()) countUnit(members);
  }

  const found: CountedEdge[] = [];
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const weight = counts[i * pool.length + j] as number;
      if (weight > 0) found.push({ source: i, target: j, weight });
    }
  }
  const kept = strongestEdges(found, request.limit);
  const shown = new Set([...chosenIndexes, ...kept.flatMap((edge) => [edge.source, edge.target])]);
  const node = (index: number): PoolEntity => pool[index] as PoolEntity;
  return {
    nodes: [...shown]
      .sort((x, y) => x - y)
      .map((index) => ({
        id: entityNodeId(node(index).id),
        label: node(index).name,
        labelId: node(index).typeLabelId,
        entityId: node(index).id,
        annotationId: null,
        place: null,
        count: node(index).mentions,
      })),
    edges: kept.map((edge) => ({
      source: entityNodeId(node(edge.source).id),
      target: entityNodeId(node(edge.target).id),
      weight: edge.weight,
      labelId: null,
    })),
    total: found.length,
  };
}
