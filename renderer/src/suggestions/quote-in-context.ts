import { ANNOTATION_LIMITS, type TextQuote } from '../../../shared/model/annotation';
import { h } from '../dom/element-builder';

/** Context as long as a quote keeps was most likely cut from longer text: an ellipsis says so. */
const clipped = (context: string) => context.length >= ANNOTATION_LIMITS.quoteContextMaxChars;

/** A quote with the text around it, the quoted words marked: how a suggestion reads out of the article. */
export function quoteInContext(quote: TextQuote): HTMLElement {
  return h('span', { className: 'occurrence-context', attrs: { dir: 'auto' } }, [
    `${clipped(quote.prefix) ? '…' : ''}${quote.prefix}`,
    h('mark', { text: quote.exact }),
    `${quote.suffix}${clipped(quote.suffix) ? '…' : ''}`,
  ]);
}
