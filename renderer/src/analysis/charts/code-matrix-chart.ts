import { codeMatrixCells, codeMatrixFigure } from '../../../../shared/charts/code-matrix-figure';
import type { CodeMatrix, CodeMatrixRow, CodeMatrixRows } from '../../../../shared/model/analysis-charts';
import type { AnalysisFilter } from '../../../../shared/model/analysis-filter';
import { h, uniqueId } from '../../dom/element-builder';
import { chartViewKind, type ChartSpec } from './chart-view';

const ROW_CHOICES: readonly { value: CodeMatrixRows; text: string }[] = [
  { value: 'source', text: 'Sources' },
  { value: 'article', text: 'Articles' },
  { value: 'tag', text: 'Tags' },
];

/** A row filters by its source or tag; an article row has no filter of its own kind. */
function rowFilter(row: CodeMatrixRow | undefined): Partial<AnalysisFilter> {
  if (row === undefined || 'articleId' in row.key) return {};
  if ('tag' in row.key) return { tags: [row.key.tag] };
  return row.key.source === null ? {} : { sources: [row.key.source] };
}

function codeMatrixSpec(): ChartSpec<CodeMatrix> {
  let rowsBy: CodeMatrixRows = 'source';
  return {
    id: 'code-matrix',
    title: 'Code matrix',
    load: (api, filter) => api.invoke('analysis.codeMatrix', { filter, rowsBy }),
    emptyMessage: (matrix) => (matrix.rows.length === 0 ? 'No annotations match the filter.' : null),
    draw: (Plot, matrix) => codeMatrixFigure(Plot, document, matrix),
    table: (matrix, filterBy) => ({
      headers: [
        ROW_CHOICES.find((choice) => choice.value === matrix.rowsBy)?.text ?? '',
        ...matrix.labels.map((label) => label.name),
        'Total',
      ],
      rows: matrix.rows.map((row) => [
        row.name,
        ...matrix.labels.map((label) => {
          const count = row.cells.find((cell) => cell.labelId === label.id)?.count ?? 0;
          if (count === 0) return 0;
          return {
            text: String(count),
            label: `Filter by ${row.name} and ${label.name}`,
            onPress: () => filterBy({ ...rowFilter(row), labelIds: [label.id] }),
          };
        }),
        row.total,
      ]),
    }),
    filterFor: (matrix, index) => {
      const cell = codeMatrixCells(matrix)[index];
      const label = cell === undefined ? undefined : matrix.labels[cell.column];
      if (cell === undefined || label === undefined) return null;
      return { ...rowFilter(matrix.rows[cell.row]), labelIds: [label.id] };
    },
    controls: (redraw) => {
      const id = uniqueId('code-matrix-rows');
      const select = h(
        'select',
        { className: 'field-input field-select chart-select', attrs: { id } },
        ROW_CHOICES.map((choice) => h('option', { attrs: { value: choice.value }, text: choice.text })),
      );
      select.addEventListener('change', () => {
        rowsBy = ROW_CHOICES.find((choice) => choice.value === select.value)?.value ?? 'source';
        redraw();
      });
      return [h('label', { className: 'chart-control', attrs: { for: id }, text: 'Rows' }), select];
    },
  };
}

export const CODE_MATRIX_VIEW = chartViewKind(codeMatrixSpec);
