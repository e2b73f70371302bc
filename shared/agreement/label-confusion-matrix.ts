import type { CodingTable } from './coding-table';
import { NO_LABEL, type TokenCategory } from './token-labels';

/** How often annotator `first` chose the row's category where annotator `second` chose the column's. */
export interface LabelConfusionMatrix {
  /** NO_LABEL first, then label ids ascending: the order of rows and of columns. */
  readonly categories: readonly TokenCategory[];
  readonly counts: readonly (readonly number[])[];
  /** Items both annotators coded: the sum of all counts. */
  readonly items: number;
}

/** The confusion matrix of two annotators (columns of `table`), over the items both coded. */
export function labelConfusionMatrix(
  table: CodingTable<TokenCategory>,
  first: number,
  second: number,
): LabelConfusionMatrix {
  const coded = table.flatMap(({ values, items }) => {
    const a = values[first];
    const b = values[second];
    return a === undefined || b === undefined ? [] : [{ a, b, items }];
  });
  const categories = [...new Set(coded.flatMap(({ a, b }) => [a, b]))].sort(byCategoryOrder);
  const position = new Map(categories.map((category, index) => [category, index]));
  const counts = categories.map(() => categories.map(() => 0));
  let items = 0;
  for (const { a, b, items: count } of coded) {
    const row = counts[position.get(a) ?? -1];
    const column = position.get(b) ?? -1;
    if (row !== undefined) row[column] = (row[column] ?? 0) + count;
    items += count;
  }
  return { categories, counts, items };
}

function byCategoryOrder(a: TokenCategory, b: TokenCategory): number {
  if (a === NO_LABEL || b === NO_LABEL) return a === b ? 0 : a === NO_LABEL ? -1 : 1;
  return a - b;
}
