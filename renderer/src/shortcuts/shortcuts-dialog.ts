import type { KeyChord } from '../../../shared/commands/key-press';
import type { CommandRegistry } from '../commands/command-registry';
import { dialogHeader } from '../dialogs/dialog-header';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import { shortcutGroups } from './help-catalog';

/** The "Keyboard shortcuts" help overlay, drawn from the help catalog and the command registry. */
export class ShortcutsDialog {
  private readonly modal: ModalDialog<void>;
  private readonly registry: Pick<CommandRegistry, 'get'>;
  private readonly mac: boolean;
  private readonly body: HTMLElement;

  constructor(registry: Pick<CommandRegistry, 'get'>, mac: boolean) {
    this.registry = registry;
    this.mac = mac;
    const headingId = uniqueId('shortcuts-heading');
    // The list scrolls in a small window: a tab stop lets the keyboard scroll it too.
    this.body = h('div', {
      className: 'dialog-body shortcut-groups',
      attrs: { tabindex: '0', role: 'region', 'aria-label': 'Shortcut list' },
    });
    this.modal = new ModalDialog<void>(
      [dialogHeader(headingId, 'Keyboard shortcuts', () => this.close()), this.body],
      // Nothing to lose here, so a click beside it closes it too.
      { className: 'shortcuts-dialog', labelledBy: headingId, dismissed: undefined, closeOnBackdrop: true },
    );
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  open(): void {
    if (this.modal.isOpen) return;
    this.render();
    void this.modal.open();
  }

  close(): void {
    this.modal.dismiss();
  }

  private render(): void {
    this.body.replaceChildren(
      ...shortcutGroups(this.registry, this.mac).map((group) =>
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
      ),
    );
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
