import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { readStored, writeStored } from '../dom/window-storage';
import { toDisposable, type Disposable } from '../lifecycle/disposable';
import { Emitter } from '../lifecycle/emitter';

/** One tab of the side panel, as it registers itself. */
export interface SidePanelTab {
  readonly id: string;
  /** Its name in the tab strip and the palette ("Show the … tab"). */
  readonly title: string;
  readonly view: { readonly element: HTMLElement };
  /** The tab came into view: chosen while the panel is open, or the panel opened on it. */
  onShow?(): void;
}

/** What a tab's view may ask of the panel about its own tab. */
export interface TabHandle {
  /** The tab is in view: the panel is open on it. */
  readonly visible: boolean;
  /** Opens the panel on the tab; `focus` moves focus into it. */
  show(focus: boolean): void;
}

/** The panel opened or closed; `focusLost` when focus was inside as it closed and needs a new home. */
export interface OpenChange {
  readonly open: boolean;
  readonly focusLost: boolean;
}

interface RegisteredTab {
  readonly tab: SidePanelTab;
  readonly button: HTMLButtonElement;
  readonly panel: HTMLElement;
}

const TAB_STORAGE_KEY = 'workbench.side-panel-tab';
const PIN_STORAGE_KEY = 'workbench.side-panel-pinned';
const OPEN_STORAGE_KEY = 'workbench.details-open';
/** The app root gets this class while the panel is shown; layout.css gives it a column. */
const OPEN_CLASS = 'details-open';

/**
 * The right-hand panel ("Details"): a tab strip over one tab's content. It owns which tab is shown
 * and whether it is open, and tells tabs when they come into view; tabs register themselves. Tabs
 * follow the ARIA tabs pattern: arrow keys move between tabs, Tab goes into the content. Both
 * choices are remembered per machine, because an analyst who hides the panel to read does not want
 * it back on every start. The pin keeps the shown tab in front when something the analyst did would
 * bring another forward (`reveal`); it is remembered per window, as each window is one task.
 */
export class SidePanel {
  readonly element: HTMLElement;
  private readonly root: HTMLElement;
  private readonly tabList: HTMLElement;
  private readonly registered = new Map<string, RegisteredTab>();
  /** The tab remembered from the last session, chosen when it registers. */
  private readonly remembered: string | null;
  private current: string | null = null;
  private open: boolean;
  private pinned: boolean;
  private readonly pinButton: HTMLButtonElement;
  private readonly openChanges = new Emitter<OpenChange>();
  readonly onDidChangeOpen = this.openChanges.event;

  /** `root` is the window's layout, which gives the open panel its column. */
  constructor(root: HTMLElement) {
    this.root = root;
    this.remembered = readStored(TAB_STORAGE_KEY);
    const headingId = uniqueId('side-panel-heading');
    this.tabList = h('div', {
      className: 'side-panel-tabs',
      attrs: { role: 'tablist', 'aria-labelledby': headingId },
    });
    this.tabList.addEventListener('keydown', (event) => this.onTabKey(event));
    const closeButton = h('button', {
      className: 'icon-button',
      attrs: { type: 'button', 'aria-label': 'Hide details', title: 'Hide details' },
    });
    closeButton.append(icon('close'));
    closeButton.addEventListener('click', () => this.setOpen(false, true));
    this.pinned = readStored(PIN_STORAGE_KEY, 'session') === 'true';
    this.pinButton = h('button', {
      className: 'icon-button side-panel-pin',
      attrs: {
        type: 'button',
        'aria-label': 'Pin the tab',
        title: 'Pin the tab: keep it in front when you create an annotation',
      },
    });
    this.pinButton.append(icon('pin'));
    this.pinButton.addEventListener('click', () => this.setPinned(!this.pinned));
    this.applyPinned();
    this.element = h(
      'aside',
      { className: 'details-panel side-panel', attrs: { id: 'details-panel', 'aria-labelledby': headingId } },
      [
        h('header', { className: 'details-header' }, [
          h('h2', { className: 'visually-hidden', attrs: { id: headingId }, text: 'Details' }),
          this.tabList,
          h('div', { className: 'side-panel-actions' }, [this.pinButton, closeButton]),
        ]),
      ],
    );
    const storedOpen = readStored(OPEN_STORAGE_KEY);
    this.open = storedOpen === null || storedOpen === 'true';
    this.applyOpen();
  }

