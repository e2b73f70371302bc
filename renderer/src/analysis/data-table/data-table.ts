import { h, uniqueId } from '../../dom/element-builder';
import type { Disposable } from '../../lifecycle/disposable';
import { TableLines, type TableGroup } from './table-lines';

/** One column: its id (what sorting and filtering name), heading, and a cell's text. */
export interface TableColumn<Row> {
  readonly id: string;
  readonly title: string;
  text(row: Row): string;
  /** A second, quieter line under the text (a claim's context). */
  detail?(row: Row): string;
  /** Relative width (CSS fr); 1 when not given. */
  readonly width?: number;
  readonly filterable?: boolean;
  readonly numeric?: boolean;
}

/**
 * The rows of a table, all or a window at a time: `row` answers undefined for a row not loaded yet,
 * which `ensure` asks for; the table draws it once the source says `changed`.
 */
export interface TableSource<Row> {
  readonly total: number;
  readonly groups: readonly TableGroup[] | null;
  row(index: number): Row | undefined;
  ensure(first: number, last: number): void;
}

export interface TableSort {
  readonly column: string;
  readonly descending: boolean;
}

export interface DataTableOptions<Row> {
  readonly label: string;
  readonly columns: readonly TableColumn<Row>[];
  /** Opens a row: Enter, double-click, and (unless `onPick` is given) a click. */
  onOpen(row: Row): void;
  /** What a click or Space on a row does instead of opening it. */
  onPick?(row: Row): void;
  onSort(sort: TableSort): void;
  onColumnFilter(column: string, text: string): void;
}

const ROW_HEIGHT = 32;
const OVERSCAN = 10;
const FILTER_DELAY_MS = 200;

/**
 * The analysis views' one table: virtualised (only the rows in sight and a few either side are in
 * the DOM, so 100,000 rows scroll as 30 do), sortable and filterable per column, with columns that
 * can be hidden and optional group headings. Keyboard: the grid takes focus; ↑ ↓ Page Up/Down,
 * Home and End move the active row, Enter opens it.
 */
export class DataTable<Row> implements Disposable {
  readonly element: HTMLElement;
  private readonly headerRow: HTMLElement;
  private readonly filterRow: HTMLElement;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private readonly idPrefix = uniqueId('table');
  private source: TableSource<Row> | null = null;
  private lines = new TableLines(0, null);
  private hidden = new Set<string>();
  private sort: TableSort | null = null;
  private active = 0;
  /** The question whose rows are shown. */
  private asked: string | null = null;
  private drawScheduled = false;
  private readonly filterTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What is typed in each column's filter box, kept when the headings are drawn again. */
  private readonly filterValues = new Map<string, string>();

  constructor(private readonly options: DataTableOptions<Row>) {
    this.headerRow = h('div', {
      className: 'data-table-row data-table-header',
      attrs: { role: 'row', 'aria-rowindex': 1 },
    });
    this.filterRow = h('div', {
      className: 'data-table-row data-table-filters',
      attrs: { role: 'row', 'aria-rowindex': 2 },
    });
    this.body = h('div', { className: 'data-table-body', attrs: { role: 'rowgroup' } });
    this.status = h('p', { className: 'visually-hidden', attrs: { role: 'status' } });
    this.element = h(
      'div',
      {
        className: 'data-table',
        attrs: { role: 'grid', tabindex: 0, 'aria-label': options.label, 'aria-readonly': 'true' },
      },
      [
        h('div', { className: 'data-table-head', attrs: { role: 'rowgroup' } }, [this.headerRow, this.filterRow]),
        this.body,
      ],
    );
    this.element.addEventListener('scroll', () => this.scheduleDraw());
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.body.addEventListener('click', (event) => this.onRowEvent(event, 'pick'));
    this.body.addEventListener('dblclick', (event) => this.onRowEvent(event, 'open'));
    this.renderHeader();
  }

  get columns(): readonly TableColumn<Row>[] {
    return this.options.columns;
  }

  get visibleColumns(): readonly TableColumn<Row>[] {
    return this.options.columns.filter((column) => !this.hidden.has(column.id));
  }

  isHidden(column: string): boolean {
    return this.hidden.has(column);
  }

  setHidden(column: string, hidden: boolean): void {
    if (hidden) this.hidden.add(column);
    else this.hidden.delete(column);
    this.renderHeader();
    this.draw();
  }

