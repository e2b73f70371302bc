import type { ArticleId, ArticleSummary } from '../../../shared/model/article';
import { h, uniqueId } from '../dom/element-builder';
import type { WorkbenchChange } from '../model/workbench-change';
import { icon } from '../dom/icons';
import { ArticleListView } from './article-list-view';
import { LibraryControls } from './library-controls';
import { applyLibraryQuery, isFiltered, libraryFacets, pruneQuery } from './library-query';
import { TrashListView } from './trash-list-view';

export type LibraryMode = 'articles' | 'trash';

export interface LibraryPanelCallbacks {
  onOpen(id: ArticleId): void;
  /** `neighbour`: the article below it in the list as shown, to show next. */
  onTrash(id: ArticleId, neighbour: ArticleId | null): void;
  onRestore(id: ArticleId): void;
  onEmptyTrash(): void;
  /** The Trash view was opened: a chance to load it fresh. */
  onShowTrash(): void;
}

/**
 * The left sidebar (navigation landmark "Library"): a switch between the articles and the trash;
 * for articles, the title filter, sort and filters above the list; for the trash, "Empty trash"
 * above the deleted articles. The panel keeps every article summary and derives what it shows,
 * so sorting and filtering never wait for main.
 */
export class LibraryPanel {
  readonly element: HTMLElement;
  private readonly callbacks: LibraryPanelCallbacks;
  private readonly controls: LibraryControls;
  private readonly list: ArticleListView;
  private readonly trashList: TrashListView;
  private readonly articlesSection: HTMLElement;
  private readonly trashSection: HTMLElement;
  private readonly articlesTab: HTMLButtonElement;
  private readonly trashTab: HTMLButtonElement;
  private readonly articlesTabCount: HTMLElement;
  private readonly trashTabCount: HTMLElement;
  private readonly listCount: HTMLElement;
  private readonly emptyArticles: HTMLElement;
  private readonly emptyTitle: HTMLElement;
  private readonly emptyHint: HTMLElement;
  private readonly clearFiltersButton: HTMLButtonElement;
  private readonly emptyTrashButton: HTMLButtonElement;
  private readonly emptyTrashMessage: HTMLElement;
  private all: readonly ArticleSummary[] = [];
  private trashed: readonly ArticleSummary[] = [];
  private selectedId: ArticleId | null = null;
  private currentMode: LibraryMode = 'articles';

  /** The articles the Analysis filter keeps; null when it keeps all. */
  private analysisIds: ReadonlySet<ArticleId> | null = null;

  constructor(callbacks: LibraryPanelCallbacks) {
    this.callbacks = callbacks;
    const listHeadingId = uniqueId('article-list-heading');
    const trashHeadingId = uniqueId('trash-heading');

    this.articlesTabCount = h('span', { className: 'library-view-count', attrs: { 'aria-hidden': 'true' } });
    this.trashTabCount = h('span', { className: 'library-view-count', attrs: { 'aria-hidden': 'true' } });
    this.articlesTab = h('button', { className: 'library-view', attrs: { type: 'button', 'aria-pressed': 'true' } }, [
      h('span', { text: 'Articles' }),
      this.articlesTabCount,
    ]);
    this.trashTab = h('button', { className: 'library-view', attrs: { type: 'button', 'aria-pressed': 'false' } }, [
      icon('trash', 'icon icon-small'),
      h('span', { text: 'Trash' }),
      this.trashTabCount,
    ]);

    this.controls = new LibraryControls(() => this.renderArticles());
    this.list = new ArticleListView(
      {
        onOpen: (id) => this.callbacks.onOpen(id),
        onTrash: (id) => this.callbacks.onTrash(id, this.list.neighbourOf(id)),
      },
      listHeadingId,
    );
    this.listCount = h('span', { className: 'sidebar-count', attrs: { 'data-testid': 'library-count' } });
    this.emptyTitle = h('p', { className: 'sidebar-empty-title' });
    this.emptyHint = h('p', { className: 'sidebar-empty-hint' });
    this.clearFiltersButton = h('button', {
      className: 'button button-small',
      attrs: { type: 'button' },
      text: 'Clear filters',
    });
    this.clearFiltersButton.addEventListener('click', () => {
      this.controls.clearFilters();
      this.controls.focusFilter();
    });
    this.emptyArticles = h('div', { className: 'sidebar-empty', attrs: { hidden: true } }, [
      this.emptyTitle,
      this.emptyHint,
      this.clearFiltersButton,
    ]);
    this.articlesSection = h('div', { className: 'library-section' }, [
      this.controls.element,
      h('div', { className: 'sidebar-header' }, [
        h('h2', { className: 'section-label', attrs: { id: listHeadingId }, text: 'Articles' }),
        this.listCount,
      ]),
      this.list.element,
      this.emptyArticles,
    ]);

    this.trashList = new TrashListView({ onRestore: (id) => this.callbacks.onRestore(id) }, trashHeadingId);
    this.emptyTrashButton = h('button', {
      className: 'button button-small button-danger-quiet',
      attrs: { type: 'button' },
    });
    this.emptyTrashButton.append(icon('trash', 'icon icon-small'), h('span', { text: 'Empty trash' }));
    this.emptyTrashButton.addEventListener('click', () => this.callbacks.onEmptyTrash());
    this.emptyTrashMessage = h('div', { className: 'sidebar-empty', attrs: { hidden: true } }, [
      h('p', { className: 'sidebar-empty-title', text: 'The trash is empty' }),
      h('p', {
        className: 'sidebar-empty-hint',
        text: 'Articles you move to the trash wait here until you restore them or empty the trash.',
      }),
    ]);
    this.trashSection = h('div', { className: 'library-section', attrs: { hidden: true } }, [
      h('div', { className: 'sidebar-header sidebar-header-actions' }, [
        h('h2', { className: 'section-label', attrs: { id: trashHeadingId }, text: 'Trash' }),
        this.emptyTrashButton,
      ]),
      this.trashList.element,
      this.emptyTrashMessage,
    ]);

    this.element = h('nav', { className: 'sidebar side-panel', attrs: { 'aria-label': 'Library' } }, [
      h('div', { className: 'library-views', attrs: { role: 'group', 'aria-label': 'Show' } }, [
        this.articlesTab,
        this.trashTab,
      ]),
      this.articlesSection,
      this.trashSection,
    ]);
    this.articlesTab.addEventListener('click', () => this.setMode('articles'));
    this.trashTab.addEventListener('click', () => this.setMode('trash'));
    this.renderTrash();
  }

