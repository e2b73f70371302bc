import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import type { Label } from '../../../shared/model/annotation';
import { h } from '../dom/element-builder';
import type { WorkbenchModel } from '../model/workbench-model';

/** One active part of the filter: what its chip says, and the change that removes it. */
export interface FilterChip {
  readonly text: string;
  readonly remove: Partial<AnalysisFilter>;
}

function labelName(model: WorkbenchModel, label: Label | undefined, id: number): string {
  if (label === undefined) return `Label #${id}`;
  const parent = label.parentId === null ? undefined : model.label(label.parentId);
  return parent === undefined ? label.name : `${parent.name}: ${label.name}`;
}

function dateRange(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return from === to ? `Published ${from}` : `Published ${from} – ${to}`;
  return from !== null ? `Published from ${from}` : `Published until ${to ?? ''}`;
}

/** A chip for every active part of the filter, named as the analyst knows it. */
export function filterChips(filter: AnalysisFilter, model: WorkbenchModel): FilterChip[] {
  const without = <T>(values: readonly T[], value: T) => values.filter((other) => other !== value);
  return [
    ...filter.entityIds.map((id) => ({
      text: model.entity(id)?.name ?? `Entity #${id}`,
      remove: { entityIds: without(filter.entityIds, id) },
    })),
    ...filter.labelIds.map((id) => ({
      text: labelName(model, model.label(id), id),
      remove: { labelIds: without(filter.labelIds, id) },
    })),
    ...filter.sources.map((source) => ({
      text: `Source: ${source}`,
      remove: { sources: without(filter.sources, source) },
    })),
    ...filter.tags.map((tag) => ({ text: `Tag: ${tag}`, remove: { tags: without(filter.tags, tag) } })),
    ...(filter.publishedFrom === null && filter.publishedTo === null
      ? []
      : [
          {
            text: dateRange(filter.publishedFrom, filter.publishedTo),
            remove: { publishedFrom: null, publishedTo: null },
          },
        ]),
    ...(filter.text.trim() === '' ? [] : [{ text: `Text: “${filter.text.trim()}”`, remove: { text: '' } }]),
  ];
}

/** The chips as buttons that remove their part, then "Clear all"; nothing when the filter is empty. */
export function renderFilterChips(
  chips: readonly FilterChip[],
  update: (change: Partial<AnalysisFilter>) => void,
  clear: () => void,
): HTMLElement[] {
  if (chips.length === 0) return [h('span', { className: 'analysis-no-filter', text: 'No filter: the whole corpus.' })];
  const buttons = chips.map((chip) => {
    const button = h(
      'button',
      { className: 'filter-chip', attrs: { type: 'button', 'aria-label': `Remove filter ${chip.text}` } },
      [
        h('span', { text: chip.text }),
        h('span', { className: 'filter-chip-remove', attrs: { 'aria-hidden': 'true' }, text: '×' }),
      ],
    );
    button.addEventListener('click', () => update(chip.remove));
    return button;
  });
  const clearAll = h('button', {
    className: 'button button-small button-quiet',
    attrs: { type: 'button' },
    text: 'Clear all',
  });
  clearAll.addEventListener('click', clear);
  return [...buttons, clearAll];
}
