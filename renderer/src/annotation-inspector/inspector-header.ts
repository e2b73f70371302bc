import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { labelColourClass } from '../annotation/label-colours';
import { authorshipLine } from '../annotators/authorship-line';
import { h, uniqueId } from '../dom/element-builder';
import type { InspectorContext } from './inspector-context';
import { actionButton } from './inspector-dom';

/** The selected annotation at a glance: its label (changeable to another of its kind), its text, Delete. */
export function renderHeader(annotation: ArticleAnnotation, context: InspectorContext): HTMLElement {
  const { session, actions } = context;
  const label = session.model.label(annotation.labelId);
  const selectId = uniqueId('inspector-label');
  const select = h('select', {
    className: 'field-input field-select inspector-label-select',
    attrs: { id: selectId, 'data-focus-key': 'label' },
  });
  for (const candidate of label === undefined ? [] : session.model.labelsOfKind(label.kind)) {
    const option = h('option', { attrs: { value: candidate.id }, text: candidate.name });
    option.selected = candidate.id === annotation.labelId;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const chosen = session.model.label(Number(select.value));
    if (chosen !== undefined) void actions.relabelSelected(chosen);
  });
  const pieces = annotation.fragments.length;
  // The colour class on the header tints the swatch and the quote's rule alike.
  return h('header', { className: `inspector-header ${labelColourClass({ id: annotation.labelId })}` }, [
    h('div', { className: 'inspector-label-row' }, [
      h('span', { className: 'label-swatch', attrs: { 'aria-hidden': 'true' } }),
      h('label', { className: 'visually-hidden', attrs: { for: selectId }, text: 'Label' }),
      select,
      actionButton('Delete', () => void actions.deleteSelected(), {
        className: 'button button-small button-danger-quiet',
        focusKey: 'delete',
        attrs: { title: 'Delete this annotation (Delete)' },
      }),
    ]),
    h('blockquote', { className: 'inspector-quote', attrs: { dir: 'auto' }, text: annotation.quote.exact }),
    pieces > 1 ? h('p', { className: 'field-hint', text: `${pieces} separate pieces of text` }) : null,
    h('p', {
      className: 'field-hint inspector-authorship',
      attrs: { 'data-testid': 'inspector-authorship' },
      text: authorshipLine(annotation, { annotator: (id) => session.model.annotator(id) }),
    }),
    annotation.orphaned
      ? h('p', {
          className: 'field-hint inspector-warning',
          text: 'This text is no longer in the article (it was edited). Re-attach or delete the annotation below.',
        })
      : null,
  ]);
}
