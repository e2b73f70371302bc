import type { ArticleId, ArticleSummary } from '../../../shared/model/article';
import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { formatArticleDate, formatArticleDateLong } from './article-summary-format';

export interface TrashListCallbacks {
  onRestore(id: ArticleId): void;
}

/**
 * The articles in the trash, most recently deleted first, each with a Restore button. A plain
 * list rather than a listbox: every row holds a button, and listbox options may not contain
 * interactive content. Trashed articles are not opened; restoring one is how to read it again.
 */
export class TrashListView {
  readonly element: HTMLUListElement;
  private readonly callbacks: TrashListCallbacks;

  constructor(callbacks: TrashListCallbacks, labelledBy: string) {
    this.callbacks = callbacks;
    this.element = h('ul', { className: 'trash-list', attrs: { 'aria-labelledby': labelledBy } });
  }

  /** Replaces the list; keeps focus on the row at the same place if a Restore button had it. */
  render(articles: readonly ArticleSummary[], now: Date = new Date()): void {
    const focusedRow = this.focusedRowIndex();
    this.element.replaceChildren(...articles.map((article) => this.renderRow(article, now)));
    this.element.hidden = articles.length === 0;
    if (focusedRow >= 0) {
      const rows = this.element.querySelectorAll<HTMLButtonElement>('.trash-restore');
      rows[Math.min(focusedRow, rows.length - 1)]?.focus();
    }
  }

  private renderRow(article: ArticleSummary, now: Date): HTMLLIElement {
    const titleId = uniqueId('trash-title');
    const restore = h('button', {
      className: 'button button-small trash-restore',
      attrs: { type: 'button', 'aria-describedby': titleId, 'data-article-id': article.id },
    });
    restore.append(icon('restore', 'icon icon-small'), h('span', { text: 'Restore' }));
    restore.addEventListener('click', () => this.callbacks.onRestore(article.id));
    const deletedAt = article.deletedAt ?? article.createdAt;
    return h('li', { className: 'trash-item' }, [
      h('div', { className: 'trash-item-text' }, [
        h('span', {
          className: 'article-item-title',
          attrs: { id: titleId, dir: 'auto' },
          text: article.title || 'Untitled article',
        }),
        h('span', { className: 'article-item-meta' }, [
          h('time', {
            attrs: { datetime: deletedAt, title: formatArticleDateLong(deletedAt) },
            text: `Deleted ${formatArticleDate(deletedAt, now)}`,
          }),
          article.metadata.source
            ? h('span', { className: 'article-item-separator', attrs: { 'aria-hidden': 'true' }, text: '·' })
            : null,
          article.metadata.source
            ? h('span', { className: 'article-item-source', attrs: { dir: 'auto' }, text: article.metadata.source })
            : null,
        ]),
      ]),
      restore,
    ]);
  }

  private focusedRowIndex(): number {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || !this.element.contains(focused)) return -1;
    return Array.from(this.element.querySelectorAll('.trash-restore')).indexOf(focused);
  }
}
