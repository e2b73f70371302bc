import type { Article } from '../../../../shared/model/article';

/** An article's title and metadata, under the keys the doccano, Label Studio and spaCy exports write them. */
export interface ArticleFields {
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string | null;
}

export function articleFields(article: Article): ArticleFields {
  const { source, url, publishedAt, language } = article.metadata;
  return { title: article.title, source, url, published: publishedAt, language };
}