  setSort(sort: TableSort): void {
    this.sort = sort;
    this.renderHeader();
  }

  /**
   * New rows, for the question `asked` (the query, as text): for another question (filter, sort,
   * grouping) back to the top; for the same one asked again after the project changed, the active
   * row and the scroll position stay.
   */
  setSource(source: TableSource<Row>, asked: string): void {
    const samePlace = asked === this.asked;
    this.asked = asked;
    this.source = source;
    this.lines = new TableLines(source.total, source.groups);
    if (samePlace) this.active = Math.min(this.active, Math.max(0, this.lines.count - 1));
    else {
      this.active = 0;
      this.element.scrollTop = 0;
    }
    this.element.setAttribute('aria-rowcount', String(this.lines.count + 2));
    this.status.textContent = `${source.total} rows`;
    this.draw();
  }

  /** Rows arrived for the source shown. */
  refresh(): void {
    this.scheduleDraw();
  }

  get statusElement(): HTMLElement {
    return this.status;
  }

  dispose(): void {
    for (const timer of this.filterTimers.values()) clearTimeout(timer);
  }

  private renderHeader(): void {
    const columns = this.visibleColumns;
    this.element.style.setProperty(
      '--data-table-columns',
      columns.map((column) => `minmax(0, ${column.width ?? 1}fr)`).join(' '),
    );
    this.headerRow.replaceChildren(
      ...columns.map((column, index) => {
        const sorted = this.sort?.column === column.id ? this.sort : null;
        const button = h('button', {
          className: 'data-table-sort',
          attrs: { type: 'button', tabindex: -1, 'data-column': column.id },
          text: `${column.title}${sorted === null ? '' : sorted.descending ? ' ↓' : ' ↑'}`,
        });
        button.addEventListener('click', () => {
          const descending = sorted !== null && !sorted.descending;
          this.setSort({ column: column.id, descending });
          this.options.onSort({ column: column.id, descending });
        });
        return h(
          'div',
          {
            className: `data-table-cell${column.numeric === true ? ' data-table-numeric' : ''}`,
            attrs: {
              role: 'columnheader',
              'aria-colindex': index + 1,
              'aria-sort': sorted === null ? null : sorted.descending ? 'descending' : 'ascending',
            },
          },
          [button],
        );
      }),
    );
    this.filterRow.replaceChildren(
      ...columns.map((column, index) =>
        h('div', { className: 'data-table-cell', attrs: { role: 'gridcell', 'aria-colindex': index + 1 } }, [
          column.filterable === true ? this.filterInput(column) : null,
        ]),
      ),
    );
  }

  private filterInput(column: TableColumn<Row>): HTMLInputElement {
    const input = h('input', {
      className: 'field-input analysis-field data-table-filter',
      attrs: { type: 'search', 'aria-label': `Filter ${column.title}`, placeholder: 'Filter…', tabindex: -1 },
    });
    input.value = this.filterValues.get(column.id) ?? '';
    input.addEventListener('input', () => {
      this.filterValues.set(column.id, input.value);
      clearTimeout(this.filterTimers.get(column.id));
      this.filterTimers.set(
        column.id,
        setTimeout(() => this.options.onColumnFilter(column.id, input.value), FILTER_DELAY_MS),
      );
    });
    return input;
  }

  private scheduleDraw(): void {
    if (this.drawScheduled) return;
    this.drawScheduled = true;
    requestAnimationFrame(() => {
      this.drawScheduled = false;
      this.draw();
    });
  }

