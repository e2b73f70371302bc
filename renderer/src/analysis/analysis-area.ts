import { h, uniqueId } from '../dom/element-builder';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { AnalysisContext, AnalysisView, AnalysisViewKind } from './analysis-view';
import { filterChips, renderFilterChips } from './filter-chips';
import { SavedViewsControl } from './saved-views-control';

export interface AnalysisAreaDeps {
  readonly context: AnalysisContext;
  readonly kinds: readonly AnalysisViewKind[];
  /** Puts the area in the article's place, or the article back. */
  setShown(shown: boolean): void;
  notify(message: string): void;
}

/**
 * The Analysis area, in the article's place while shown: a tab per view (made on first show and
 * kept), the shared filter as removable chips with "Clear all", and saved views.
 */
export class AnalysisArea implements Disposable {
  readonly element: HTMLElement;
  private readonly store = new DisposableStore();
  private readonly tabs = new Map<string, HTMLButtonElement>();
  private readonly views = new Map<string, AnalysisView>();
  private readonly panel: HTMLElement;
  private readonly chips: HTMLElement;
  /** The views' context: opening an article from a view puts the article back in the area's place. */
  private readonly viewContext: AnalysisContext;
  private current: string;
  private shown = false;

  constructor(private readonly deps: AnalysisAreaDeps) {
    this.current = deps.kinds[0]?.id ?? '';
    this.viewContext = {
      ...deps.context,
      openArticle: (articleId, start) => {
        this.hide();
        deps.context.openArticle(articleId, start);
      },
    };
    const panelId = uniqueId('analysis-panel');
    const tablist = h('div', {
      className: 'analysis-tabs',
      attrs: { role: 'tablist', 'aria-label': 'Analysis views' },
    });
    for (const kind of deps.kinds) {
      const tab = h('button', {
        className: 'analysis-tab',
        attrs: {
          type: 'button',
          role: 'tab',
          id: uniqueId('analysis-tab'),
          'aria-controls': panelId,
          'data-view': kind.id,
        },
        text: kind.title,
      });
      tab.addEventListener('click', () => this.show(kind.id));
      tab.addEventListener('keydown', (event) => this.onTabKey(event, kind.id));
      this.tabs.set(kind.id, tab);
      tablist.append(tab);
    }
    const back = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button' },
      text: 'Back to the article',
    });
    back.addEventListener('click', () => this.hide());
    this.panel = h('div', { className: 'analysis-panel', attrs: { role: 'tabpanel', id: panelId } });
    this.chips = h('div', { className: 'filter-chips', attrs: { role: 'group', 'aria-label': 'Active filters' } });
    const saved = this.store.add(
      new SavedViewsControl({
        api: deps.context.api,
        model: deps.context.model,
        filter: deps.context.filter,
        reportError: (error) => deps.context.reportError(error),
        notify: (message) => deps.notify(message),
      }),
    );
    this.element = h('section', { className: 'analysis-area', attrs: { 'aria-label': 'Analysis', hidden: true } }, [
      h('div', { className: 'analysis-header' }, [
        h('h2', { className: 'analysis-title', text: 'Analysis' }),
        tablist,
        back,
      ]),
      h('div', { className: 'analysis-filter-bar' }, [this.chips, saved.element]),
      this.panel,
    ]);
    this.store.add(deps.context.filter.subscribe(() => this.renderChips()));
    this.store.addRelease(
      deps.context.model.subscribe((change) => {
        if (change.kind === 'entities' || change.kind === 'labels') this.renderChips();
      }),
    );
    this.renderChips();
    this.selectTab();
  }

  get isShown(): boolean {
    return this.shown;
  }

  /** Shows the area with a view (the last one shown when not given) and moves focus to its tab. */
  show(viewId = this.current): void {
    const kind = this.deps.kinds.find((candidate) => candidate.id === viewId);
    if (kind === undefined) return;
    this.current = kind.id;
    if (!this.shown) {
      this.shown = true;
      this.element.hidden = false;
      this.deps.setShown(true);
    }
    let view = this.views.get(kind.id);
    if (view === undefined) {
      view = kind.create(this.viewContext);
      this.views.set(kind.id, view);
    }
    this.panel.replaceChildren(view.element);
    this.panel.setAttribute('aria-labelledby', this.tabs.get(kind.id)?.id ?? '');
    this.selectTab();
    view.show();
    this.tabs.get(kind.id)?.focus();
  }

  toggle(): void {
    if (this.shown) this.hide();
    else this.show();
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.element.hidden = true;
    this.deps.setShown(false);
  }

  dispose(): void {
    for (const view of this.views.values()) view.dispose();
    this.store.dispose();
  }

  private selectTab(): void {
    for (const [id, tab] of this.tabs) {
      const selected = id === this.current;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }

  /** ← → Home End move between the tabs (WAI-ARIA tabs pattern, activation follows focus). */
  private onTabKey(event: KeyboardEvent, id: string): void {
    const ids = this.deps.kinds.map((kind) => kind.id);
    const at = ids.indexOf(id);
    const next: Record<string, number | undefined> = {
      ArrowRight: (at + 1) % ids.length,
      ArrowLeft: (at - 1 + ids.length) % ids.length,
      Home: 0,
      End: ids.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.show(ids[target]);
  }

  private renderChips(): void {
    const { filter, model } = this.deps.context;
    this.chips.replaceChildren(
      ...renderFilterChips(
        filterChips(filter.filter, model),
        (change) => filter.update(change),
        () => filter.clear(),
      ),
    );
  }
}
