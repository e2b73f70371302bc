import type { ProjectStore } from '../../../main/store/project-store';
import type { ArticleTextChange } from '../../../shared/model/article-text-edit';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { applyChanges } from './apply-changes';

/** Edits an article as the editor does: the changes, and the paragraphs of the text they make. */
export function editText(store: ProjectStore, id: number, changes: ArticleTextChange[]) {
  const text = applyChanges(store.getArticle(id).text, changes);
  return store.editArticleText({ id, changes, blocks: plainTextBlocks(text) });
}

export function insertAt(offset: number, insertedText: string): ArticleTextChange {
  return { from: offset, to: offset, insertedText };
}