  get mode(): LibraryMode {
    return this.currentMode;
  }

  setMode(mode: LibraryMode): void {
    if (mode === this.currentMode) return;
    this.currentMode = mode;
    this.articlesSection.hidden = mode !== 'articles';
    this.trashSection.hidden = mode !== 'trash';
    this.articlesTab.setAttribute('aria-pressed', String(mode === 'articles'));
    this.trashTab.setAttribute('aria-pressed', String(mode === 'trash'));
    if (mode === 'trash') this.callbacks.onShowTrash();
  }

  /** Shows what the Workbench announces: its articles, the selected one, the trash. */
  follow(change: WorkbenchChange): void {
    if (change.kind === 'articles') this.setArticles(change.articles, change.selected);
    else if (change.kind === 'trash') this.setTrash(change.trash);
    else if (change.kind === 'selected') this.setSelected(change.id);
  }

  /** All articles not in the trash, and the one shown in the main pane. */
  private setArticles(articles: readonly ArticleSummary[], selectedId: ArticleId | null): void {
    this.all = articles;
    this.selectedId = selectedId;
    const facets = libraryFacets(articles);
    this.controls.setQuery(pruneQuery(this.controls.query, facets));
    this.controls.setFacets(facets);
    this.renderArticles();
  }

  private setSelected(id: ArticleId | null): void {
    this.selectedId = id;
    this.list.setSelected(id);
  }

  private setTrash(articles: readonly ArticleSummary[]): void {
    this.trashed = articles;
    this.renderTrash();
  }

  /** Shows only these articles (the Analysis filter's), or every one again with null. */
  narrowTo(ids: ReadonlySet<ArticleId> | null): void {
    this.analysisIds = ids;
    this.renderArticles();
  }

  /** The article to show once `id` leaves the list: the next one down, as in a mail client. */
  neighbourOf(id: ArticleId): ArticleId | null {
    return this.list.neighbourOf(id);
  }

  private renderArticles(): void {
    const query = this.controls.query;
    const narrowed = this.analysisIds;
    const shown = applyLibraryQuery(this.all, query).filter((article) => narrowed?.has(article.id) ?? true);
    this.list.render(shown, this.selectedId);
    const filtered = isFiltered(query) || narrowed !== null;
    this.listCount.textContent =
      this.all.length === 0 ? '' : filtered ? `${shown.length} of ${this.all.length}` : String(this.all.length);
    this.articlesTabCount.textContent = this.all.length > 0 ? String(this.all.length) : '';
    this.emptyArticles.hidden = shown.length > 0;
    // Sorting and filtering an empty library only adds noise next to the "No articles yet" hint.
    this.controls.element.hidden = this.all.length === 0 && !filtered;
    if (this.all.length === 0) {
      this.emptyTitle.textContent = 'No articles yet';
      this.emptyHint.textContent = 'Drop files on the window, use Import, or paste text anywhere to add one.';
      this.clearFiltersButton.hidden = true;
    } else {
      this.emptyTitle.textContent = 'No articles match';
      this.emptyHint.textContent = 'Nothing here has that title, source, language or tag.';
      this.clearFiltersButton.hidden = false;
    }
  }

  private renderTrash(): void {
    this.trashList.render(this.trashed);
    this.trashTabCount.textContent = this.trashed.length > 0 ? String(this.trashed.length) : '';
    this.emptyTrashMessage.hidden = this.trashed.length > 0;
    this.emptyTrashButton.disabled = this.trashed.length === 0;
  }
}
