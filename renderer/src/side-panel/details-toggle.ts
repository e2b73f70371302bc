import type { CommandRegistry } from '../commands/command-registry';
import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';
import type { Disposable } from '../lifecycle/disposable';
import type { SidePanel } from '../side-panel/side-panel';

/**
 * The toolbar's Details button, a disclosure (aria-expanded, aria-controls) for the side panel: it
 * runs the "Show or hide the details panel" command and shows the panel's state. When the panel
 * closes with focus inside, focus comes here.
 */
export class DetailsToggle implements Disposable {
  readonly button: HTMLButtonElement;
  private readonly subscription: Disposable;

  constructor(panel: SidePanel, commands: Pick<CommandRegistry, 'run'>) {
    this.button = h('button', {
      className: 'button button-quiet toolbar-details',
      attrs: { type: 'button', 'aria-controls': panel.element.id, title: 'Show or hide the article’s details' },
    });
    this.button.append(icon('panel', 'icon icon-large'), h('span', { text: 'Details' }));
    this.button.addEventListener('click', () => commands.run('toggle-details', { source: 'button' }));
    this.button.setAttribute('aria-expanded', String(panel.isOpen));
    this.subscription = panel.onDidChangeOpen(({ open, focusLost }) => {
      this.button.setAttribute('aria-expanded', String(open));
      if (focusLost) this.button.focus();
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
