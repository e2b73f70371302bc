import type { DatabaseSync } from 'node:sqlite';
import type { TextEdit } from '../../../shared/annotation/position-mapping';
import { buildTextQuote } from '../../../shared/annotation/text-quote';

interface PlacedRejection {
  id: number;
  start: number;
  end: number;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
}

/**
 * Carries an article's rejected suggestions through an edit of its text (`edit`, giving `text`).
 * One whose text the edit leaves whole moves with it, its quote's context rewritten, so the
 * suggestion stays turned down. One whose text the edit reaches into is forgotten: the text that was
 * turned down is no longer there, and a rejection kept at a stale place would list a text the
 * article does not hold and could hide a suggestion no one rejected once other words came to sit
 * there. Undo brings it back with the old text.
 */
export function carryRejections(db: DatabaseSync, articleId: number, edit: TextEdit, text: string): void {
  const rows = db
    .prepare(
      `SELECT id, start, end, quote_exact, quote_prefix, quote_suffix FROM suggestion_rejection
       WHERE article_id = ?`,
    )
    .all(articleId) as unknown as PlacedRejection[];
  const forget = db.prepare('DELETE FROM suggestion_rejection WHERE id = ?');
  const move = db.prepare(
    'UPDATE suggestion_rejection SET start = ?, end = ?, quote_prefix = ?, quote_suffix = ? WHERE id = ?',
  );
  for (const row of rows) {
    const range = edit.mapIntact(row);
    // One whose text had changed already (re-decoded, or edited before edits carried rejections) is stale too.
    if (range === null || text.slice(range.start, range.end) !== row.quote_exact) {
      forget.run(row.id);
      continue;
    }
    const { prefix, suffix } = buildTextQuote(text, [range]);
    const moved = range.start !== row.start || range.end !== row.end;
    if (moved || prefix !== row.quote_prefix || suffix !== row.quote_suffix) {
      move.run(range.start, range.end, prefix, suffix, row.id);
    }
  }
}
