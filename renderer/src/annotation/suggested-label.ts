import type { Label, LabelId } from '../../../shared/model/annotation';

/**
 * The label a picker offers first, so that Enter at once does what the analyst most likely means:
 * the selected annotation's label (annotating all of a name just labelled), else the label used
 * last in this window, else none (the picker's first). Each only if it is still a span label.
 */
export function suggestedLabelIndex(
  spanLabels: readonly Pick<Label, 'id'>[],
  selectedLabelId: LabelId | null,
  lastUsedLabelId: LabelId | null,
): number | undefined {
  for (const id of [selectedLabelId, lastUsedLabelId]) {
    const index = id === null ? -1 : spanLabels.findIndex((label) => label.id === id);
    if (index >= 0) return index;
  }
  return undefined;
}
