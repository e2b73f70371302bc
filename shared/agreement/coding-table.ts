/**
 * The input of the coding measures (κ, α): items (a token, a question), each with one value per
 * annotator (the same column for the same annotator throughout), `undefined` where that annotator
 * gave no value. Identical items are stored once with their number, so a corpus of a million tokens
 * with a handful of label combinations costs a handful of rows. Categories are compared with
 * SameValueZero, as Map keys are, so label ids and a string such as 'O' can mix.
 */
export interface CodingRow<C> {
  readonly values: readonly (C | undefined)[];
  /** How many items were coded exactly like this. */
  readonly items: number;
}

export type CodingTable<C> = readonly CodingRow<C>[];

interface TrieNode<C> {
  readonly next: Map<C | undefined, TrieNode<C>>;
  row?: { values: readonly (C | undefined)[]; items: number };
}

/** A table of the given items, identical ones merged, in order of first appearance. */
export function codingTable<C>(items: Iterable<readonly (C | undefined)[]>): CodingTable<C> {
  const root: TrieNode<C> = { next: new Map() };
  const rows: { values: readonly (C | undefined)[]; items: number }[] = [];
  for (const values of items) {
    let node = root;
    for (const value of values) {
      let child = node.next.get(value);
      if (child === undefined) node.next.set(value, (child = { next: new Map() }));
      node = child;
    }
    if (node.row === undefined) rows.push((node.row = { values, items: 0 }));
    node.row.items++;
  }
  return rows;
}

/** How many values of each category one item received, and how many values in all. */
export interface ValueCounts<C> {
  readonly counts: ReadonlyMap<C, number>;
  readonly values: number;
}

export function countValues<C>(values: readonly (C | undefined)[]): ValueCounts<C> {
  const counts = new Map<C, number>();
  let total = 0;
  for (const value of values) {
    if (value === undefined) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total++;
  }
  return { counts, values: total };
}

/** The table recoded to "has the category / has not", for one-vs-rest (per-label) coefficients. */
export function oneVsRest<C>(table: CodingTable<C>, isCategory: (value: C) => boolean): CodingTable<boolean> {
  return table.map(({ values, items }) => ({
    values: values.map((value) => (value === undefined ? undefined : isCategory(value))),
    items,
  }));
}
