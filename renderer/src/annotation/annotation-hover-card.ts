import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { h } from '../dom/element-builder';
import type { AnnotationSession } from './annotation-session';
import { labelColourClass } from './label-colours';
import { quoteText } from './quote-text';

/**
 * The card shown while the pointer rests on annotated text: every annotation at that point, innermost
 * first, with its label, text, entity, claim details and relations — so nested and overlapping
 * annotations that share a word can all be read, not just the topmost.
 */
export class AnnotationHoverCard {
  readonly element: HTMLElement;
  private readonly session: AnnotationSession;
  private shownIds = '';

  constructor(session: AnnotationSession) {
    this.session = session;
    this.element = h('div', { className: 'annotation-hover-card', attrs: { role: 'tooltip', hidden: true } });
  }

  /** Shows the annotations near a point (client coordinates); an empty list hides the card. */
  show(annotations: readonly ArticleAnnotation[], x: number, y: number): void {
    if (annotations.length === 0) {
      this.hide();
      return;
    }
    const ids = annotations.map((annotation) => annotation.id).join(',');
    if (ids !== this.shownIds) {
      this.shownIds = ids;
      this.element.replaceChildren(...annotations.map((annotation) => this.entry(annotation)));
    }
    this.element.hidden = false;
    // Positioned through the CSSOM, which the CSP allows (it forbids only inline style attributes).
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const left = Math.min(x + 12, window.innerWidth - width - 8);
    const top = y + 18 + height > window.innerHeight ? y - height - 12 : y + 18;
    this.element.style.left = `${Math.max(8, left)}px`;
    this.element.style.top = `${Math.max(8, top)}px`;
  }

  hide(): void {
    this.element.hidden = true;
    this.shownIds = '';
  }

  private entry(annotation: ArticleAnnotation): HTMLElement {
    const label = this.session.model.label(annotation.labelId);
    const lines: (Node | string | null)[] = [];
    const entity = annotation.entityId === undefined ? undefined : this.session.model.entity(annotation.entityId);
    if (entity !== undefined && entity.name !== annotation.quote.exact) {
      lines.push(h('div', { className: 'hover-card-line', attrs: { dir: 'auto' }, text: `→ ${entity.name}` }));
    }
    const claim = annotation.claim;
    if (claim !== undefined) {
      const claimant =
        claim.claimantEntityId === undefined ? undefined : this.session.model.entity(claim.claimantEntityId)?.name;
      if (claimant !== undefined) lines.push(h('div', { className: 'hover-card-line', text: `Claimant: ${claimant}` }));
      const values = Object.values(claim.attributes)
        .map((valueId) => this.session.model.label(valueId)?.name)
        .filter((name): name is string => name !== undefined);
      if (values.length > 0) lines.push(h('div', { className: 'hover-card-line', text: values.join(' · ') }));
    }
    for (const relation of this.session.model.relations) {
      const outgoing = relation.sourceAnnotationId === annotation.id;
      if (!outgoing && relation.targetAnnotationId !== annotation.id) continue;
      const other = this.session.model.annotation(outgoing ? relation.targetAnnotationId : relation.sourceAnnotationId);
      const type = this.session.model.label(relation.typeLabelId)?.name ?? 'related';
      const otherText = other === undefined ? 'an annotation in another article' : `“${quoteText(other, 40)}”`;
      lines.push(
        h('div', {
          className: 'hover-card-line',
          attrs: { dir: 'auto' },
          text: outgoing ? `${type} → ${otherText}` : `${otherText} → ${type}`,
        }),
      );
    }
    if (annotation.note !== undefined) {
      lines.push(h('div', { className: 'hover-card-note', attrs: { dir: 'auto' }, text: annotation.note }));
    }
    return h('div', { className: 'hover-card-entry' }, [
      h('div', { className: 'hover-card-head' }, [
        h('span', {
          className: `label-swatch ${label === undefined ? '' : labelColourClass(label)}`,
          attrs: { 'aria-hidden': 'true' },
        }),
        h('span', { className: 'hover-card-label', text: label?.name ?? 'Unknown label' }),
      ]),
      h('div', { className: 'hover-card-quote', attrs: { dir: 'auto' }, text: quoteText(annotation) }),
      ...lines,
    ]);
  }
}
