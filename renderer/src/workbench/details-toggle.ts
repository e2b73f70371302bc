import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';

const STORAGE_KEY = 'workbench.details-open';
/** The app root gets this class while the Details panel is shown; layout.css gives it a column. */
const OPEN_CLASS = 'details-open';

/**
 * Shows and hides the Details panel: the toolbar button (a disclosure: aria-expanded, aria-controls)
 * and the panel's own close button both go through here. The choice is remembered per machine,
 * because an analyst who hides the panel to read does not want it back on every start.
 */
export class DetailsToggle {
  readonly button: HTMLButtonElement;
  private readonly root: HTMLElement;
  private readonly panel: HTMLElement;

  constructor(root: HTMLElement, panel: HTMLElement) {
    this.root = root;
    this.panel = panel;
    this.button = h('button', {
      className: 'button button-quiet toolbar-details',
      attrs: { type: 'button', 'aria-controls': panel.id, title: 'Show or hide the article’s details' },
    });
    this.button.append(icon('panel', 'icon icon-large'), h('span', { text: 'Details' }));
    this.button.addEventListener('click', () => this.set(!this.isOpen, true));
    this.set(readStoredChoice() ?? true, false);
  }

  get isOpen(): boolean {
    return this.root.classList.contains(OPEN_CLASS);
  }

  /**
   * Opens or closes the panel. With `moveFocus`, closing while focus is inside the panel puts it on
   * the toolbar button, so keyboard focus never disappears with the panel.
   */
  set(open: boolean, moveFocus: boolean): void {
    const hadFocus = this.panel.contains(document.activeElement);
    this.root.classList.toggle(OPEN_CLASS, open);
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    storeChoice(open);
    if (!moveFocus) return;
    if (!open && hadFocus) this.button.focus();
  }
}

function readStoredChoice(): boolean | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === null ? null : stored === 'true';
  } catch {
    return null;
  }
}

function storeChoice(open: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(open));
  } catch {
    // Storage can be unavailable (private profiles); the panel then just opens by default.
  }
}