  /** Draws the lines in sight, and asks the source for rows it has not loaded. */
  private draw(): void {
    const source = this.source;
    this.body.style.height = `${this.lines.count * ROW_HEIGHT}px`;
    if (source === null) return;
    const top = Math.max(0, this.element.scrollTop - this.headerHeight());
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.lines.count, Math.ceil((top + this.element.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const rows: HTMLElement[] = [];
    let wantedFirst = Number.POSITIVE_INFINITY;
    let wantedLast = -1;
    for (let line = first; line < last; line++) {
      const element = this.lineElement(source, line);
      if (element.dataset['missing'] !== undefined) {
        const index = Number(element.dataset['missing']);
        wantedFirst = Math.min(wantedFirst, index);
        wantedLast = Math.max(wantedLast, index);
      }
      rows.push(element);
    }
    this.body.replaceChildren(...rows);
    if (wantedLast >= 0) source.ensure(wantedFirst, wantedLast);
    this.markActive();
  }

  private headerHeight(): number {
    return this.headerRow.offsetHeight + this.filterRow.offsetHeight;
  }

  private lineElement(source: TableSource<Row>, line: number): HTMLElement {
    const place = (element: HTMLElement) => {
      element.style.transform = `translateY(${line * ROW_HEIGHT}px)`;
      element.style.height = `${ROW_HEIGHT}px`;
      element.id = `${this.idPrefix}-line-${line}`;
      element.setAttribute('aria-rowindex', String(line + 3));
      return element;
    };
    const entry = this.lines.at(line);
    const columns = this.visibleColumns;
    if (entry.kind === 'group') {
      return place(
        h('div', { className: 'data-table-row data-table-group', attrs: { role: 'row' } }, [
          h('div', {
            className: 'data-table-cell',
            attrs: { role: 'gridcell', 'aria-colspan': columns.length },
            text: `${entry.group.label} (${entry.group.count})`,
          }),
        ]),
      );
    }
    const row = source.row(entry.index);
    if (row === undefined) {
      const element = place(
        h('div', { className: 'data-table-row data-table-loading', attrs: { role: 'row' } }, [
          h('div', { className: 'data-table-cell', attrs: { role: 'gridcell' }, text: 'Loading…' }),
        ]),
      );
      element.dataset['missing'] = String(entry.index);
      return element;
    }
    const element = place(
      h(
        'div',
        { className: 'data-table-row', attrs: { role: 'row', 'data-index': entry.index } },
        columns.map((column, index) => {
          const detail = column.detail?.(row);
          return h(
            'div',
            {
              className: `data-table-cell${column.numeric === true ? ' data-table-numeric' : ''}`,
              attrs: { role: 'gridcell', 'aria-colindex': index + 1, 'data-column': column.id },
            },
            [
              h('span', { className: 'data-table-text', text: column.text(row) }),
              detail === undefined || detail === ''
                ? null
                : h('span', { className: 'data-table-detail', text: detail }),
            ],
          );
        }),
      ),
    );
    return element;
  }

  private markActive(): void {
    const id = `${this.idPrefix}-line-${this.active}`;
    for (const row of this.body.children) row.classList.toggle('data-table-active', row.id === id);
    const shown = this.body.querySelector(`#${id}`) !== null;
    if (shown && this.lines.count > 0) this.element.setAttribute('aria-activedescendant', id);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private moveTo(line: number): void {
    if (this.lines.count === 0) return;
    this.active = Math.max(0, Math.min(this.lines.count - 1, line));
    const top = this.active * ROW_HEIGHT;
    const view = this.element.clientHeight - this.headerHeight();
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + ROW_HEIGHT > this.element.scrollTop + view) this.element.scrollTop = top + ROW_HEIGHT - view;
    this.draw();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target !== this.element) return;
    const page = Math.max(1, Math.floor((this.element.clientHeight - this.headerHeight()) / ROW_HEIGHT) - 1);
    const moves: Record<string, number | undefined> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
      Home: 0,
      End: this.lines.count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.moveTo(target);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const row = this.activeRow();
      if (row === undefined) return;
      event.preventDefault();
      if (event.key === ' ' && this.options.onPick !== undefined) this.options.onPick(row);
      else this.options.onOpen(row);
    }
  }

  private activeRow(): Row | undefined {
    const entry = this.lines.at(this.active);
    return entry.kind === 'row' ? this.source?.row(entry.index) : undefined;
  }

  private onRowEvent(event: MouseEvent, action: 'pick' | 'open'): void {
    const element = (event.target as Element).closest<HTMLElement>('.data-table-row[data-index]');
    const index = element?.dataset['index'];
    if (index === undefined) return;
    const row = this.source?.row(Number(index));
    if (row === undefined) return;
    this.active = this.lines.lineOf(Number(index));
    this.markActive();
    // Without a pick action a click opens, and the double click's second click is not a second open.
    if (this.options.onPick === undefined) {
      if (action === 'pick') this.options.onOpen(row);
    } else if (action === 'pick') this.options.onPick(row);
    else this.options.onOpen(row);
  }
}
