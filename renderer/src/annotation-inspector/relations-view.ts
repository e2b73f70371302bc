import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { quoteText } from '../annotation/quote-text';
import { h } from '../dom/element-builder';
import type { InspectorContext } from './inspector-context';
import { actionButton, sectionHeading } from './inspector-dom';
import { relationLinesOf, type RelationLine } from './relation-lines';

/** The relations the selected annotation takes part in, each with a jump to its other end. */
export function renderRelations(annotation: ArticleAnnotation, context: InspectorContext): HTMLElement {
  const lines = relationLinesOf(annotation.id, context.session.model.relations);
  return h('section', { className: 'inspector-section', attrs: { 'aria-label': 'Relations' } }, [
    sectionHeading('Relations'),
    lines.length === 0
      ? h('p', { className: 'inspector-muted', text: 'No relations.' })
      : h(
          'ul',
          { className: 'inspector-list', attrs: { 'aria-label': 'Relations' } },
          lines.map((line) => relationItem(line, context)),
        ),
    h('div', { className: 'inspector-buttons' }, [
      actionButton('Add relation…', () => void context.actions.startRelation(), {
        focusKey: 'relation-add',
        attrs: { title: 'Relate this annotation to another one (R)' },
      }),
    ]),
  ]);
}

function relationItem(line: RelationLine, context: InspectorContext): HTMLElement {
  const { session, actions } = context;
  const type = session.model.label(line.typeLabelId)?.name ?? 'related';
  const other = session.model.annotation(line.otherId);
  const otherName = other === undefined ? 'an annotation in another article' : `“${quoteText(other, 50)}”`;
  const end =
    other === undefined
      ? h('span', { className: 'inspector-muted', text: otherName })
      : actionButton(otherName, () => actions.reveal(line.otherId), {
          className: 'inspector-link',
          focusKey: `relation-jump-${line.relationId}`,
          attrs: { dir: 'auto', title: 'Go to this annotation' },
        });
  const typeText = h('span', {
    className: 'inspector-relation-type',
    text: line.direction === 'out' ? `${type} →` : `→ ${type}`,
  });
  const description = line.direction === 'out' ? `${type} ${otherName}` : `${otherName} ${type}`;
  return h('li', { className: 'inspector-relation' }, [
    h(
      'span',
      { className: 'inspector-relation-text' },
      line.direction === 'out' ? [typeText, ' ', end] : [end, ' ', typeText],
    ),
    actionButton('Delete', () => void session.deleteRelation(line.relationId), {
      className: 'button button-small button-danger-quiet',
      focusKey: `relation-delete-${line.relationId}`,
      attrs: { 'aria-label': `Delete relation ${description}` },
    }),
  ]);
}
