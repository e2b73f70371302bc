import { h, uniqueId } from '../dom/element-builder';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** Draws the confirm button as destructive. */
  danger?: boolean;
}

/**
 * A modal yes/no question for actions that cannot be undone ("Empty trash"). Focus starts on
 * Cancel, so pressing Enter by reflex never destroys anything; Esc and the backdrop also cancel.
 */
export class ConfirmDialog {
  readonly element: HTMLDialogElement;
  private readonly heading: HTMLElement;
  private readonly message: HTMLElement;
  private readonly confirmButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private resolve: ((confirmed: boolean) => void) | null = null;
  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    const headingId = uniqueId('confirm-heading');
    const messageId = uniqueId('confirm-message');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.message = h('p', { className: 'dialog-message', attrs: { id: messageId } });
    this.cancelButton = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    this.confirmButton = h('button', { className: 'button', attrs: { type: 'button' } });
    this.element = h(
      'dialog',
      {
        className: 'dialog confirm-dialog',
        attrs: { 'aria-labelledby': headingId, 'aria-describedby': messageId, role: 'alertdialog' },
      },
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        h('div', { className: 'dialog-body' }, [this.message]),
        h('footer', { className: 'dialog-actions' }, [this.cancelButton, this.confirmButton]),
      ],
    );
    this.cancelButton.addEventListener('click', () => this.finish(false));
    this.confirmButton.addEventListener('click', () => this.finish(true));
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) this.finish(false);
    });
    // Esc closes the dialog natively; that counts as Cancel.
    this.element.addEventListener('close', () => {
      this.settle(false);
      this.returnFocusTo?.focus();
      this.returnFocusTo = null;
    });
  }

  /** Asks the question; resolves true only if the user chose the confirm button. */
  ask(request: ConfirmRequest): Promise<boolean> {
    if (this.element.open) this.finish(false);
    this.heading.textContent = request.title;
    this.message.textContent = request.message;
    this.confirmButton.textContent = request.confirmLabel;
    this.confirmButton.className = request.danger ? 'button button-danger' : 'button button-primary';
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.element.showModal();
    this.cancelButton.focus();
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  private finish(confirmed: boolean): void {
    this.settle(confirmed);
    if (this.element.open) this.element.close();
  }

  private settle(confirmed: boolean): void {
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(confirmed);
  }
}
