import type { LabelId } from '../model/annotation';
import type { TextRange } from '../text/offsets';

/**
 * One annotator's labelled span, in UTF-16 offsets into the article's text. A discontinuous
 * annotation is passed as one span per fragment, so its pieces are compared where they lie.
 */
export interface AnnotatedSpan extends TextRange {
  readonly label: LabelId;
}

/**
 * One article as the agreement measures see it: its text and, per annotator (the same index in every
 * article), that annotator's spans — or `undefined` when the annotator has not annotated this
 * article, which is a missing value, not "marked nothing".
 */
export interface AnnotatedArticle {
  readonly text: string;
  /** BCP 47 tag for word segmentation (Chinese, Japanese and Thai need it); undefined: any. */
  readonly language?: string;
  readonly layers: readonly (readonly AnnotatedSpan[] | undefined)[];
}

export const overlapLength = (a: TextRange, b: TextRange): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
