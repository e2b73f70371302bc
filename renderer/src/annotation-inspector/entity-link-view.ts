import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { h } from '../dom/element-builder';
import type { InspectorContext } from './inspector-context';
import { actionButton, sectionHeading } from './inspector-dom';

/** Which entity a mention refers to, with what is known about it, and ways to change that. */
export function renderEntityLink(annotation: ArticleAnnotation, context: InspectorContext): HTMLElement {
  const { session, actions } = context;
  const entity = annotation.entityId === undefined ? undefined : session.model.entity(annotation.entityId);
  const details: HTMLElement[] = [];
  if (entity === undefined) {
    details.push(h('p', { className: 'inspector-muted', text: 'Not linked to an entity.' }));
  } else {
    details.push(
      h('p', { className: 'inspector-entity-name', attrs: { dir: 'auto' }, text: entity.name }),
      h('p', { className: 'inspector-muted', text: session.model.label(entity.typeLabelId)?.name ?? '' }),
    );
    if (entity.aliases.length > 0) {
      details.push(
        h('p', { className: 'inspector-aliases', attrs: { dir: 'auto' }, text: `Also: ${entity.aliases.join(', ')}` }),
      );
    }
    if (entity.externalIds.length > 0) {
      details.push(
        h(
          'ul',
          { className: 'inspector-external-ids', attrs: { 'aria-label': 'External ids' } },
          entity.externalIds.map((id) => h('li', { attrs: { dir: 'ltr' }, text: `${id.scheme}: ${id.value}` })),
        ),
      );
    }
  }
  const entityId = entity?.id;
  return h('section', { className: 'inspector-section', attrs: { 'aria-label': 'Entity' } }, [
    sectionHeading('Entity'),
    ...details,
    h('div', { className: 'inspector-buttons' }, [
      actionButton(entity === undefined ? 'Link…' : 'Change…', () => void actions.linkSelectedEntity(), {
        focusKey: 'entity-change',
        attrs: { title: 'Link this mention to an entity (E)' },
      }),
      entity === undefined
        ? null
        : actionButton('Unlink', () => void session.update(annotation.id, { entityId: null }), {
            focusKey: 'entity-unlink',
          }),
      entityId === undefined
        ? null
        : actionButton('Show in Entities', () => context.showEntity(entityId), { focusKey: 'entity-show' }),
    ]),
  ]);
}
