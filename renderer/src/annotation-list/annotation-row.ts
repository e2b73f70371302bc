import type { ArticleAnnotation, EntitySummary, Label } from '../../../shared/model/annotation';
import { labelColourClass } from '../annotation/label-colours';
import { quoteText } from '../annotation/quote-text';
import { h } from '../dom/element-builder';

export interface RowContext {
  label(id: number): Label | undefined;
  entity(id: number): EntitySummary | undefined;
  /** The claim's attribute values as "stance: supports". */
  attributeTexts(annotation: ArticleAnnotation): string[];
}

/** One option of the annotation list: label, quote, what it links to, and whether it lost its text. */
export function renderAnnotationRow(annotation: ArticleAnnotation, rowId: string, context: RowContext): HTMLLIElement {
  const label = context.label(annotation.labelId);
  const entity = annotation.entityId === undefined ? undefined : context.entity(annotation.entityId);
  const details = entity !== undefined ? [entity.name] : context.attributeTexts(annotation);
  const row = h('li', { className: 'annotation-row', attrs: { role: 'option', id: rowId, 'aria-selected': 'false' } }, [
    h('span', { className: 'annotation-row-head' }, [
      h('span', {
        className: `label-swatch ${labelColourClass({ id: annotation.labelId })}`,
        attrs: { 'aria-hidden': 'true' },
      }),
      h('span', { className: 'annotation-row-label', text: label?.name ?? 'Unknown label' }),
      annotation.orphaned
        ? h('span', {
            className: 'annotation-row-orphaned',
            attrs: { title: 'Its text was not found after the article changed' },
            text: 'orphaned',
          })
        : null,
    ]),
    h('span', { className: 'annotation-row-quote', attrs: { dir: 'auto' }, text: quoteText(annotation, 200) }),
    details.length > 0
      ? h('span', { className: 'annotation-row-detail', attrs: { dir: 'auto' }, text: details.join(' · ') })
      : null,
  ]);
  row.dataset['id'] = String(annotation.id);
  return row;
}
