import type { TextQuote } from '../../../shared/model/annotation';
import type { Suggestion } from '../../../shared/model/suggestion';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import type { ArticleTexts } from '../article-texts';
import { invalid } from '../store-input';

/**
 * The suggestion's quote in its article's text as it is now, so that accepting or rejecting it
 * acts on what was proposed; refused when the text there has changed since.
 */
export function currentQuote(texts: ArticleTexts, suggestion: Suggestion): TextQuote {
  const text = texts.text(suggestion.articleId);
  if (suggestion.end > text.length || text.slice(suggestion.start, suggestion.end) !== suggestion.quote.exact) {
    throw invalid(
      `The text where “${suggestion.quote.exact}” was suggested has changed since; ask for suggestions again. Nothing was changed.`,
    );
  }
  return buildTextQuote(text, [{ start: suggestion.start, end: suggestion.end }]);
}
