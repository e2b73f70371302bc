import type { ArticleSummary } from '../../../shared/model/article';
import { REVIEW_STATUS_TITLES, ReviewStatus } from '../../../shared/model/review-status';
import { h, uniqueId } from '../dom/element-builder';

export interface ReviewFieldCallbacks {
  /** Saves the shown article's status (one undoable step). */
  setStatus(status: ReviewStatus): Promise<unknown> | undefined;
  /** "Reviewed by Ben, 4 Dec 09:30": who set the status and when. */
  describe(summary: ArticleSummary): string;
}

/** The Article tab's review status: a drop-down that saves at once, and who set it when. */
export class ReviewField {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly hint: HTMLElement;

  constructor(callbacks: ReviewFieldCallbacks) {
    const id = uniqueId('details-review');
    const hintId = uniqueId('details-review-hint');
    this.select = h(
      'select',
      {
        className: 'field-input field-select',
        attrs: { id, 'aria-describedby': hintId, 'data-testid': 'review-status' },
      },
      ReviewStatus.options.map((status) =>
        h('option', { attrs: { value: status }, text: REVIEW_STATUS_TITLES[status] }),
      ),
    );
    this.hint = h('p', { className: 'field-hint', attrs: { id: hintId } });
    this.element = h('div', { className: 'field' }, [
      h('label', { className: 'field-label', attrs: { for: id }, text: 'Review status' }),
      this.select,
      this.hint,
    ]);
    this.select.addEventListener('change', () => {
      const status = ReviewStatus.safeParse(this.select.value);
      if (status.success) void callbacks.setStatus(status.data);
    });
    this.callbacks = callbacks;
  }

  private readonly callbacks: ReviewFieldCallbacks;

  show(summary: ArticleSummary): void {
    this.select.value = summary.review?.status ?? 'new';
    this.hint.textContent = this.callbacks.describe(summary);
  }
}
