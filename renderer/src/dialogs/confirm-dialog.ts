import { h, uniqueId } from '../dom/element-builder';
import { ModalDialog } from './modal-dialog';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** Draws the confirm button as destructive. */
  danger?: boolean;
  /** The other answer's name; "Cancel" without it. */
  cancelLabel?: string;
  /** Focus starts on the confirm button, for a question whose yes loses nothing. */
  confirmByDefault?: boolean;
}

/**
 * A modal yes/no question for actions that cannot be undone ("Empty trash"). Focus starts on
 * Cancel, so pressing Enter by reflex never destroys anything; Esc and the backdrop also cancel.
 * A question whose yes is the safe answer ("Keep the old name as an alias?") starts on yes instead.
 */
export class ConfirmDialog {
  private readonly modal: ModalDialog<boolean>;
  private readonly heading: HTMLElement;
  private readonly message: HTMLElement;
  private readonly confirmButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;

  constructor() {
    const headingId = uniqueId('confirm-heading');
    const messageId = uniqueId('confirm-message');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.message = h('p', { className: 'dialog-message', attrs: { id: messageId } });
    this.cancelButton = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    this.confirmButton = h('button', { className: 'button', attrs: { type: 'button' } });
    this.modal = new ModalDialog(
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        h('div', { className: 'dialog-body' }, [this.message]),
        h('footer', { className: 'dialog-actions' }, [this.cancelButton, this.confirmButton]),
      ],
      {
        className: 'confirm-dialog',
        labelledBy: headingId,
        describedBy: messageId,
        alert: true,
        dismissed: false,
        closeOnBackdrop: true,
      },
    );
    this.cancelButton.addEventListener('click', () => this.modal.settle(false));
    this.confirmButton.addEventListener('click', () => this.modal.settle(true));
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Asks the question; resolves true only if the user chose the confirm button. */
  ask(request: ConfirmRequest): Promise<boolean> {
    this.heading.textContent = request.title;
    this.message.textContent = request.message;
    this.confirmButton.textContent = request.confirmLabel;
    this.confirmButton.className = request.danger ? 'button button-danger' : 'button button-primary';
    this.cancelButton.textContent = request.cancelLabel ?? 'Cancel';
    return this.modal.open(request.confirmByDefault === true ? this.confirmButton : this.cancelButton);
  }
}
