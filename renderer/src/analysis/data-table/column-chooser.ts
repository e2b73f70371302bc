import { h } from '../../dom/element-builder';

/** A table whose columns can be hidden; DataTable is one. */
export interface HideableColumns {
  readonly columns: readonly { readonly id: string; readonly title: string }[];
  isHidden(column: string): boolean;
  setHidden(column: string, hidden: boolean): void;
}

/** A "Columns" disclosure with a checkbox per column, to hide and show them. */
export function columnChooser(table: HideableColumns): HTMLDetailsElement {
  const boxes: HTMLInputElement[] = [];
  const options = table.columns.map((column) => {
    const box = h('input', { attrs: { type: 'checkbox' } });
    box.checked = !table.isHidden(column.id);
    box.addEventListener('change', () => {
      // The last column stays: a table without columns would show nothing.
      if (!boxes.some((other) => other.checked)) {
        box.checked = true;
        return;
      }
      table.setHidden(column.id, !box.checked);
    });
    boxes.push(box);
    return h('label', { className: 'column-chooser-option' }, [box, column.title]);
  });
  return h('details', { className: 'column-chooser' }, [
    h('summary', { className: 'button button-small', text: 'Columns' }),
    h('div', { className: 'column-chooser-list', attrs: { role: 'group', 'aria-label': 'Columns shown' } }, options),
  ]);
}
