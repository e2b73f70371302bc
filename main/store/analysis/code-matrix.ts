import type { DatabaseSync } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import {
  CODE_MATRIX_ROWS_MAX,
  type ChartLabel,
  type CodeMatrix,
  type CodeMatrixRow,
  type CodeMatrixRows,
} from '../../../shared/model/analysis-charts';
import { allRows } from './analysis-sql';
import { labelCountsSql } from './analysis-scope';

interface CellRow {
  row_key: number | string | null;
  label_id: number;
  n: number;
}

/** The column a row groups by, and the join it needs. */
const ROWS: Record<CodeMatrixRows, { key: string; join: string }> = {
  source: { key: 'ar.source', join: '' },
  article: { key: 'ar.id', join: '' },
  tag: { key: 't.tag', join: 'JOIN article_tag t ON t.article_id = ar.id' },
};

function articleTitles(db: DatabaseSync, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare('SELECT id, title FROM article WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; title: string }[];
  return new Map(rows.map((row) => [row.id, row.title]));
}

function rowOf(rowsBy: CodeMatrixRows, key: number | string | null, titles: Map<number, string>) {
  if (rowsBy === 'article') {
    const articleId = Number(key);
    return { key: { articleId }, name: titles.get(articleId) ?? `#${articleId}` };
  }
  if (rowsBy === 'tag') return { key: { tag: String(key) }, name: String(key) };
  const source = key === null ? null : String(key);
  return { key: { source }, name: source ?? '(no source)' };
}

/**
 * The code matrix (MAXQDA's code matrix browser): annotations counted by span label for each
 * source, article or tag, narrowed by the filter. Rows with most annotations first; the columns
 * are the labels that occur, in schema order.
 */
export function codeMatrix(db: DatabaseSync, filter: AnalysisFilter, rowsBy: CodeMatrixRows): CodeMatrix {
  const counted = labelCountsSql(filter);
  const { key, join } = ROWS[rowsBy];
  const cells = allRows<CellRow>(
    db,
    `WITH counted AS MATERIALIZED (${counted.sql})
     SELECT ${key} AS row_key, c.label_id AS label_id, sum(c.n) AS n
     FROM counted c JOIN article ar ON ar.id = c.article_id ${join}
     GROUP BY row_key, c.label_id`,
    counted,
  );
  const byRow = new Map<number | string | null, CellRow[]>();
  for (const cell of cells) {
    const rowCells = byRow.get(cell.row_key) ?? [];
    rowCells.push(cell);
    byRow.set(cell.row_key, rowCells);
  }
  const largest = [...byRow]
    .map(([rowKey, rowCells]) => ({ rowKey, rowCells, total: rowCells.reduce((sum, cell) => sum + cell.n, 0) }))
    .sort((x, y) => y.total - x.total || String(x.rowKey).localeCompare(String(y.rowKey)))
    .slice(0, CODE_MATRIX_ROWS_MAX);
  const titles =
    rowsBy === 'article'
      ? articleTitles(
          db,
          largest.map(({ rowKey }) => Number(rowKey)),
        )
      : new Map<number, string>();
  const rows = largest.map(({ rowKey, rowCells, total }): CodeMatrixRow => ({
    ...rowOf(rowsBy, rowKey, titles),
    total,
    cells: rowCells.map((cell) => ({ labelId: cell.label_id, count: cell.n })),
  }));
  const used = new Set(cells.map((cell) => cell.label_id));
  const labels = (
    db
      .prepare(`SELECT id, name, color FROM label WHERE kind IN ('entity', 'claim') ORDER BY kind DESC, position, id`)
      .all() as unknown as ChartLabel[]
  )
    .filter((label) => used.has(label.id))
    .map((label) => ({ ...label }));
  return { rowsBy, labels, rows, rowCount: byRow.size };
}
