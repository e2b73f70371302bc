import { h } from '../../dom/element-builder';
import type { AgreementTable } from './agreement-tables';
import type { ScoreText } from './score-text';

/**
 * A score cell: the value, or "—" whose reason is its text alternative (read out in place of the
 * dash, and shown on hover).
 */
function scoreCell(cell: string | ScoreText): HTMLTableCellElement {
  if (typeof cell === 'string') return h('td', { className: 'agreement-number', text: cell });
  if (cell.reason === undefined) return h('td', { className: 'agreement-number', text: cell.text });
  return h('td', { className: 'agreement-number agreement-undefined', attrs: { title: cell.reason } }, [
    h('span', { attrs: { 'aria-hidden': 'true' }, text: cell.text }),
    h('span', { className: 'visually-hidden', text: `No value: ${cell.reason}` }),
  ]);
}

/** A table with column and row headers, its caption naming what it counts. */
export function agreementTableElement(table: AgreementTable, label: string): HTMLTableElement {
  return h('table', { className: 'agreement-table', attrs: { 'data-table': label } }, [
    h('caption', { text: table.caption }),
    h('thead', {}, [
      h(
        'tr',
        {},
        table.columns.map((column, index) =>
          index === 0 && column === '' ? h('td', {}) : h('th', { attrs: { scope: 'col' }, text: column }),
        ),
      ),
    ]),
    h(
      'tbody',
      {},
      table.rows.map((row) =>
        h('tr', {}, [h('th', { attrs: { scope: 'row' }, text: row.header }), ...row.cells.map(scoreCell)]),
      ),
    ),
  ]);
}
