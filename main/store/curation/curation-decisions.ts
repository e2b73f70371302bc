import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../../shared/model/article';
import type { CurationDecision } from '../../../shared/model/curation';
import { jsonIds } from '../store-input';

interface DecisionRow {
  article_id: number;
  key: string;
  choice: CurationDecision['choice'];
  decided_by: number | null;
  decided_at: string;
}

const COLUMNS = 'article_id, key, choice, decided_by, decided_at';

const decisionOf = (row: DecisionRow): CurationDecision => ({
  key: row.key,
  articleId: row.article_id,
  choice: row.choice,
  ...(row.decided_by === null ? {} : { decidedBy: row.decided_by }),
  decidedAt: row.decided_at,
});

/** The decisions taken in these articles, by article and key (see decisionSlot). */
export function decisionsIn(db: DatabaseSync, articleIds: readonly ArticleId[]): Map<string, CurationDecision> {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM curation_decision WHERE article_id IN (SELECT value FROM json_each(?))`)
    .all(jsonIds(articleIds)) as unknown as DecisionRow[];
  return new Map(rows.map((row) => [decisionSlot(row.article_id, row.key), decisionOf(row)]));
}

/** The decisions at these places that exist now, for a change set; a place without one was undone. */
export function getDecisions(
  db: DatabaseSync,
  places: readonly { articleId: ArticleId; key: string }[],
): CurationDecision[] {
  const read = db.prepare(`SELECT ${COLUMNS} FROM curation_decision WHERE article_id = ? AND key = ?`);
  return places.flatMap(({ articleId, key }) => {
    const row = read.get(articleId, key) as DecisionRow | undefined;
    return row === undefined ? [] : [decisionOf(row)];
  });
}

/**
 * Records a decision, replacing the one taken there before. An UPDATE rather than INSERT OR
 * REPLACE: REPLACE deletes without firing delete triggers, so the undo journal would miss the old row.
 */
export function writeDecision(db: DatabaseSync, decision: CurationDecision): void {
  const by = decision.decidedBy ?? null;
  const updated = db
    .prepare('UPDATE curation_decision SET choice = ?, decided_by = ?, decided_at = ? WHERE article_id = ? AND key = ?')
    .run(decision.choice, by, decision.decidedAt, decision.articleId, decision.key);
  if (Number(updated.changes) > 0) return;
  db.prepare(`INSERT INTO curation_decision (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`).run(
    decision.articleId,
    decision.key,
    decision.choice,
    by,
    decision.decidedAt,
  );
}

export const decisionSlot = (articleId: ArticleId, key: string): string => `${articleId}\n${key}`;
