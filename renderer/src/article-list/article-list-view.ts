import type { ArticleId, ArticleSummary } from '../../../shared/model/article';
import { h } from '../dom/element-builder';
import { formatArticleDate, formatArticleDateLong, formatPublishedDate, languageName } from './article-summary-format';

export interface ArticleListCallbacks {
  /** The user chose an article (click, Enter or Space). */
  onOpen(id: ArticleId): void;
  /** The user pressed Delete on an article. */
  onTrash(id: ArticleId): void;
}

/** Rows moved by Page Up / Page Down. */
const PAGE_STEP = 10;

/**
 * The library's article list, an ARIA listbox with one option per article shown (after the
 * panel's sort and filters).
 *
 * Keyboard: arrows, Home/End and Page Up/Down move focus between options (roving tabindex, so Tab
 * leaves the list in one step); Enter or Space opens the focused article; Delete moves it to the
 * trash. Opening is NOT tied to focus because an article can be megabytes long and arrowing through
 * the list should stay instant. `aria-selected` marks the article shown in the main pane.
 */
export class ArticleListView {
  readonly element: HTMLUListElement;
  private readonly callbacks: ArticleListCallbacks;
  private articles: readonly ArticleSummary[] = [];
  private selectedId: ArticleId | null = null;
  /** Index of the option that takes focus when the user tabs into the list. */
  private activeIndex = 0;

  constructor(callbacks: ArticleListCallbacks, labelledBy: string) {
    this.callbacks = callbacks;
    this.element = h('ul', {
      className: 'article-list',
      attrs: { role: 'listbox', 'aria-labelledby': labelledBy, 'aria-orientation': 'vertical' },
    });
    this.element.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.element.addEventListener('click', (event) => this.onClick(event));
  }

  /**
   * Replaces the list. If the list had focus, focus stays on the same article, or, when that one is
   * gone (trashed, filtered out), on the row that took its place, so Delete can be pressed again.
   */
  render(articles: readonly ArticleSummary[], selectedId: ArticleId | null, now: Date = new Date()): void {
    const focusedId = this.focusedArticleId();
    const focusedIndex = this.activeIndex;
    this.articles = articles;
    this.selectedId = selectedId;
    this.element.replaceChildren(...articles.map((article) => this.renderOption(article, now)));
    this.element.hidden = articles.length === 0;
    const anchorId = focusedId ?? selectedId;
    const anchor = articles.findIndex((article) => article.id === anchorId);
    if (anchor >= 0) this.setActiveIndex(anchor, focusedId !== null);
    else this.setActiveIndex(focusedId !== null ? focusedIndex : 0, focusedId !== null);
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

  /** The article after `id` in the list (or before it, at the end): what to show once `id` is gone. */
  neighbourOf(id: ArticleId): ArticleId | null {
    const index = this.articles.findIndex((article) => article.id === id);
    if (index < 0) return null;
    return (this.articles[index + 1] ?? this.articles[index - 1])?.id ?? null;
  }

  private renderOption(article: ArticleSummary, now: Date): HTMLLIElement {
    const selected = article.id === this.selectedId;
    const { source, language, publishedAt } = article.metadata;
    const meta: Node[] = [];
    if (source) meta.push(h('span', { className: 'article-item-source', attrs: { dir: 'auto' }, text: source }));
    meta.push(
      publishedAt
        ? h('time', {
            attrs: { datetime: publishedAt, title: `Published ${formatPublishedDate(publishedAt)}` },
            text: formatPublishedDate(publishedAt),
          })
        : h('time', {
            attrs: { datetime: article.createdAt, title: `Added ${formatArticleDateLong(article.createdAt)}` },
            text: formatArticleDate(article.createdAt, now),
          }),
    );
    if (language) {
      meta.push(
        h('abbr', { className: 'article-item-language', attrs: { title: languageName(language) }, text: language }),
      );
    }
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
        h(
          'span',
          { className: 'article-item-meta' },
          meta.flatMap((part, index) =>
            index === 0
              ? [part]
              : [h('span', { className: 'article-item-separator', attrs: { 'aria-hidden': 'true' }, text: '·' }), part],
          ),
        ),
      ],
    );
  }

  private options(): HTMLElement[] {
    return Array.from(this.element.children) as HTMLElement[];
  }

  private focusedArticleId(): ArticleId | null {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused.parentElement !== this.element) return null;
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
    const article = this.articles[this.activeIndex];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (article) this.callbacks.onOpen(article.id);
    } else if (event.key === 'Delete' && !event.shiftKey) {
      event.preventDefault();
      if (article) this.callbacks.onTrash(article.id);
    }
  }

  private onClick(event: MouseEvent): void {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    if (!option || option.parentElement !== this.element) return;
    const index = this.options().indexOf(option);
    this.setActiveIndex(index, true);
    this.callbacks.onOpen(Number(option.dataset['articleId']));
  }
}
