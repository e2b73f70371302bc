import type { DatabaseSync } from 'node:sqlite';
import type { ReviewStatus } from '../../shared/model/review-status';

/** Who made a row and last changed it, as an import found it; null is unknown. */
export interface RestoredAuthorship {
  readonly createdBy: number | null;
  readonly createdAt: string | null;
  readonly updatedBy: number | null;
  readonly updatedAt: string | null;
}

export type AuthoredTable = 'annotation' | 'relation' | 'entity' | 'note';

/**
 * Gives an imported row the authorship its source recorded, replacing the import's own stamp, so
 * a bundle moved between projects keeps who did what. Times are NOT NULL: an unknown one keeps the import's.
 */
export function restoreAuthorship(
  db: DatabaseSync,
  table: AuthoredTable,
  id: number,
  authorship: RestoredAuthorship,
): void {
  db.prepare(
    `UPDATE ${table} SET created_by = ?, created_at = coalesce(?, created_at),
       updated_by = ?, updated_at = coalesce(?, updated_at) WHERE id = ?`,
  ).run(authorship.createdBy, authorship.createdAt, authorship.updatedBy, authorship.updatedAt, id);
}

/** Gives an imported article the review status its source recorded, with who set it and when. */
export function restoreReview(
  db: DatabaseSync,
  articleId: number,
  review: { readonly status: ReviewStatus; readonly by: number | null; readonly at: string | null },
): void {
  db.prepare('UPDATE article SET review_status = ?, review_by = ?, review_at = ? WHERE id = ?').run(
    review.status,
    review.by,
    review.at,
    articleId,
  );
}
