import type { Suggestion } from '../../../shared/model/suggestion';
import type { ArticleReader } from './article-to-suggest';
import { longestWins } from './longest-wins';
import type { SettledSpanReader } from './settled-spans';
import type { SuggestionSource } from './suggestion-source';

/**
 * What the sources propose in an article, in text order. What is annotated or rejected goes first,
 * so a rejected long proposal leaves room for a shorter one under it; of the rest the longest wins.
 */
export function suggestionsForArticle(
  reader: ArticleReader,
  settled: SettledSpanReader,
  sources: readonly SuggestionSource[],
  articleId: number,
): Suggestion[] {
  const article = reader.article(articleId);
  const proposals = sources.flatMap((source) => source.propose(article));
  return longestWins(settled.read(article.id, article.text).open(proposals));
}
