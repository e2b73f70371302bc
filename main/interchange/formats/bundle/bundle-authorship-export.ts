import type { AnnotatorId } from '../../../../shared/model/annotator';
import type { ArticleReview } from '../../../../shared/model/review-status';
import type { BundleAuthorship, BundleNote, BundleReview } from './bundle-schema';

interface Authored {
  readonly createdBy?: AnnotatorId;
  readonly createdAt?: string;
  readonly updatedBy?: AnnotatorId;
  readonly updatedAt?: string;
}

/** A row's authorship with bundle-local annotator ids; unknown parts are left out, not written as null. */
export function bundleAuthorship(row: Authored, annotator: (id: number) => string): BundleAuthorship {
  return {
    ...(row.createdBy === undefined ? {} : { createdBy: annotator(row.createdBy) }),
    ...(row.createdAt === undefined ? {} : { createdAt: row.createdAt }),
    ...(row.updatedBy === undefined ? {} : { updatedBy: annotator(row.updatedBy) }),
    ...(row.updatedAt === undefined ? {} : { updatedAt: row.updatedAt }),
  };
}

/** An article's review as the bundle carries it; nothing for a new article nobody set a status on. */
export function bundleReview(
  review: ArticleReview | undefined,
  annotator: (id: number) => string,
): { review?: BundleReview } {
  if (review === undefined) return {};
  return {
    review: {
      status: review.status,
      ...(review.by === undefined ? {} : { by: annotator(review.by) }),
      ...(review.at === undefined ? {} : { at: review.at }),
    },
  };
}

/** A note as its text when nothing is known of who wrote it (the bytes bundles always had), else with its authorship. */
export function bundleNote(note: Authored & { readonly text: string }, annotator: (id: number) => string): BundleNote {
  const authorship = bundleAuthorship(note, annotator);
  return Object.keys(authorship).length === 0 ? note.text : { text: note.text, ...authorship };
}
