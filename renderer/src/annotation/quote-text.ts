import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { graphemeSegmenter } from '../../../shared/text/segmenters';

/** How an annotation is named in lists, cards and notices: its text, shortened to one line. */
export function quoteText(annotation: Pick<ArticleAnnotation, 'quote'>, maxChars = 80): string {
  const text = annotation.quote.exact.replace(/\s+/gu, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = [...graphemeSegmenter().segment(text)];
  let shown = '';
  for (const { segment } of cut) {
    if (shown.length + segment.length > maxChars - 1) break;
    shown += segment;
  }
  return `${shown}…`;
}
