import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';

export type ToastKind = 'error' | 'info';

const INFO_TIMEOUT_MS = 5_000;
/** A notice with an action ("Undo") stays longer: the analyst has to notice it, then decide. */
const ACTION_TIMEOUT_MS = 10_000;
const MAX_VISIBLE = 4;

export interface ToastAction {
  label: string;
  run(): void;
}

export interface ToastOptions {
  action?: ToastAction;
  /** Runs once when the toast goes, however it goes (action, dismiss, timeout, pushed out). */
  onClose?(): void;
}

/**
 * Non-blocking messages in a corner. Errors use role="alert" so screen readers announce them at
 * once, and they stay until dismissed: an analyst may be reading when a save fails and must not
 * miss it. Information ("coming soon") uses role="status" and fades on its own. A toast may carry
 * one action button ("Undo"); using it closes the toast.
 */
export class ToastRegion {
  readonly element: HTMLElement;

  constructor() {
    this.element = h('section', { className: 'corner-stack toast-region', attrs: { 'aria-label': 'Notifications' } });
  }

  /** Shows a toast; returns a function that removes it early. */
  show(kind: ToastKind, message: string, options: ToastOptions = {}): () => void {
    // The same failure repeated (e.g. a retry loop) would bury everything else: show it once.
    for (const existing of this.element.querySelectorAll<HTMLElement>('.toast')) {
      if (existing.dataset['message'] === message) existing.remove();
    }
    const dismiss = h('button', {
      className: 'toast-dismiss icon-button',
      attrs: { type: 'button', 'aria-label': 'Dismiss notification', title: 'Dismiss' },
    });
    dismiss.append(icon('close'));
    const actionButton = options.action
      ? h('button', {
          className: 'button button-small toast-action',
          attrs: { type: 'button' },
          text: options.action.label,
        })
      : null;
    const toast = h(
      'div',
      { className: `toast toast-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
      [h('p', { className: 'toast-message', text: message }), actionButton, dismiss],
    );
    toast.dataset['message'] = message;
    let closed = false;
    // Pushed out by newer toasts or replaced by a repeat: still a close for `onClose`.
    const observer = new MutationObserver(() => {
      if (!toast.isConnected) close();
    });
    function close(): void {
      if (closed) return;
      closed = true;
      observer.disconnect();
      toast.remove();
      options.onClose?.();
    }
    observer.observe(this.element, { childList: true });
    dismiss.addEventListener('click', close);
    actionButton?.addEventListener('click', () => {
      close();
      options.action?.run();
    });
    this.element.append(toast);
    while (this.element.childElementCount > MAX_VISIBLE) this.element.firstElementChild?.remove();
    if (kind === 'info') setTimeout(close, options.action ? ACTION_TIMEOUT_MS : INFO_TIMEOUT_MS);
    return close;
  }

  error(message: string): void {
    this.show('error', message);
  }

  info(message: string, options?: ToastOptions): () => void {
    return this.show('info', message, options);
  }
}
