/** A group of rows as the table shows it: a heading line with its count, then its rows. */
export interface TableGroup {
  readonly label: string;
  readonly count: number;
}

/** What one line of the table's body is: a group's heading or the row at `index` of all rows. */
export type TableLine =
  { readonly kind: 'group'; readonly group: TableGroup } | { readonly kind: 'row'; readonly index: number };

/**
 * Maps the body's lines to rows and group headings, so the table can draw line 40,000 without
 * walking the groups before it: with groups, each takes one line more than its rows.
 */
export class TableLines {
  /** The first line of each group. */
  private readonly starts: number[] = [];
  readonly count: number;

  constructor(
    private readonly rows: number,
    private readonly groups: readonly TableGroup[] | null,
  ) {
    if (groups === null) {
      this.count = rows;
      return;
    }
    let line = 0;
    for (const group of groups) {
      this.starts.push(line);
      line += group.count + 1;
    }
    this.count = line;
  }

  at(line: number): TableLine {
    if (this.groups === null) return { kind: 'row', index: line };
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] as number) <= line) low = middle;
      else high = middle - 1;
    }
    const start = this.starts[low] as number;
    const group = this.groups[low] as TableGroup;
    // Rows before this group: every line so far but the headings.
    return line === start ? { kind: 'group', group } : { kind: 'row', index: line - low - 1 };
  }

  /** The line that shows row `index`. */
  lineOf(index: number): number {
    if (this.groups === null) return index;
    let rowsBefore = 0;
    for (let g = 0; g < this.groups.length; g++) {
      const count = (this.groups[g] as TableGroup).count;
      if (index < rowsBefore + count) return index + g + 1;
      rowsBefore += count;
    }
    return Math.min(index, this.rows);
  }
}
