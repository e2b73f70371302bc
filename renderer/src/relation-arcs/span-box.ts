import type { ArticleAnnotation } from '../../../shared/model/annotation';
import type { ArticleView } from '../article-view/article-view';
import type { SpanBox } from './arc-geometry';

/**
 * The first line box of an annotation's first piece, in the coordinates of `origin` (the pane's
 * visible part). Read from the text itself rather than from the drawn highlight, so a span whose
 * section is not decorated yet (a long article, far away) still has a place. Null without an
 * article on screen or when the text lays out no box (an empty line).
 */
export function spanBox(article: ArticleView, annotation: ArticleAnnotation, origin: DOMRect): SpanBox | null {
  const positions = article.positions;
  const first = annotation.fragments[0];
  if (positions === null || first === undefined || first.end > positions.textLength) return null;
  const { from, to } = positions.textRangeToDocRange(first);
  const view = article.editorView;
  const start = view.domAtPos(from);
  const end = view.domAtPos(to);
  const range = document.createRange();
  try {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    return null;
  }
  const box = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0);
  if (box === undefined) return null;
  return {
    left: box.left - origin.left,
    right: box.right - origin.left,
    top: box.top - origin.top,
    bottom: box.bottom - origin.top,
  };
}
