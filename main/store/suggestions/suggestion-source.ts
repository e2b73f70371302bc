import type { ArticleId } from '../../../shared/model/article';
import type { Suggestion } from '../../../shared/model/suggestion';
import type { LanguageRun } from '../../../shared/suggestions/registry-matcher';

/** An article as the sources read it: its stored text and the language of each block. */
export interface ArticleToSuggest {
  readonly id: ArticleId;
  readonly text: string;
  readonly runs: readonly LanguageRun[];
}

/**
 * One kind of knowledge that proposes spans: the entity registry, a gazetteer, a pattern file. A
 * source only proposes; the caller drops what is already annotated or was rejected, and where
 * proposals overlap the longest wins.
 */
export interface SuggestionSource {
  propose(article: ArticleToSuggest): Suggestion[];
}
