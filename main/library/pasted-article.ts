import type { NewArticle } from '../../shared/model/article';
import { deriveTitle } from '../../shared/text/derive-title';
import { normalizeArticleText } from '../../shared/text/normalize-text';
import { plainTextBlocks } from '../../shared/text/plain-text-blocks';
import type { ArticleInput } from '../store/article-repository';
import { detectLanguage } from './import/detect-language';

/**
 * Pasted text keeps its exact UTF-8 bytes as the original (no encoding was involved, so none is
 * recorded); the stored text is normalised and trimmed. Its language is guessed as an import's is,
 * and marked as guessed, so that editing the text guesses again.
 */
export function articleFromPaste(input: NewArticle): ArticleInput {
  const text = normalizeArticleText(input.text).trim();
  const title = input.title.trim() === '' ? deriveTitle(text) : input.title.trim();
  return {
    title,
    text,
    blocks: plainTextBlocks(text),
    links: [],
    metadata: { source: null, url: null, author: null, publishedAt: null, language: detectLanguage(text) },
    original: { bytes: Buffer.from(input.text, 'utf8'), name: null, type: 'text/plain', encoding: null },
    languageDetected: true,
  };
}
