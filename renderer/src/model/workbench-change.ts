import type { Article, ArticleId, ArticleSummary } from '../../../shared/model/article';

/**
 * What changed in the Workbench's state, for the views that show it (the library, the Article
 * tab). They subscribe instead of being called, so they can be built after the Workbench.
 */
export type WorkbenchChange =
  /** The project's articles, and which of them is selected. */
  | { readonly kind: 'articles'; readonly articles: readonly ArticleSummary[]; readonly selected: ArticleId | null }
  | { readonly kind: 'trash'; readonly trash: readonly ArticleSummary[] }
  /** Another article is selected (it may still be loading). */
  | { readonly kind: 'selected'; readonly id: ArticleId | null }
  /** The article now on screen, or none. */
  | { readonly kind: 'shown'; readonly article: Article | null }
  /** An article's title or metadata changed. */
  | { readonly kind: 'summary'; readonly summary: ArticleSummary };
