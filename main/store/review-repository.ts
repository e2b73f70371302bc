import type { DatabaseSync } from 'node:sqlite';
import { ReviewStatus } from '../../shared/model/review-status';
import type { Stamp } from './authorship';
import { notFound, parseInput } from './store-input';
import { prepared } from './prepared-statements';

/** Sets an article's review status, recording who set it and when. */
export function setReviewStatus(db: DatabaseSync, articleId: number, status: ReviewStatus, stamp: Stamp): void {
  const checked = parseInput(ReviewStatus, status);
  const changes = prepared(db, 'UPDATE article SET review_status = ?, review_by = ?, review_at = ? WHERE id = ?').run(
    checked,
    stamp.by,
    stamp.at,
    articleId,
  ).changes;
  if (Number(changes) === 0) throw notFound('That article does not exist (it may have been deleted for good).');
}

/**
 * The first annotation of a new article starts its work: it becomes "in progress" in the same step,
 * so undoing that annotation makes it new again. Other statuses are the analyst's and stay.
 */
export function startReviewOnFirstAnnotation(db: DatabaseSync, articleIds: readonly number[], stamp: Stamp): void {
  prepared(
    db,
    `UPDATE article SET review_status = 'in-progress', review_by = ?, review_at = ?
     WHERE id IN (SELECT value FROM json_each(?)) AND review_status = 'new'`,
  ).run(stamp.by, stamp.at, JSON.stringify([...new Set(articleIds)]));
}