  /** Adds a tab after the others; dispose to remove it. */
  register(tab: SidePanelTab): Disposable {
    if (this.registered.has(tab.id)) throw new Error(`A side-panel tab "${tab.id}" is registered already.`);
    const buttonId = uniqueId(`tab-${tab.id}`);
    const panelId = uniqueId(`tabpanel-${tab.id}`);
    const button = h('button', {
      className: 'side-panel-tab',
      attrs: { type: 'button', role: 'tab', id: buttonId, 'aria-controls': panelId, 'data-tab': tab.id },
      text: tab.title,
    });
    button.addEventListener('click', () => this.show(tab.id, false));
    const panel = h(
      'div',
      {
        className: 'side-panel-content',
        attrs: { role: 'tabpanel', id: panelId, 'aria-labelledby': buttonId, tabindex: '-1' },
      },
      [tab.view.element],
    );
    const entry: RegisteredTab = { tab, button, panel };
    this.registered.set(tab.id, entry);
    this.tabList.append(button);
    this.element.append(panel);
    if (this.current === null || tab.id === this.remembered) this.select(tab.id);
    else this.applySelection();
    return toDisposable(() => {
      if (this.registered.get(tab.id) !== entry) return;
      this.registered.delete(tab.id);
      button.remove();
      panel.remove();
      if (this.current === tab.id) this.select(this.registered.keys().next().value ?? null);
    });
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Whether a tab is in view: the panel is open on it. */
  isShowing(id: string): boolean {
    return this.open && this.current === id;
  }

  /** A tab's view of the panel, for the view to build before its tab registers. */
  handle(id: string): TabHandle {
    const isShowing = () => this.isShowing(id);
    return {
      get visible() {
        return isShowing();
      },
      show: (focus) => this.show(id, focus),
    };
  }

  /** Opens the panel (if closed) on a tab; `focus` moves focus into the tab's content. */
  show(id: string, focus: boolean): void {
    const entry = this.registered.get(id);
    if (entry === undefined) return;
    const wasShowing = this.isShowing(id);
    this.current = id;
    writeStored(TAB_STORAGE_KEY, id);
    this.applySelection();
    if (!this.open) this.setOpen(true, false);
    else if (!wasShowing) entry.tab.onShow?.();
    if (focus) entry.panel.focus();
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** Pins or unpins the shown tab: while pinned, `reveal` leaves it in front. */
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    writeStored(PIN_STORAGE_KEY, String(pinned), 'session');
    this.applyPinned();
  }

  /**
   * Brings a tab to the front for what the analyst just did (a new annotation shows its details),
   * unless they pinned the shown tab. A hidden panel stays hidden: it was hidden to read.
   */
  reveal(id: string): void {
    if (this.open && !this.pinned) this.show(id, false);
  }

  /**
   * Opens or closes the panel. With `moveFocus`, closing while focus is inside says so
   * (`focusLost`), so the toolbar's toggle can take it and focus never disappears with the panel.
   */
  setOpen(open: boolean, moveFocus: boolean): void {
    if (open === this.open) return;
    const hadFocus = this.element.contains(document.activeElement);
    this.open = open;
    writeStored(OPEN_STORAGE_KEY, String(open));
    this.applyOpen();
    this.openChanges.fire({ open, focusLost: moveFocus && !open && hadFocus });
    if (open && this.current !== null) this.registered.get(this.current)?.tab.onShow?.();
  }

  private select(id: string | null): void {
    this.current = id;
    this.applySelection();
  }

  private applyOpen(): void {
    this.root.classList.toggle(OPEN_CLASS, this.open);
    this.element.hidden = !this.open;
  }

  private applyPinned(): void {
    this.pinButton.setAttribute('aria-pressed', String(this.pinned));
  }

  private applySelection(): void {
    for (const [id, { button, panel }] of this.registered) {
      const selected = id === this.current;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      panel.hidden = !selected;
    }
  }

  private onTabKey(event: KeyboardEvent): void {
    const order = [...this.registered.keys()];
    const index = this.current === null ? 0 : order.indexOf(this.current);
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: order.length - 1 - index };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = order[(index + move + order.length) % order.length];
    if (next === undefined) return;
    this.show(next, false);
    this.registered.get(next)?.button.focus();
  }
}
