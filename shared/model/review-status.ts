import * as z from 'zod';
import { AnnotatorId } from './annotator';

/**
 * Where an article is in the team's work. `new` until someone annotates it (the first annotation
 * makes it `in-progress`), `done` when its annotator says so, `reviewed` once a second person checked it.
 */
export const ReviewStatus = z.enum(['new', 'in-progress', 'done', 'reviewed']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const REVIEW_STATUS_TITLES: Record<ReviewStatus, string> = {
  new: 'New',
  'in-progress': 'In progress',
  done: 'Done',
  reviewed: 'Reviewed',
};

/** An article's status with who set it and when; absent parts are unknown (set before annotators, or by the command line). */
export const ArticleReview = z.strictObject({
  status: ReviewStatus,
  by: AnnotatorId.optional(),
  at: z.string().optional(),
});
export type ArticleReview = z.infer<typeof ArticleReview>;
