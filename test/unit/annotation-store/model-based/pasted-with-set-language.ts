import { articleFromPaste } from '../../../../main/library/pasted-article';
import type { NewArticle } from '../../../../shared/model/article';
import type { ArticleInput } from '../../../../main/store/article-repository';

/**
 * A pasted article whose language counts as set by the analyst. The model does not guess
 * languages, so a text edit must not guess again here; pasted-article-language.test.ts covers
 * guessing on paste and on later edits.
 */
export function pastedWithSetLanguage(input: NewArticle): ArticleInput {
  return { ...articleFromPaste(input), languageDetected: false };
}
