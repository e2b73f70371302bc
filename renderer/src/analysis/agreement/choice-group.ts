import { h } from '../../dom/element-builder';

export interface Choice<Value> {
  readonly value: Value;
  readonly label: string;
  readonly checked: boolean;
}

/**
 * Checkboxes in a fieldset with a legend (layers, labels to compare): every box is reachable by Tab
 * and toggled by Space, and the legend names the group for screen readers.
 */
export function choiceGroup<Value>(
  legend: string,
  choices: readonly Choice<Value>[],
  changed: (checked: Value[]) => void,
): HTMLFieldSetElement {
  const boxes = choices.map((choice) => {
    const box = h('input', { attrs: { type: 'checkbox', checked: choice.checked } });
    box.checked = choice.checked;
    return { box, choice };
  });
  const emit = () => changed(boxes.filter(({ box }) => box.checked).map(({ choice }) => choice.value));
  for (const { box } of boxes) box.addEventListener('change', emit);
  return h('fieldset', { className: 'choice-group' }, [
    h('legend', { text: legend }),
    ...boxes.map(({ box, choice }) => h('label', { className: 'choice-group-item' }, [box, choice.label])),
  ]);
}
