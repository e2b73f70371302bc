import type { ArticleInput } from '../../../main/store/article-repository';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';

/** A plain-text article as an importer would hand it to the store. */
export function articleInput(
  title: string,
  text: string,
  metadata: Partial<ArticleInput['metadata']> = {},
): ArticleInput {
  return {
    title,
    text,
    blocks: plainTextBlocks(text),
    links: [],
    metadata: { source: null, url: null, author: null, publishedAt: null, language: null, ...metadata },
    original: {
      bytes: Buffer.from(`${title}\n${text}`, 'utf8'),
      name: `${title}.txt`,
      type: 'text/plain',
      encoding: 'utf-8',
    },
  };
}
