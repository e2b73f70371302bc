import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { openableUrl, openInBrowser } from './link-target';

export interface LinkMenuActions {
  /** Puts the link address on the clipboard and says whether that worked. */
  copy(href: string): void;
}

/**
 * The context menu for a link in the article: "Open link in browser" (web addresses only) and
 * "Copy link address", with the full address on top so the analyst sees where it goes first.
 *
 * A popover (`popover="auto"`): top layer, Esc and clicks outside close it for free. It is placed
 * next to the link with CSS anchor positioning (the view marks the link with a decoration that
 * has the anchor name), because inline `style` positions are refused by the CSP.
 */
export class LinkMenu {
  readonly element: HTMLElement;
  private readonly address: HTMLElement;
  private readonly openItem: HTMLButtonElement;
  private readonly openDetail: HTMLElement;
  private readonly copyItem: HTMLButtonElement;
  private href = '';
  private onClosed: (() => void) | null = null;

  constructor(actions: LinkMenuActions) {
    this.address = h('p', { className: 'link-menu-address', attrs: { dir: 'ltr' } });
    this.openDetail = h('span', {
      className: 'menu-item-detail',
      text: 'Only web addresses (http, https) can be opened.',
    });
    this.openItem = item('externalLink', 'Open link in browser', this.openDetail);
    this.copyItem = item('copy', 'Copy link address');
    this.element = h('div', { className: 'popover-menu link-menu', attrs: { popover: 'auto', role: 'menu' } }, [
      this.address,
      h('div', { className: 'menu-separator', attrs: { role: 'separator' } }),
      this.openItem,
      this.copyItem,
    ]);
    this.element.setAttribute('aria-label', 'Link');

    this.openItem.addEventListener('click', () => {
      if (this.openItem.getAttribute('aria-disabled') === 'true') return;
      // Called inside the click handler, so Electron sees the user gesture it requires.
      openInBrowser(this.href);
      this.close();
    });
    this.copyItem.addEventListener('click', () => {
      actions.copy(this.href);
      this.close();
    });
    this.element.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.element.addEventListener('toggle', (event) => {
      if (event.newState !== 'closed') return;
      const closed = this.onClosed;
      this.onClosed = null;
      closed?.();
    });
  }

  get isOpen(): boolean {
    return this.element.matches(':popover-open');
  }

  /** Shows the menu for `href`; `onClosed` runs however it closes (item, Esc, click outside). */
  open(href: string, onClosed: () => void): void {
    if (this.isOpen) this.close();
    this.href = href;
    this.onClosed = onClosed;
    this.address.textContent = href;
    this.address.title = href;
    const openable = openableUrl(href) !== null;
    this.openItem.setAttribute('aria-disabled', String(!openable));
    this.openDetail.hidden = openable;
    this.element.showPopover();
    (openable ? this.openItem : this.copyItem).focus();
  }

  close(): void {
    if (this.isOpen) this.element.hidePopover();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const items = [this.openItem, this.copyItem];
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(current + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      this.close();
    }
  }
}

function item(iconName: 'externalLink' | 'copy', label: string, detail?: HTMLElement): HTMLButtonElement {
  return h('button', { className: 'menu-item menu-item-with-icon', attrs: { type: 'button', role: 'menuitem' } }, [
    icon(iconName),
    h('span', { className: 'menu-item-text' }, [h('span', { className: 'menu-item-label', text: label }), detail]),
  ]);
}
