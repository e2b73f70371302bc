import type { CommandId } from '../../../shared/commands/command-catalog';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../shared/model/article';
import type { ReviewStatus } from '../../../shared/model/review-status';
import { catalogCommand, type Command } from '../commands/command';

export interface ReviewCommandDeps {
  readonly api: WorkbenchApi;
  /** The article on screen, if any. */
  shownArticle(): ArticleId | null;
  /** Runs a write with the status bar's "Saving…". */
  track<T>(write: () => Promise<T>): Promise<T>;
  notify(message: string): void;
}

const REVIEW_COMMANDS: readonly [CommandId, ReviewStatus][] = [
  ['review-new', 'new'],
  ['review-in-progress', 'in-progress'],
  ['review-done', 'done'],
  ['review-reviewed', 'reviewed'],
];

/** Sets the shown article's review status (one undoable step; the change set updates every view). */
export function setReviewStatus(deps: ReviewCommandDeps, status: ReviewStatus): Promise<unknown> | undefined {
  const articleId = deps.shownArticle();
  if (articleId === null) {
    deps.notify('Open an article first: the review status belongs to an article.');
    return undefined;
  }
  return deps.track(() => deps.api.invoke('article.setReviewStatus', { articleId, status }));
}

export function reviewCommands(deps: ReviewCommandDeps): Command[] {
  return REVIEW_COMMANDS.map(([id, status]) => catalogCommand(id, () => setReviewStatus(deps, status)));
}
