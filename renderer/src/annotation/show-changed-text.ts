import type { ArticleView } from '../article-view/article-view';
import type { WorkbenchModel } from '../model/workbench-model';

/**
 * The shown article's text changed in the store (an undo or redo of a text edit, a re-decode, or
 * this window's own edit being saved): the view shows the model's text. While editing, the saved
 * text is what is on screen, so it is adopted in place and the caret stays where it is.
 */
export function showChangedText(view: ArticleView, model: WorkbenchModel): void {
  const article = model.fullArticle;
  if (article === null || view.articleId !== article.id) return;
  if (view.editing) {
    try {
      view.adoptSavedText(article);
      return;
    } catch {
      // The saved text differs from the screen (say, it was normalised): show the saved version.
    }
  }
  view.show(article);
}
