import type { CodeMatrix } from '../model/analysis-charts';
import {
  ACTIVE_MARK_CLASS,
  indexedMarks,
  NO_LABEL_COLOUR,
  textColourOn,
  drawFigure,
  type DrawnFigure,
  type PlotLibrary,
} from './plot-library';

/** One cell of the heat map: the annotations with one label in one row. */
export interface CodeMatrixCell {
  readonly row: number;
  readonly column: number;
  readonly count: number;
  readonly colour: string;
  /** Grows with the count, so the largest cell is the label colour itself. */
  readonly opacity: number;
}

const ROW_HEIGHT = 24;
const COLUMN_WIDTH = 90;
const OPACITY_MIN = 0.15;

export function codeMatrixCells(matrix: CodeMatrix): CodeMatrixCell[] {
  const columns = new Map(matrix.labels.map((label, index) => [label.id, index]));
  const max = Math.max(1, ...matrix.rows.flatMap((row) => row.cells.map((cell) => cell.count)));
  return matrix.rows.flatMap((row, rowIndex) =>
    row.cells.flatMap(({ labelId, count }) => {
      const column = columns.get(labelId);
      if (column === undefined) return [];
      const colour = matrix.labels[column]?.color ?? NO_LABEL_COLOUR;
      return [{ row: rowIndex, column, count, colour, opacity: OPACITY_MIN + (1 - OPACITY_MIN) * (count / max) }];
    }),
  );
}

/** The code matrix as a heat map: rows × labels, each cell in its label's colour with its count. */
export function codeMatrixFigure<Figure extends DrawnFigure>(
  Plot: PlotLibrary<Figure>,
  document: unknown,
  matrix: CodeMatrix,
): Figure {
  const cells = codeMatrixCells(matrix);
  const rowNames = matrix.rows.map((row) => row.name);
  const columnNames = matrix.labels.map((label) => label.name);
  const label = (cell: CodeMatrixCell) =>
    `${rowNames[cell.row] ?? ''}, ${columnNames[cell.column] ?? ''}: ${cell.count}`;
  return drawFigure(Plot, document, {
    width: 180 + COLUMN_WIDTH * Math.max(1, columnNames.length),
    height: 50 + ROW_HEIGHT * Math.max(1, rowNames.length),
    marginLeft: 180,
    marginTop: 40,
    ariaLabel: `Code matrix of ${matrix.rowsBy === 'article' ? 'articles' : `${matrix.rowsBy}s`} by label`,
    x: {
      axis: 'top',
      label: null,
      domain: columnNames.map((_, index) => index),
      tickFormat: (index: number) => columnNames[index] ?? '',
    },
    y: { label: null, domain: rowNames.map((_, index) => index), tickFormat: (index: number) => rowNames[index] ?? '' },
    marks: [
      Plot.cell(cells, {
        x: 'column',
        y: 'row',
        fill: 'colour',
        fillOpacity: { value: 'opacity', scale: null },
        inset: 1,
        title: label,
        className: ACTIVE_MARK_CLASS,
        render: indexedMarks,
      }),
      Plot.text(cells, {
        x: 'column',
        y: 'row',
        text: 'count',
        fill: (cell: CodeMatrixCell) => textColourOn(cell.colour, cell.opacity),
      }),
    ],
  });
}
