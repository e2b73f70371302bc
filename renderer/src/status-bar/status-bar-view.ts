import type { ProjectInfo } from '../../../shared/model/project';
import { formatArticleCount } from '../article-list/article-summary-format';
import { h } from '../dom/element-builder';
import { saveStateLabel, type SaveState } from './save-state';

/**
 * The bottom bar: which project is open, how many articles it has, and whether everything is saved.
 * Only the save state is a live region; announcing the project name on every reload would be noise.
 */
export class StatusBarView {
  readonly element: HTMLElement;
  private readonly project: HTMLElement;
  private readonly count: HTMLElement;
  private readonly review: HTMLElement;
  private readonly save: HTMLElement;

  constructor() {
    this.project = h('span', { className: 'status-item status-project', attrs: { 'data-testid': 'status-project' } });
    this.count = h('span', { className: 'status-item status-count', attrs: { 'data-testid': 'status-count' } });
    this.save = h('span', {
      className: 'status-item status-save',
      attrs: { 'data-testid': 'status-save', 'aria-live': 'polite', 'data-state': 'saved' },
    });
    this.review = h('span', {
      className: 'status-item status-review',
      attrs: { 'data-testid': 'status-review', title: 'The review status of the article on screen' },
    });
    this.review.hidden = true;
    this.element = h('footer', { className: 'status-bar' }, [this.project, this.count, this.review, this.save]);
  }

  setProject(project: ProjectInfo): void {
    this.project.textContent = project.name;
    this.project.title = project.displayPath;
  }

  setArticleCount(count: number): void {
    this.count.textContent = formatArticleCount(count);
  }

  /** The shown article's review status; null hides it (no article on screen). */
  setReviewStatus(label: string | null): void {
    this.review.hidden = label === null;
    this.review.textContent = label === null ? '' : `Status: ${label}`;
  }

  setSaveState(state: SaveState): void {
    this.save.textContent = saveStateLabel(state);
    this.save.dataset['state'] = state.kind;
  }
}
