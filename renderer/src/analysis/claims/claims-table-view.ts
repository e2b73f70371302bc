import type { ClaimGrouping, ClaimRow, ClaimsQuery } from '../../../../shared/model/analysis';
import { downloadFile } from '../../dom/download-file';
import { h } from '../../dom/element-builder';
import { DisposableStore } from '../../lifecycle/disposable';
import type { AnalysisContext, AnalysisView, AnalysisViewKind } from '../analysis-view';
import { columnChooser } from '../data-table/column-chooser';
import { DataTable, type TableSort } from '../data-table/data-table';
import { PagedTableSource } from '../data-table/table-sources';
import { claimColumns, claimGroupings, isClaimColumn } from './claim-columns';
import { FollowedQuery } from '../followed-query';

const NO_GROUP = '';

/**
 * Every claim of the corpus under the shared filter, a page at a time from the store worker:
 * search, per-column filters, sort, grouping with counts, hidden columns, CSV of all its rows. A
 * row (click or Enter) opens its article at the claim.
 */
class ClaimsTableView implements AnalysisView {
  readonly element: HTMLElement;
  private readonly store = new DisposableStore();
  private readonly table: DataTable<ClaimRow>;
  private readonly count = h('span', { className: 'analysis-count', attrs: { 'aria-live': 'polite' } });
  private readonly followed: FollowedQuery;
  private columnFilters = new Map<string, string>();
  private search = '';
  private sort: TableSort = { column: 'date', descending: true };
  private groupBy: ClaimGrouping | null = null;

  constructor(private readonly context: AnalysisContext) {
    this.table = this.store.add(
      new DataTable<ClaimRow>({
        label: 'Claims',
        columns: claimColumns(context.model),
        onOpen: (row) => context.openArticle(row.articleId, row.start),
        onSort: (sort) => {
          this.sort = sort;
          this.followed.reload();
        },
        onColumnFilter: (column, text) => {
          if (text.trim() === '') this.columnFilters.delete(column);
          else this.columnFilters.set(column, text.trim());
          this.followed.reload();
        },
      }),
    );
    this.table.setSort(this.sort);
    this.followed = this.store.add(
      new FollowedQuery(
        context,
        () => this.element.checkVisibility(),
        (isCurrent) => this.load(isCurrent),
      ),
    );

    const search = h('input', {
      className: 'field-input analysis-field',
      attrs: { type: 'search', 'aria-label': 'Search claims', placeholder: 'Search claims…' },
    });
    search.addEventListener('input', () => {
      this.search = search.value;
      this.followed.reloadSoon();
    });
    const group = h(
      'select',
      { className: 'field-input field-select analysis-field', attrs: { 'aria-label': 'Group claims by' } },
      [
        h('option', { attrs: { value: NO_GROUP }, text: 'No grouping' }),
        ...claimGroupings(context.model).map(({ value, label }) =>
          h('option', { attrs: { value }, text: `Group by ${label}` }),
        ),
      ],
    );
    group.addEventListener('change', () => {
      this.groupBy = group.value === NO_GROUP ? null : (group.value as ClaimGrouping);
      this.followed.reload();
    });
    const exportButton = h('button', {
      className: 'button button-small',
      attrs: { type: 'button' },
      text: 'Export CSV',
    });
    exportButton.addEventListener('click', () => void this.exportCsv(exportButton));
    this.element = h('section', { className: 'analysis-view claims-view', attrs: { 'aria-label': 'Claims' } }, [
      h('div', { className: 'analysis-view-bar' }, [
        search,
        group,
        columnChooser(this.table),
        exportButton,
        this.count,
      ]),
      this.table.element,
      this.table.statusElement,
    ]);
  }

  show(): void {
    this.followed.show();
  }

  dispose(): void {
    this.store.dispose();
  }

  private query(): ClaimsQuery {
    return {
      filter: this.context.filter.filter,
      columnFilters: [...this.columnFilters].flatMap(([column, contains]) =>
        isClaimColumn(column) ? [{ column, contains }] : [],
      ),
      search: this.search,
      sort: { column: isClaimColumn(this.sort.column) ? this.sort.column : 'date', descending: this.sort.descending },
      groupBy: this.groupBy,
    };
  }

  private async load(isCurrent: () => boolean): Promise<void> {
    const query = this.query();
    const { api } = this.context;
    const first = await api.invoke('analysis.claims', { ...query, offset: 0, limit: PagedTableSource.pageRows });
    if (!isCurrent()) return;
    this.count.textContent = first.total === 1 ? '1 claim' : `${first.total} claims`;
    this.table.setSource(
      new PagedTableSource(
        {
          ...first,
          groups: first.groups?.map((group) => ({ label: group.key ?? '(none)', count: group.count })) ?? null,
        },
        async (offset, limit) => (await api.invoke('analysis.claims', { ...query, offset, limit })).rows,
        () => this.table.refresh(),
        (error) => this.context.reportError(error),
      ),
      JSON.stringify(query),
    );
  }

  private async exportCsv(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const columns = this.table.visibleColumns.map((column) => column.id).filter(isClaimColumn);
      const { csv } = await this.context.api.invoke('analysis.claimsCsv', { ...this.query(), columns });
      downloadFile(csv, 'claims.csv', 'text/csv');
    } catch (error) {
      this.context.reportError(error);
    } finally {
      button.disabled = false;
    }
  }
}

export const CLAIMS_TABLE_VIEW: AnalysisViewKind = {
  id: 'claims',
  title: 'Claims',
  create: (context) => new ClaimsTableView(context),
};
