import type { Occurrence } from '../../../shared/annotation/find-occurrences';
import { h, uniqueId } from '../dom/element-builder';

/**
 * The preview of "annotate all occurrences": every place the text occurs, in context, each with a
 * checkbox (all ticked), so the analyst confirms exactly which ones become annotations. Nothing is
 * created until "Annotate" is pressed; Esc or Cancel creates nothing.
 */
export class AnnotateAllDialog {
  readonly element: HTMLDialogElement;
  private readonly heading: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly confirmButton: HTMLButtonElement;
  private boxes: HTMLInputElement[] = [];
  private occurrences: readonly Occurrence[] = [];
  private resolve: ((chosen: Occurrence[] | null) => void) | null = null;
  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    const headingId = uniqueId('annotate-all-heading');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.summary = h('p', { className: 'dialog-message', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', { className: 'occurrence-list', attrs: { 'aria-label': 'Occurrences' } });
    const cancel = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    this.confirmButton = h('button', { className: 'button button-primary', attrs: { type: 'button' } });
    this.element = h('dialog', { className: 'dialog annotate-all-dialog', attrs: { 'aria-labelledby': headingId } }, [
      h('header', { className: 'dialog-header' }, [this.heading]),
      h('div', { className: 'dialog-body' }, [this.summary, this.list]),
      h('footer', { className: 'dialog-actions' }, [cancel, this.confirmButton]),
    ]);
    cancel.addEventListener('click', () => this.finish(null));
    this.confirmButton.addEventListener('click', () =>
      this.finish(this.occurrences.filter((_, i) => this.boxes[i]?.checked === true)),
    );
    this.list.addEventListener('change', () => this.updateCount());
    this.element.addEventListener('close', () => {
      this.settle(null);
      this.returnFocusTo?.focus({ preventScroll: true });
      this.returnFocusTo = null;
    });
  }

  /** Resolves with the ticked occurrences, or null if cancelled. */
  confirm(title: string, occurrences: readonly Occurrence[]): Promise<Occurrence[] | null> {
    if (this.element.open) this.finish(null);
    this.occurrences = occurrences;
    this.heading.textContent = title;
    this.boxes = [];
    this.list.replaceChildren(
      ...occurrences.map((occurrence) => {
        const box = h('input', { attrs: { type: 'checkbox', checked: true } });
        this.boxes.push(box);
        const { before, match, after, clippedBefore, clippedAfter } = occurrence.context;
        return h('li', { className: 'occurrence' }, [
          h('label', { className: 'occurrence-label', attrs: { dir: 'auto' } }, [
            box,
            h('span', { className: 'occurrence-context' }, [
              `${clippedBefore ? '…' : ''}${before}`,
              h('mark', { text: match }),
              `${after}${clippedAfter ? '…' : ''}`,
            ]),
          ]),
        ]);
      }),
    );
    this.updateCount();
    const focused = document.activeElement;
    this.returnFocusTo = focused instanceof HTMLElement ? focused : null;
    this.element.showModal();
    this.confirmButton.focus();
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  private updateCount(): void {
    const ticked = this.boxes.filter((box) => box.checked).length;
    this.summary.textContent = `${ticked} of ${this.occurrences.length} occurrences will be annotated, as one step you can undo.`;
    this.confirmButton.textContent = ticked === 1 ? 'Annotate 1' : `Annotate ${ticked}`;
    this.confirmButton.disabled = ticked === 0;
  }

  private finish(chosen: Occurrence[] | null): void {
    this.settle(chosen);
    if (this.element.open) this.element.close();
  }

  private settle(chosen: Occurrence[] | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(chosen);
  }
}
