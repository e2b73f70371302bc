import { REVIEW_STATUS_TITLES, type ArticleReview } from '../../../shared/model/review-status';
import type { AuthorshipFormat } from '../annotators/authorship-line';
import { stampTime } from '../annotators/authorship-line';

/** "Reviewed by Ben, 4 Dec 09:30", "In progress", "New": an article's status as the status bar and details show it. */
export function reviewStatusLabel(review: ArticleReview | undefined, format: AuthorshipFormat): string {
  const status = review?.status ?? 'new';
  const title = REVIEW_STATUS_TITLES[status];
  if (review === undefined || status === 'new') return title;
  const who = format.annotator(review.by)?.name;
  const by = who === undefined ? '' : ` by ${who}`;
  const at = review.at === undefined ? '' : `, ${stampTime(review.at, format)}`;
  return `${title}${by}${at}`;
}
