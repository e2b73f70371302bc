import type { ArticleId, ArticleSummary } from '../../../shared/model/article';
import { h, uniqueId } from '../dom/element-builder';
import { formatArticleDate, formatArticleDateLong, formatCharCount } from './article-summary-format';

export interface ArticleListCallbacks {
  /** The user chose an article (click, Enter or Space). */
  onOpen(id: ArticleId): void;
}

/** Rows moved by Page Up / Page Down. */
const PAGE_STEP = 10;

/**
 * The sidebar's article list, an ARIA listbox with one option per article.
 *
 * Keyboard: arrows, Home/End and Page Up/Down move focus between options (roving tabindex, so Tab
 * leaves the list in one step); Enter or Space opens the focused article. Opening is NOT tied to
 * focus because an article can be megabytes long and arrowing through the list should stay instant.
 * `aria-selected` marks the article shown in the main pane.
 */
export class ArticleListView {
  readonly element: HTMLElement;
  private readonly listbox: HTMLUListElement;
  private readonly emptyMessage: HTMLElement;
  private readonly countBadge: HTMLElement;
  private readonly callbacks: ArticleListCallbacks;
  private articles: readonly ArticleSummary[] = [];
  private selectedId: ArticleId | null = null;
  /** Index of the option that takes focus when the user tabs into the list. */
  private activeIndex = 0;

  constructor(callbacks: ArticleListCallbacks) {
    this.callbacks = callbacks;
    const headingId = uniqueId('article-list-heading');
    this.countBadge = h('span', { className: 'sidebar-count', attrs: { 'aria-hidden': 'true' } });
    this.listbox = h('ul', {
      className: 'article-list',
      attrs: { role: 'listbox', 'aria-labelledby': headingId, 'aria-orientation': 'vertical' },
    });
    this.emptyMessage = h('div', { className: 'sidebar-empty', attrs: { hidden: true } }, [
      h('p', { className: 'sidebar-empty-title', text: 'No articles yet' }),
      h('p', { className: 'sidebar-empty-hint', text: 'Paste text anywhere or choose New article to add one.' }),
    ]);
    this.element = h('nav', { className: 'sidebar', attrs: { 'aria-labelledby': headingId } }, [
      h('div', { className: 'sidebar-header' }, [
        h('h2', { className: 'sidebar-heading', attrs: { id: headingId }, text: 'Articles' }),
        this.countBadge,
      ]),
      this.listbox,
      this.emptyMessage,
    ]);
    this.listbox.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.listbox.addEventListener('click', (event) => this.onClick(event));
  }

  /** Replaces the list. Keeps keyboard focus on the same article if the list had focus. */
  render(articles: readonly ArticleSummary[], selectedId: ArticleId | null, now: Date = new Date()): void {
    const focusedId = this.focusedArticleId();
    this.articles = articles;
    this.selectedId = selectedId;
    const options = articles.map((article) => this.renderOption(article, now));
    this.listbox.replaceChildren(...options);
    this.emptyMessage.hidden = articles.length > 0;
    this.listbox.hidden = articles.length === 0;
    this.countBadge.textContent = articles.length > 0 ? String(articles.length) : '';
    const anchorId = focusedId ?? selectedId;
    const anchor = articles.findIndex((article) => article.id === anchorId);
    this.setActiveIndex(anchor >= 0 ? anchor : 0, focusedId !== null);
  }

  /** Marks the article shown in the main pane without rebuilding the list. */
  setSelected(id: ArticleId | null): void {
    this.selectedId = id;
    for (const option of this.options()) {
      option.setAttribute('aria-selected', String(Number(option.dataset['articleId']) === id));
    }
    const index = this.articles.findIndex((article) => article.id === id);
    if (index >= 0) {
      this.setActiveIndex(index, false);
      // A new article selected by paste must be visible in the list even if the list was scrolled.
      this.options()[index]?.scrollIntoView({ block: 'nearest' });
    }
  }

  focus(): void {
    this.options()[this.activeIndex]?.focus();
  }

  private renderOption(article: ArticleSummary, now: Date): HTMLLIElement {
    const selected = article.id === this.selectedId;
    return h(
      'li',
      {
        className: 'article-item',
        attrs: {
          role: 'option',
          id: `article-option-${article.id}`,
          'aria-selected': String(selected),
          tabindex: '-1',
          'data-article-id': article.id,
        },
      },
      [
        h('span', {
          className: 'article-item-title',
          attrs: { dir: 'auto' },
          text: article.title || 'Untitled article',
        }),
        h('span', { className: 'article-item-meta' }, [
          h('time', {
            attrs: { datetime: article.createdAt, title: formatArticleDateLong(article.createdAt) },
            text: formatArticleDate(article.createdAt, now),
          }),
          h('span', { className: 'article-item-separator', attrs: { 'aria-hidden': 'true' }, text: '·' }),
          h('span', { text: formatCharCount(article.charCount) }),
        ]),
      ],
    );
  }

  private options(): HTMLElement[] {
    return Array.from(this.listbox.children) as HTMLElement[];
  }

  private focusedArticleId(): ArticleId | null {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused.parentElement !== this.listbox) return null;
    return Number(focused.dataset['articleId']);
  }

  private setActiveIndex(index: number, moveFocus: boolean): void {
    const options = this.options();
    if (options.length === 0) return;
    this.activeIndex = Math.min(Math.max(index, 0), options.length - 1);
    options.forEach((option, i) => option.setAttribute('tabindex', i === this.activeIndex ? '0' : '-1'));
    const active = options[this.activeIndex];
    if (moveFocus && active) {
      active.focus();
      active.scrollIntoView({ block: 'nearest' });
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.articles.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: this.activeIndex + 1,
      ArrowUp: this.activeIndex - 1,
      Home: 0,
      End: last,
      PageDown: this.activeIndex + PAGE_STEP,
      PageUp: this.activeIndex - PAGE_STEP,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.setActiveIndex(target, true);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const article = this.articles[this.activeIndex];
      if (article) this.callbacks.onOpen(article.id);
    }
  }

  private onClick(event: MouseEvent): void {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    if (!option || option.parentElement !== this.listbox) return;
    const index = this.options().indexOf(option);
    this.setActiveIndex(index, true);
    this.callbacks.onOpen(Number(option.dataset['articleId']));
  }
}
