import type { TableGroup } from './table-lines';
import type { TableSource } from './data-table';

const PAGE_ROWS = 200;

/** Rows the view holds whole (the entity index: one row per entity). */
export class ArrayTableSource<Row> implements TableSource<Row> {
  readonly groups = null;

  constructor(private readonly rows: readonly Row[]) {}

  get total(): number {
    return this.rows.length;
  }

  row(index: number): Row | undefined {
    return this.rows[index];
  }

  ensure(): void {
    // Every row is here already.
  }
}

/**
 * Rows the store worker hands over a page at a time as they scroll into sight (the claims table:
 * 100,000 rows are never all in the window), starting from the first page.
 */
export class PagedTableSource<Row> implements TableSource<Row> {
  private readonly pages = new Map<number, readonly Row[]>();
  private readonly loading = new Set<number>();

  constructor(
    first: { total: number; groups: readonly TableGroup[] | null; rows: readonly Row[] },
    private readonly load: (offset: number, limit: number) => Promise<readonly Row[]>,
    private readonly loaded: () => void,
    private readonly failed: (error: unknown) => void,
  ) {
    this.total = first.total;
    this.groups = first.groups;
    this.pages.set(0, first.rows);
  }

  readonly total: number;
  readonly groups: readonly TableGroup[] | null;

  static readonly pageRows = PAGE_ROWS;

  row(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS];
  }

  ensure(first: number, last: number): void {
    for (let page = Math.floor(first / PAGE_ROWS); page <= Math.floor(last / PAGE_ROWS); page++) {
      if (this.pages.has(page) || this.loading.has(page)) continue;
      this.loading.add(page);
      this.load(page * PAGE_ROWS, PAGE_ROWS).then(
        (rows) => {
          this.loading.delete(page);
          this.pages.set(page, rows);
          this.loaded();
        },
        (error: unknown) => {
          this.loading.delete(page);
          this.failed(error);
        },
      );
    }
  }
}
