import { h } from '../../dom/element-builder';

/** A cell of a chart's table: a number or name, or a button that filters by what it counts. */
export type TableCell =
  string | number | { readonly text: string; readonly label: string; readonly onPress: () => void };

/**
 * The chart's numbers as a table: its text alternative, and the keyboard's way to the same
 * filters a click on a mark sets (each filtering cell is a button).
 */
export function chartTable(caption: string, headers: readonly string[], rows: readonly (readonly TableCell[])[]) {
  const cell = (value: TableCell, index: number) => {
    const tag = index === 0 ? 'th' : 'td';
    if (typeof value !== 'object') {
      return h(tag, {
        className: typeof value === 'number' ? 'chart-number' : '',
        attrs: index === 0 ? { scope: 'row' } : {},
        text: String(value),
      });
    }
    const button = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button', 'aria-label': value.label },
      text: value.text,
    });
    button.addEventListener('click', value.onPress);
    return h(tag, { attrs: index === 0 ? { scope: 'row' } : {} }, [button]);
  };
  return h('table', { className: 'chart-table' }, [
    h('caption', { text: caption }),
    h('thead', {}, [
      h(
        'tr',
        {},
        headers.map((header) => h('th', { attrs: { scope: 'col' }, text: header })),
      ),
    ]),
    h(
      'tbody',
      {},
      rows.map((row) => h('tr', {}, row.map(cell))),
    ),
  ]);
}
