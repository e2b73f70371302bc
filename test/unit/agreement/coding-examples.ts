import { codingTable, type CodingTable } from '../../../shared/agreement/coding-table';

/** `count` items coded (a, b) by two annotators: how contingency tables in the literature read. */
export function pairs<C>(...cells: readonly (readonly [count: number, a: C, b: C])[]): CodingTable<C> {
  return cells.map(([count, a, b]) => ({ values: [a, b], items: count }));
}

/**
 * Items as the number of annotators who chose each category (Fleiss' n_ij table), turned into one
 * column per annotator.
 */
export function fromCategoryCounts(rows: readonly (readonly number[])[]): CodingTable<number> {
  return codingTable(
    rows.map((row) => row.flatMap((count, category) => Array.from({ length: count }, () => category + 1))),
  );
}
