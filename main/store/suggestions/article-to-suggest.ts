import type { DatabaseSync } from 'node:sqlite';
import type { Block } from '../../../shared/model/article';
import type { LanguageRun } from '../../../shared/suggestions/registry-matcher';
import { detectLanguage } from '../../library/import/detect-language';
import { getArticle } from '../article-repository';
import type { ArticleToSuggest } from './suggestion-source';

/**
 * The language of each block, guessed from its own text, or the article's where a block is too
 * short to tell: a German article quoting an English tweet reads the tweet by English rules. What
 * lies between blocks takes the article's language, so the runs cover the whole text.
 */
export function languageRuns(text: string, blocks: readonly Block[], language: string | null): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    if (block.start < at || block.end <= block.start) continue;
    if (block.start > at) runs.push({ start: at, end: block.start, language });
    runs.push({
      start: block.start,
      end: block.end,
      language: detectLanguage(text.slice(block.start, block.end)) ?? language,
    });
    at = block.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ start: at, end: text.length, language });
  return runs;
}

export function articleToSuggest(db: DatabaseSync, articleId: number): ArticleToSuggest {
  const article = getArticle(db, articleId);
  return {
    id: article.id,
    text: article.text,
    runs: languageRuns(article.text, article.blocks, article.metadata.language),
  };
}
