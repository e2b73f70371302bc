import type { NewArticle } from '../../shared/model/article';
import { deriveTitle } from '../../shared/text/derive-title';
import { normalizeArticleText } from '../../shared/text/normalize-text';
import { plainTextBlocks } from '../../shared/text/plain-text-blocks';
import type { ArticleInput } from '../store/article-repository';

/** Pasted text keeps its exact UTF-8 bytes as the original; the stored text is normalised and trimmed. */
export function articleFromPaste(input: NewArticle): ArticleInput {
  const text = normalizeArticleText(input.text).trim();
  const title = input.title.trim() === '' ? deriveTitle(text) : input.title.trim();
  return {
    title,
    text,
    blocks: plainTextBlocks(text),
    originalBytes: Buffer.from(input.text, 'utf8'),
    originalType: 'text/plain',
    originalName: null,
    encoding: 'utf-8',
  };
}
