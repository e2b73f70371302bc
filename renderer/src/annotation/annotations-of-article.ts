import { decodeAnnotationColumns } from '../../../shared/annotation-columns/decode-annotation-columns';
import { MalformedColumnsError } from '../../../shared/annotation-columns/read-annotation-columns';
import type { ArticleAnnotation } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';

/**
 * The annotations of `annotation.columns` for the article asked for, checked at the boundary:
 * bytes that break the layout, or that hold another article's annotations, are refused whole.
 */
export function annotationsOfArticle(columns: Uint8Array, articleId: ArticleId): ArticleAnnotation[] {
  const decoded = decodeAnnotationColumns(columns);
  if (decoded.articleId !== articleId) throw new MalformedColumnsError('the annotations of another article');
  return decoded.annotations;
}
