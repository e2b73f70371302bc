import type { DatabaseSync } from 'node:sqlite';

/** The columns of both summaries, in one order, for comparing rows. */
const COUNTS = 'mentions, claims_made, claims_about';

/** entity_article_count counted again from the annotations and claims. */
const RECOUNT_PER_ARTICLE = `
  SELECT entity_id, article_id, sum(mentions) AS mentions, sum(made) AS claims_made, sum(about) AS claims_about FROM (
    SELECT entity_id, article_id, 1 AS mentions, 0 AS made, 0 AS about FROM annotation WHERE entity_id IS NOT NULL
    UNION ALL
    SELECT c.claimant_entity_id, a.article_id, 0, 1, 0
      FROM claim c JOIN annotation a ON a.id = c.annotation_id WHERE c.claimant_entity_id IS NOT NULL
    UNION ALL
    SELECT ab.entity_id, a.article_id, 0, 0, 1 FROM claim_about ab JOIN annotation a ON a.id = ab.annotation_id)
  GROUP BY entity_id, article_id ORDER BY entity_id, article_id`;

/** entity_summary counted again from the annotations and claims of the live articles. */
const RECOUNT_PER_ENTITY = `
  WITH per_article AS (${RECOUNT_PER_ARTICLE})
  SELECT p.entity_id, sum(p.mentions) AS mentions, sum(p.mentions > 0) AS articles,
         min(CASE WHEN p.mentions > 0 THEN ar.published_at END) AS first_seen,
         max(CASE WHEN p.mentions > 0 THEN ar.published_at END) AS last_seen,
         sum(p.claims_made) AS claims_made, sum(p.claims_about) AS claims_about
  FROM per_article p JOIN article ar ON ar.id = p.article_id
  WHERE ar.deleted_at IS NULL GROUP BY p.entity_id ORDER BY p.entity_id`;

const STORED_PER_ENTITY = `
  SELECT entity_id, mentions, articles, first_seen, last_seen, claims_made, claims_about FROM entity_summary
  WHERE mentions <> 0 OR articles <> 0 OR claims_made <> 0 OR claims_about <> 0
     OR first_seen IS NOT NULL OR last_seen IS NOT NULL
  ORDER BY entity_id`;

const lines = (db: DatabaseSync, sql: string): string[] =>
  db
    .prepare(sql)
    .all()
    .map((row) => JSON.stringify(row));

/**
 * Where the analysis summaries (entity_article_count, entity_summary, article_label_count; kept by
 * triggers) differ
 * from counting the annotations again: each differing row, stored and recounted. Empty when right.
 */
export function summaryDrift(db: DatabaseSync): string[] {
  const drift: string[] = [];
  const compare = (what: string, stored: string[], recounted: string[]) => {
    const kept = new Set(stored);
    const counted = new Set(recounted);
    for (const row of stored) if (!counted.has(row)) drift.push(`${what} stored ${row}`);
    for (const row of recounted) if (!kept.has(row)) drift.push(`${what} recounted ${row}`);
  };
  compare(
    'entity_article_count',
    lines(db, `SELECT entity_id, article_id, ${COUNTS} FROM entity_article_count ORDER BY entity_id, article_id`),
    lines(db, RECOUNT_PER_ARTICLE),
  );
  compare('entity_summary', lines(db, STORED_PER_ENTITY), lines(db, RECOUNT_PER_ENTITY));
  compare(
    'article_label_count',
    lines(db, 'SELECT article_id, label_id, annotations FROM article_label_count ORDER BY article_id, label_id'),
    lines(
      db,
      `SELECT article_id, label_id, count(*) AS annotations FROM annotation
       GROUP BY article_id, label_id ORDER BY article_id, label_id`,
    ),
  );
  return drift;
}
