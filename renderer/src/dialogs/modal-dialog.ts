import { h, type Child } from '../dom/element-builder';

export interface ModalDialogOptions<T> {
  /** Class names after "dialog", e.g. "picker-dialog". */
  readonly className: string;
  /** The id of the dialog's heading. */
  readonly labelledBy: string;
  readonly describedBy?: string;
  /** A question that needs an answer before anything else (role alertdialog). */
  readonly alert?: boolean;
  /** What the dialog answers when dismissed: Esc, the backdrop (if allowed), or a newer request. */
  readonly dismissed: T;
  /** A click on the backdrop dismisses it; only for dialogs with nothing typed to lose. */
  readonly closeOnBackdrop?: boolean;
  /** Focus goes back without scrolling, for dialogs opened from the article, whose place matters. */
  readonly keepScrollOnReturn?: boolean;
  /** Runs once it has closed and answered, before focus goes back; it may open the dialog again. */
  readonly onClosed?: () => void;
}

/**
 * A native modal <dialog> (focus trapped, background inert, Esc closes it) that answers one request
 * at a time: `open` resolves with what the user chose, or with `dismissed` on Esc, the backdrop or a
 * newer request. Focus goes back to where it was when the dialog first opened. Every dialog of the
 * window is built on this.
 */
export class ModalDialog<T> {
  readonly element: HTMLDialogElement;
  private readonly options: ModalDialogOptions<T>;
  private answer: ((value: T) => void) | null = null;
  private returnFocusTo: HTMLElement | null = null;
  /** close() was called and its close event has not arrived yet. */
  private closePending = false;
  private closedWaiters: (() => void)[] = [];

  constructor(children: readonly Child[], options: ModalDialogOptions<T>) {
    this.options = options;
    this.element = h(
      'dialog',
      {
        className: `dialog ${options.className}`,
        attrs: {
          'aria-labelledby': options.labelledBy,
          'aria-describedby': options.describedBy,
          role: options.alert === true ? 'alertdialog' : undefined,
        },
      },
      children,
    );
    if (options.closeOnBackdrop === true) {
      // A click on the backdrop lands on the <dialog> itself.
      this.element.addEventListener('click', (event) => {
        if (event.target === this.element) this.dismiss();
      });
    }
    this.element.addEventListener('close', () => this.onClose());
  }

  get isOpen(): boolean {
    return this.element.open;
  }

  /**
   * Shows the dialog and moves focus to `focus`; resolves with the answer. An earlier request still
   * open is answered as dismissed first.
   */
  open(focus?: HTMLElement | null): Promise<T> {
    if (this.element.open) this.dismiss();
    // Kept while the dialog reopens before its close event (a chained pick, the next queued
    // report), so focus returns to where the first opening found it.
    if (this.returnFocusTo === null) {
      const focused = document.activeElement;
      this.returnFocusTo = focused instanceof HTMLElement ? focused : null;
    }
    this.element.showModal();
    focus?.focus();
    return new Promise<T>((resolve) => {
      this.answer = resolve;
    });
  }

  /** Answers the open request and closes. */
  settle(value: T): void {
    this.resolveWith(value);
    if (!this.element.open) return;
    this.closePending = true;
    this.element.close();
  }

  dismiss(): void {
    this.settle(this.options.dismissed);
  }

  /** Focus stays where the answer takes the user (an action that opens something else). */
  forgetReturnFocus(): void {
    this.returnFocusTo = null;
  }

  /** Resolves once the dialog has closed and focus has gone back. */
  closed(): Promise<void> {
    if (!this.element.open && !this.closePending) return Promise.resolve();
    return new Promise((resolve) => this.closedWaiters.push(resolve));
  }

  private resolveWith(value: T): void {
    const answer = this.answer;
    this.answer = null;
    answer?.(value);
  }

  private onClose(): void {
    this.closePending = false;
    // The close event comes a task after close(); the dialog may be open again by then for a new
    // request, which must not be answered.
    if (this.element.open) return;
    this.resolveWith(this.options.dismissed);
    this.options.onClosed?.();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- onClosed may have opened it again; TypeScript keeps the narrowing from above.
    if (this.element.open) return;
    this.returnFocusTo?.focus(this.options.keepScrollOnReturn === true ? { preventScroll: true } : undefined);
    this.returnFocusTo = null;
    for (const resolve of this.closedWaiters.splice(0)) resolve();
  }
}
