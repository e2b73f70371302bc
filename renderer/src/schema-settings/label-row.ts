import type { Label, LabelEdit } from '../../../shared/model/annotation';
import { h } from '../dom/element-builder';

export interface LabelRowCallbacks {
  edit(label: Label, edit: LabelEdit): void;
  remove(label: Label): void;
}

/**
 * One label of the schema: colour, name, key and Remove. Each field saves on its own when it
 * changes (Enter or leaving it); Esc in a text field puts back the saved value. `data-focus-key`
 * lets the dialog put focus back on the same field after it redraws.
 */
export function labelRow(label: Label, callbacks: LabelRowCallbacks, removable: boolean): HTMLElement {
  const colour = h('input', {
    className: 'schema-colour',
    attrs: {
      type: 'color',
      value: label.color,
      'aria-label': `Colour of ${label.name}`,
      'data-focus-key': `colour-${label.id}`,
    },
  });
  colour.addEventListener('change', () => {
    if (colour.value !== label.color) callbacks.edit(label, { color: colour.value.toLowerCase() });
  });

  const name = h('input', {
    className: 'field-input schema-name',
    attrs: {
      type: 'text',
      value: label.name,
      dir: 'auto',
      spellcheck: 'false',
      'aria-label': `Name of ${label.name}`,
      'data-focus-key': `name-${label.id}`,
    },
  });
  name.addEventListener('change', () => {
    if (name.value.trim() !== label.name) callbacks.edit(label, { name: name.value });
  });
  revertOnEscape(name, label.name);

  const hotkey = h('input', {
    className: 'field-input schema-hotkey',
    attrs: {
      type: 'text',
      value: label.hotkey ?? '',
      maxlength: 1,
      placeholder: '–',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-label': `Key for ${label.name} (one digit or letter, empty for none)`,
      'data-focus-key': `hotkey-${label.id}`,
    },
  });
  hotkey.addEventListener('change', () => {
    const key = hotkey.value.trim().toLowerCase();
    const next = key === '' ? null : key;
    if (next !== label.hotkey) callbacks.edit(label, { hotkey: next });
  });
  revertOnEscape(hotkey, label.hotkey ?? '');

  const remove = h('button', {
    className: 'button button-small button-danger-quiet',
    attrs: { type: 'button', 'aria-label': `Remove ${label.name}`, 'data-focus-key': `remove-${label.id}` },
    text: 'Remove',
  });
  remove.addEventListener('click', () => callbacks.remove(label));

  return h('li', { className: 'schema-row', attrs: { 'data-label-id': label.id } }, [
    colour,
    name,
    hotkey,
    removable ? remove : h('span', { className: 'schema-row-spacer' }),
  ]);
}

/** Esc puts back the saved value instead of closing the dialog, if there is an edit to drop. */
function revertOnEscape(input: HTMLInputElement, saved: string): void {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || input.value === saved) return;
    event.preventDefault();
    input.value = saved;
  });
}
