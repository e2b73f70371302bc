import type { RecentProject } from '../../../shared/model/project';
import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';

export interface ProjectMenuCallbacks {
  newProject(): void;
  openProject(): void;
  saveProjectAs(): void;
  openRecent(id: string): void;
  /** Loads the recent list each time the menu opens, so it is never stale. */
  loadRecent(): Promise<readonly RecentProject[]>;
  /** The open project's display path, left out of the recent list. */
  currentDisplayPath(): string | null;
  reportError(error: unknown): void;
}

/** Recent projects shown in the menu; the store keeps more. */
const MAX_RECENT = 8;

/**
 * The toolbar's "Project" menu button (WAI-ARIA menu button pattern). It duplicates the native
 * File menu so every project action works from the keyboard and in hosts without a native menu
 * (the browser host used by the end-to-end tests).
 *
 * Keyboard: Enter, Space or ↓ opens at the first item, ↑ at the last; ↑/↓/Home/End move;
 * Enter/Space activate; Esc closes and returns to the button; Tab closes and moves on.
 */
export class ProjectMenu {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly menu: HTMLElement;
  private readonly recentGroup: HTMLElement;
  private readonly callbacks: ProjectMenuCallbacks;
  /** Ignores a recent list that arrives after the menu was closed and reopened. */
  private openCount = 0;
  /** Replacing the recent items can drop focus for a moment; that must not count as leaving the menu. */
  private rerendering = false;

  constructor(callbacks: ProjectMenuCallbacks) {
    this.callbacks = callbacks;
    const menuId = uniqueId('project-menu');
    const buttonId = uniqueId('project-menu-button');
    const recentLabelId = uniqueId('recent-projects-label');
    this.button = h('button', {
      className: 'button button-quiet',
      attrs: {
        type: 'button',
        id: buttonId,
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'aria-controls': menuId,
      },
    });
    this.button.append(icon('folder'), h('span', { text: 'Project' }), icon('chevronDown', 'icon icon-small'));
    this.recentGroup = h('div', {
      className: 'menu-group',
      attrs: { role: 'group', 'aria-labelledby': recentLabelId },
    });
    this.menu = h(
      'div',
      { className: 'menu', attrs: { id: menuId, role: 'menu', 'aria-labelledby': buttonId, hidden: true } },
      [
        this.menuItem('New project…', () => this.callbacks.newProject()),
        this.menuItem('Open project…', () => this.callbacks.openProject()),
        this.menuItem('Save as…', () => this.callbacks.saveProjectAs()),
        h('div', { className: 'menu-separator', attrs: { role: 'separator' } }),
        h('div', {
          className: 'menu-group-label',
          attrs: { id: recentLabelId, 'aria-hidden': 'true' },
          text: 'Recent projects',
        }),
        this.recentGroup,
      ],
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
    document.addEventListener('pointerdown', (event) => {
      if (this.isOpen && !this.element.contains(event.target as Node)) this.close(false);
    });
    this.element.addEventListener('focusout', (event) => {
      if (this.rerendering || !this.isOpen) return;
      if (!this.element.contains(event.relatedTarget as Node | null)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  open(focus: 'first' | 'last'): void {
    this.openCount += 1;
    const thisOpening = this.openCount;
    this.renderRecent(null);
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.focusItem(focus === 'first' ? 0 : this.items().length - 1);
    this.callbacks.loadRecent().then(
      (recent) => {
        if (thisOpening !== this.openCount || !this.isOpen) return;
        // Keep focus on the same item index if the list grew under the user's focus.
        const focusedIndex = this.items().indexOf(document.activeElement as HTMLElement);
        this.rerendering = true;
        try {
          this.renderRecent(recent);
          if (focusedIndex >= 0) this.focusItem(Math.min(focusedIndex, this.items().length - 1));
        } finally {
          this.rerendering = false;
        }
      },
      (error: unknown) => {
        if (thisOpening === this.openCount) this.renderRecent([]);
        this.callbacks.reportError(error);
      },
    );
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus();
  }

  private menuItem(label: string, action: () => void, detail?: string): HTMLButtonElement {
    const item = h('button', { className: 'menu-item', attrs: { type: 'button', role: 'menuitem', tabindex: '-1' } }, [
      h('span', { className: 'menu-item-label', attrs: { dir: 'auto' }, text: label }),
      detail ? h('span', { className: 'menu-item-detail', attrs: { dir: 'auto' }, text: detail }) : null,
    ]);
    if (detail) item.title = detail;
    item.addEventListener('click', () => {
      this.close(true);
      action();
    });
    return item;
  }

  /** `null` while loading. */
  private renderRecent(recent: readonly RecentProject[] | null): void {
    if (recent === null) {
      this.recentGroup.replaceChildren(this.disabledItem('Loading…'));
      return;
    }
    const current = this.callbacks.currentDisplayPath();
    const others = recent.filter((project) => project.displayPath !== current).slice(0, MAX_RECENT);
    this.recentGroup.replaceChildren(
      ...(others.length === 0
        ? [this.disabledItem('No other recent projects')]
        : others.map((project) =>
            this.menuItem(project.name, () => this.callbacks.openRecent(project.id), project.displayPath),
          )),
    );
  }

  private disabledItem(label: string): HTMLElement {
    return h('div', {
      className: 'menu-item menu-item-disabled',
      attrs: { role: 'menuitem', 'aria-disabled': 'true', tabindex: '-1' },
      text: label,
    });
  }

  private items(): HTMLElement[] {
    return Array.from(this.menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  }

  private focusItem(index: number): void {
    const items = this.items();
    if (items.length === 0) return;
    const wrapped = ((index % items.length) + items.length) % items.length;
    items[wrapped]?.focus();
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
