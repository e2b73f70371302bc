import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';

/** One tab of the side panel: its name in the tab strip and its content. */
export interface SidePanelTab {
  readonly id: string;
  readonly title: string;
  readonly element: HTMLElement;
}

const STORAGE_KEY = 'workbench.side-panel-tab';

/**
 * The right-hand panel ("Details"): a tab strip (the selected annotation, the article's annotation
 * list, the entity registry, the article's metadata) over one tab's content. Tabs follow the ARIA
 * tabs pattern: arrow keys move between tabs, Tab goes into the content.
 */
export class SidePanel {
  readonly element: HTMLElement;
  private readonly tabs: readonly SidePanelTab[];
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly panels = new Map<string, HTMLElement>();
  private current: string;

  constructor(tabs: readonly SidePanelTab[], onClose: () => void) {
    this.tabs = tabs;
    const headingId = uniqueId('side-panel-heading');
    const tabList = h('div', {
      className: 'side-panel-tabs',
      attrs: { role: 'tablist', 'aria-labelledby': headingId },
    });
    const panels = tabs.map((tab) => {
      const buttonId = uniqueId(`tab-${tab.id}`);
      const panelId = uniqueId(`tabpanel-${tab.id}`);
      const button = h('button', {
        className: 'side-panel-tab',
        attrs: { type: 'button', role: 'tab', id: buttonId, 'aria-controls': panelId, 'data-tab': tab.id },
        text: tab.title,
      });
      button.addEventListener('click', () => this.show(tab.id, false));
      tabList.append(button);
      this.buttons.set(tab.id, button);
      const panel = h(
        'div',
        {
          className: 'side-panel-content',
          attrs: { role: 'tabpanel', id: panelId, 'aria-labelledby': buttonId, tabindex: '-1' },
        },
        [tab.element],
      );
      this.panels.set(tab.id, panel);
      return panel;
    });
    tabList.addEventListener('keydown', (event) => this.onTabKey(event));
    const closeButton = h('button', {
      className: 'icon-button',
      attrs: { type: 'button', 'aria-label': 'Hide details', title: 'Hide details' },
    });
    closeButton.append(icon('close'));
    closeButton.addEventListener('click', onClose);
    this.element = h(
      'aside',
      { className: 'details-panel side-panel', attrs: { id: 'details-panel', 'aria-labelledby': headingId } },
      [
        h('header', { className: 'details-header' }, [
          h('h2', { className: 'visually-hidden', attrs: { id: headingId }, text: 'Details' }),
          tabList,
          closeButton,
        ]),
        ...panels,
      ],
    );
    const stored = readStoredTab();
    this.current = tabs.some((tab) => tab.id === stored) ? (stored ?? '') : (tabs[0]?.id ?? '');
    this.show(this.current, false);
  }

  get currentTab(): string {
    return this.current;
  }

  /** Shows a tab; with `focus`, moves focus into its content (a command asked for it). */
  show(id: string, focus: boolean): void {
    const tab = this.tabs.find((candidate) => candidate.id === id);
    if (tab === undefined) return;
    this.current = id;
    for (const [tabId, button] of this.buttons) {
      const selected = tabId === id;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      const panel = this.panels.get(tabId);
      if (panel !== undefined) panel.hidden = !selected;
    }
    storeTab(id);
    if (focus) this.panels.get(id)?.focus();
  }

  private onTabKey(event: KeyboardEvent): void {
    const order = this.tabs.map((tab) => tab.id);
    const index = order.indexOf(this.current);
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: order.length - 1 - index };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = order[(index + move + order.length) % order.length];
    if (next === undefined) return;
    this.show(next, false);
    this.buttons.get(next)?.focus();
  }
}

function readStoredTab(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeTab(id: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage can be unavailable; the first tab then opens by default.
  }
}
