import { EntityColumn, type EntityIndexRow } from '../../../../shared/model/analysis';
import { h } from '../../dom/element-builder';
import { DisposableStore } from '../../lifecycle/disposable';
import type { AnalysisContext, AnalysisView, AnalysisViewKind } from '../analysis-view';
import { columnChooser } from '../data-table/column-chooser';
import { DataTable, type TableColumn, type TableSort } from '../data-table/data-table';
import { ArrayTableSource } from '../data-table/table-sources';
import { FollowedQuery } from '../followed-query';

function entityColumns(context: AnalysisContext): TableColumn<EntityIndexRow>[] {
  const count = (id: EntityColumn, title: string, value: (row: EntityIndexRow) => number) => ({
    id,
    title,
    numeric: true,
    text: (row: EntityIndexRow) => String(value(row)),
  });
  return [
    { id: 'name', title: 'Entity', width: 2, filterable: true, text: (row) => row.name },
    {
      id: 'type',
      title: 'Type',
      filterable: true,
      text: (row) => context.model.label(row.typeLabelId)?.name ?? '',
    },
    count('mentions', 'Mentions', (row) => row.mentions),
    count('articles', 'Articles', (row) => row.articles),
    { id: 'firstSeen', title: 'First seen', text: (row) => row.firstSeen ?? '' },
    { id: 'lastSeen', title: 'Last seen', text: (row) => row.lastSeen ?? '' },
    count('claimsMade', 'Claims made', (row) => row.claimsMade),
    count('claimsAbout', 'Claims about', (row) => row.claimsAbout),
  ];
}

/**
 * Every entity of the corpus with its counts under the shared filter, in the claims table's
 * table. A click (or Space) adds the entity to the filter; Enter or a double click opens it in
 * the Entities tab.
 */
class EntityIndexView implements AnalysisView {
  readonly element: HTMLElement;
  private readonly store = new DisposableStore();
  private readonly table: DataTable<EntityIndexRow>;
  private readonly followed: FollowedQuery;
  private readonly count = h('span', { className: 'analysis-count', attrs: { 'aria-live': 'polite' } });
  private readonly columnFilters = new Map<'name' | 'type', string>();
  private sort: TableSort = { column: 'mentions', descending: true };

  constructor(private readonly context: AnalysisContext) {
    this.table = this.store.add(
      new DataTable<EntityIndexRow>({
        label: 'Entity index',
        columns: entityColumns(context),
        onOpen: (row) => context.showEntity(row.entityId),
        onPick: (row) => {
          const { entityIds } = context.filter.filter;
          if (!entityIds.includes(row.entityId)) context.filter.update({ entityIds: [...entityIds, row.entityId] });
        },
        onSort: (sort) => {
          this.sort = sort;
          this.followed.reload();
        },
        onColumnFilter: (column, text) => {
          if (column !== 'name' && column !== 'type') return;
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
    this.element = h(
      'section',
      { className: 'analysis-view entity-index-view', attrs: { 'aria-label': 'Entity index' } },
      [
        h('div', { className: 'analysis-view-bar' }, [
          columnChooser(this.table),
          h('span', {
            className: 'analysis-hint',
            text: 'Click an entity to filter by it; Enter opens it.',
          }),
          this.count,
        ]),
        this.table.element,
        this.table.statusElement,
      ],
    );
  }

  show(): void {
    this.followed.show();
  }

  dispose(): void {
    this.store.dispose();
  }

  private async load(isCurrent: () => boolean): Promise<void> {
    const parsedSort = EntityColumn.safeParse(this.sort.column);
    const query = {
      filter: this.context.filter.filter,
      columnFilters: [...this.columnFilters].map(([column, contains]) => ({ column, contains })),
      sort: { column: parsedSort.success ? parsedSort.data : 'mentions', descending: this.sort.descending },
    };
    const rows = await this.context.api.invoke('analysis.entities', query);
    if (!isCurrent()) return;
    this.count.textContent = rows.length === 1 ? '1 entity' : `${rows.length} entities`;
    this.table.setSource(new ArrayTableSource(rows), JSON.stringify(query));
  }
}

export const ENTITY_INDEX_VIEW: AnalysisViewKind = {
  id: 'entities',
  title: 'Entity index',
  create: (context) => new EntityIndexView(context),
};
