import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';

export type ToastKind = 'error' | 'info';

const INFO_TIMEOUT_MS = 5_000;
const MAX_VISIBLE = 4;

/**
 * Non-blocking messages in a corner. Errors use role="alert" so screen readers announce them at
 * once, and they stay until dismissed: an analyst may be reading when a save fails and must not
 * miss it. Information ("coming soon") uses role="status" and fades on its own.
 */
export class ToastRegion {
  readonly element: HTMLElement;

  constructor() {
    this.element = h('section', { className: 'toast-region', attrs: { 'aria-label': 'Notifications' } });
  }

  show(kind: ToastKind, message: string): void {
    // The same failure repeated (e.g. a retry loop) would bury everything else: show it once.
    for (const existing of this.element.querySelectorAll<HTMLElement>('.toast')) {
      if (existing.dataset['message'] === message) existing.remove();
    }
    const dismiss = h('button', {
      className: 'toast-dismiss icon-button',
      attrs: { type: 'button', 'aria-label': 'Dismiss notification', title: 'Dismiss' },
    });
    dismiss.append(icon('close'));
    const toast = h(
      'div',
      { className: `toast toast-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
      [h('p', { className: 'toast-message', text: message }), dismiss],
    );
    toast.dataset['message'] = message;
    dismiss.addEventListener('click', () => toast.remove());
    this.element.append(toast);
    while (this.element.childElementCount > MAX_VISIBLE) this.element.firstElementChild?.remove();
    if (kind === 'info') setTimeout(() => toast.remove(), INFO_TIMEOUT_MS);
  }

  error(message: string): void {
    this.show('error', message);
  }

  info(message: string): void {
    this.show('info', message);
  }
}
