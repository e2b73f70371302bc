import type { Occurrence } from '../../../shared/annotation/find-occurrences';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import { counted } from '../text/plural';

/**
 * The preview of "annotate all occurrences": every place the text occurs, in context, each with a
 * checkbox (all ticked), so the analyst confirms exactly which ones become annotations. Nothing is
 * created until "Annotate" is pressed; Esc or Cancel creates nothing.
 */
export class AnnotateAllDialog {
  private readonly modal: ModalDialog<Occurrence[] | null>;
  private readonly heading: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly confirmButton: HTMLButtonElement;
  private boxes: HTMLInputElement[] = [];
  private occurrences: readonly Occurrence[] = [];

  constructor() {
    const headingId = uniqueId('annotate-all-heading');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.summary = h('p', { className: 'dialog-message', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', { className: 'occurrence-list', attrs: { 'aria-label': 'Occurrences' } });
    const cancel = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    this.confirmButton = h('button', { className: 'button button-primary', attrs: { type: 'button' } });
    this.modal = new ModalDialog<Occurrence[] | null>(
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        h('div', { className: 'dialog-body' }, [this.summary, this.list]),
        h('footer', { className: 'dialog-actions' }, [cancel, this.confirmButton]),
      ],
      { className: 'annotate-all-dialog', labelledBy: headingId, dismissed: null, keepScrollOnReturn: true },
    );
    cancel.addEventListener('click', () => this.modal.dismiss());
    this.confirmButton.addEventListener('click', () =>
      this.modal.settle(this.occurrences.filter((_, i) => this.boxes[i]?.checked === true)),
    );
    this.list.addEventListener('change', () => this.updateCount());
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Resolves with the ticked occurrences, or null if cancelled. */
  confirm(title: string, occurrences: readonly Occurrence[]): Promise<Occurrence[] | null> {
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
    return this.modal.open(this.confirmButton);
  }

  private updateCount(): void {
    const ticked = this.boxes.filter((box) => box.checked).length;
    this.summary.textContent = `${ticked} of ${counted(this.occurrences.length, 'occurrence', 'occurrences')} will be annotated, as one step you can undo.`;
    this.confirmButton.textContent = ticked === 1 ? 'Annotate 1' : `Annotate ${ticked}`;
    this.confirmButton.disabled = ticked === 0;
  }
}
