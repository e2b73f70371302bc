import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { shortcutCatalog, type KeyChord } from './shortcut-catalog';

/** The "Keyboard shortcuts" help overlay, a native modal <dialog> built from the shortcut catalog. */
export class ShortcutsDialog {
  readonly element: HTMLDialogElement;
  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    const headingId = uniqueId('shortcuts-heading');
    const closeButton = h('button', {
      className: 'icon-button dialog-close',
      attrs: { type: 'button', 'aria-label': 'Close', title: 'Close (Esc)' },
    });
    closeButton.append(icon('close'));
    const groups = shortcutCatalog().map((group) =>
      h('section', { className: 'shortcut-group' }, [
        h('h3', { className: 'section-label shortcut-group-title', text: group.title }),
        h(
          'dl',
          { className: 'shortcut-list' },
          group.shortcuts.flatMap((shortcut) => [
            h('dt', { className: 'shortcut-keys' }, chordList(shortcut.chords)),
            h('dd', { className: 'shortcut-action', text: shortcut.action }),
          ]),
        ),
      ]),
    );
    this.element = h('dialog', { className: 'dialog shortcuts-dialog', attrs: { 'aria-labelledby': headingId } }, [
      h('header', { className: 'dialog-header' }, [
        h('h2', { className: 'dialog-heading', attrs: { id: headingId }, text: 'Keyboard shortcuts' }),
        closeButton,
      ]),
      h('div', { className: 'dialog-body shortcut-groups' }, groups),
    ]);
    closeButton.addEventListener('click', () => this.close());
    // A click on the backdrop lands on the <dialog> itself: nothing to lose here, so close.
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) this.close();
    });
    this.element.addEventListener('close', () => {
      this.returnFocusTo?.focus();
      this.returnFocusTo = null;
    });
  }

  open(): void {
    if (this.element.open) return;
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.element.showModal();
  }

  close(): void {
    if (this.element.open) this.element.close();
  }
}

function chordList(chords: readonly KeyChord[]): Node[] {
  return chords.flatMap((chord, index) => [
    ...(index > 0 ? [h('span', { className: 'shortcut-or', text: 'or' })] : []),
    ...chord.flatMap((key, keyIndex) => [
      ...(keyIndex > 0 ? [h('span', { className: 'shortcut-plus', attrs: { 'aria-hidden': 'true' }, text: '+' })] : []),
      h('kbd', { text: key }),
    ]),
  ]);
}
