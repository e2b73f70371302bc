import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';

/** A dialog's heading (with the id its aria-labelledby names) and its Close button. */
export function dialogHeader(headingId: string, title: string, close: () => void): HTMLElement {
  const closeButton = h('button', {
    className: 'icon-button dialog-close',
    attrs: { type: 'button', 'aria-label': 'Close', title: 'Close (Esc)' },
  });
  closeButton.append(icon('close'));
  closeButton.addEventListener('click', close);
  return h('header', { className: 'dialog-header' }, [
    h('h2', { className: 'dialog-heading', attrs: { id: headingId }, text: title }),
    closeButton,
  ]);
}
