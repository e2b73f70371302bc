import { listen, type Disposable } from '../lifecycle/disposable';
import { h, uniqueId } from './element-builder';
import { icon, type IconName } from './icons';

export interface MenuButtonItem {
  label: string;
  /** A second, quieter line (what the item does, its shortcut); it wraps. */
  detail?: string;
  /** A file path under the label: one line, cut off if long, with the whole path as the tooltip. */
  path?: string;
  run(): void;
}

/** A labelled group at the end of a menu whose entries change, e.g. recent projects loaded on open. */
export interface MenuButtonGroup {
  setItems(items: readonly MenuButtonItem[]): void;
  /** A single disabled line instead of items ("Loading…", "Nothing here"). */
  setNotice(text: string): void;
}

/**
 * A button that opens a short menu (WAI-ARIA menu button pattern): the toolbar's Project and
 * Import menus. Keyboard: Enter, Space or ↓ opens at the first item, ↑ at the last; ↑/↓/Home/End
 * move; Enter/Space activate; Esc closes and returns to the button; Tab closes and moves on.
 */
export class MenuButton implements Disposable {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly menu: HTMLElement;
  /** Groups refresh their entries as the menu opens, before an item takes focus. */
  private readonly groupRefreshes: (() => void)[] = [];
  /** Replacing a group's entries can drop focus for a moment; that must not count as leaving the menu. */
  private replacing = false;
  private readonly lightDismiss: Disposable;

  constructor(options: {
    label: string;
    icon: IconName;
    className?: string;
    title?: string;
    items: readonly MenuButtonItem[];
  }) {
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
    // Light dismiss: a pointer press anywhere else, or focus leaving the menu (Tab), closes it.
    this.lightDismiss = listen(document, 'pointerdown', (event) => {
      if (this.isOpen && !this.element.contains(event.target as Node)) this.close(false);
    });
    this.element.addEventListener('focusout', (event) => {
      if (this.replacing || !this.isOpen) return;
      if (!this.element.contains(event.relatedTarget as Node | null)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  dispose(): void {
    this.lightDismiss.dispose();
  }

  open(focus: 'first' | 'last'): void {
    for (const refresh of this.groupRefreshes) refresh();
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

  /**
   * Adds a group, after a separator and under a heading that also names it for screen readers;
   * `onOpen` fills it each time the menu opens.
   */
  addGroup(label: string, onOpen: (group: MenuButtonGroup) => void): void {
    const labelId = uniqueId('menu-group-label');
    const group = h('div', { className: 'menu-group', attrs: { role: 'group', 'aria-labelledby': labelId } });
    this.menu.append(
      h('div', { className: 'menu-separator', attrs: { role: 'separator' } }),
      // Hidden from the accessibility tree: it is read as the group's name instead.
      h('div', {
        className: 'section-label menu-group-label',
        attrs: { id: labelId, 'aria-hidden': 'true' },
        text: label,
      }),
      group,
    );
    const handle: MenuButtonGroup = {
      setItems: (items) => {
        const entries = items.map((item) => this.menuItem(item));
        this.replaceEntries(group, entries);
      },
      setNotice: (text) => this.replaceEntries(group, [noticeItem(text)]),
    };
    this.groupRefreshes.push(() => onOpen(handle));
  }

  /** Focus stays at the same position if it was in the menu (the list may grow or shrink under it). */
  private replaceEntries(group: HTMLElement, entries: readonly HTMLElement[]): void {
    const focusedIndex = this.items().indexOf(document.activeElement as HTMLElement);
    this.replacing = true;
    try {
      group.replaceChildren(...entries);
      if (focusedIndex >= 0) this.focusItem(Math.min(focusedIndex, this.items().length - 1));
    } finally {
      this.replacing = false;
    }
  }

  private menuItem(item: MenuButtonItem): HTMLButtonElement {
    const element = h(
      'button',
      { className: 'menu-item', attrs: { type: 'button', role: 'menuitem', tabindex: '-1', title: item.path } },
      [
        // dir="auto": labels can be user text (project names) in any script.
        h('span', { className: 'menu-item-label', attrs: { dir: 'auto' }, text: item.label }),
        item.detail ? h('span', { className: 'menu-item-detail menu-item-note', text: item.detail }) : null,
        item.path ? h('span', { className: 'menu-item-detail', attrs: { dir: 'auto' }, text: item.path }) : null,
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
        return; // let the browser move focus on
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}

/** Still a menu item, so arrow keys reach it and it is read, but disabled. */
function noticeItem(text: string): HTMLElement {
  return h('div', {
    className: 'menu-item menu-item-disabled',
    attrs: { role: 'menuitem', 'aria-disabled': 'true', tabindex: '-1' },
    text,
  });
}
