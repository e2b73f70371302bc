import type { WorkbenchModel } from '../model/workbench-model';
import type { StatusBarView } from '../status-bar/status-bar-view';
import type { Disposable } from '../lifecycle/disposable';
import { toDisposable } from '../lifecycle/disposable';
import { reviewStatusLabel } from './review-status-label';

/** Keeps the status bar's review status in step with the article on screen and its change sets. */
export function showReviewStatusInStatusBar(model: WorkbenchModel, status: StatusBarView): Disposable {
  const render = () => {
    const shown = model.article;
    const summary = shown === null ? undefined : model.articleSummary(shown.id);
    status.setReviewStatus(
      summary === undefined ? null : reviewStatusLabel(summary.review, { annotator: (id) => model.annotator(id) }),
    );
  };
  const unsubscribe = model.subscribe((change) => {
    if (change.kind === 'article' || change.kind === 'articles' || change.kind === 'annotators') render();
  });
  render();
  return toDisposable(unsubscribe);
}
