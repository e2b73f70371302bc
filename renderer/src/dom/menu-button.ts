import { h, uniqueId } from './element-builder';
import { icon, type IconName } from './icons';

export interface MenuButtonItem {
  label: string;
  /** A second, quieter line (what the item does, its shortcut). */
  detail?: string;
  run(): void;
}

/**
 * A button that opens a short, fixed menu (WAI-ARIA menu button pattern), such as the toolbar's
 * Import menu. Same keyboard as the Project menu: Enter, Space or ↓ opens at the first item, ↑ at
 * the last; ↑/↓/Home/End move; Esc closes and returns to the button; Tab closes and moves on.
 */
export class MenuButton {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly menu: HTMLElement;

  constructor(options: { label: string; icon: IconName; className?: string; title?: string; items: MenuButtonItem[] }) {
    const menuId = uniqueId('menu');
    const buttonId = uniqueId('menu-button');
    this.button = h('button', {
      className: options.className ?? 'button button-quiet',
      attrs: {
        type: 'button',
        id: buttonId,
        title: options.title,
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'aria-controls': menuId,
      },
    });
    this.button.append(icon(options.icon), h('span', { text: options.label }), icon('chevronDown', 'icon icon-small'));
    this.menu = h(
      'div',
      { className: 'menu', attrs: { id: menuId, role: 'menu', 'aria-labelledby': buttonId, hidden: true } },
      options.items.map((item) => this.menuItem(item)),
    );
    this.element = h('div', { className: 'menu-anchor' }, [this.button, this.menu]);

    this.button.addEventListener('click', () => (this.isOpen ? this.close(false) : this.open('first')));
    this.button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.open(event.key === 'ArrowDown' ? 'first' : 'last');
      }
    });
    this.menu.addEventListener('keydown', (event) => this.onMenuKeyDown(event));
    document.addEventListener('pointerdown', (event) => {
      if (this.isOpen && !this.element.contains(event.target as Node)) this.close(false);
    });
    this.element.addEventListener('focusout', (event) => {
      if (this.isOpen && !this.element.contains(event.relatedTarget as Node | null)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  open(focus: 'first' | 'last'): void {
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.focusItem(focus === 'first' ? 0 : this.items().length - 1);
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus();
  }

  private menuItem(item: MenuButtonItem): HTMLButtonElement {
    const element = h(
      'button',
      { className: 'menu-item', attrs: { type: 'button', role: 'menuitem', tabindex: '-1' } },
      [
        h('span', { className: 'menu-item-label', text: item.label }),
        item.detail ? h('span', { className: 'menu-item-detail menu-item-note', text: item.detail }) : null,
      ],
    );
    element.addEventListener('click', () => {
      this.close(true);
      item.run();
    });
    return element;
  }

  private items(): HTMLElement[] {
    return Array.from(this.menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  }

  private focusItem(index: number): void {
    const items = this.items();
    if (items.length === 0) return;
    items[((index % items.length) + items.length) % items.length]?.focus();
  }

  private onMenuKeyDown(event: KeyboardEvent): void {
    const items = this.items();
    const current = items.indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case 'ArrowDown':
        this.focusItem(current + 1);
        break;
      case 'ArrowUp':
        this.focusItem(current - 1);
        break;
      case 'Home':
        this.focusItem(0);
        break;
      case 'End':
        this.focusItem(items.length - 1);
        break;
      case 'Escape':
        this.close(true);
        break;
      case 'Tab':
        this.close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}
