import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { relationLinesOf, type RelationLine } from '../annotation-inspector/relation-lines';
import type { ArticleView } from '../article-view/article-view';
import { DisposableStore, listen, type Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import { arcEnd, arcShape, type ArcEnd } from './arc-geometry';
import { spanBox } from './span-box';

const SVG = 'http://www.w3.org/2000/svg';
const REDRAWN_BY: ReadonlySet<string> = new Set(['article', 'text', 'annotations', 'selection', 'labels']);

/**
 * Arcs from the selected annotation to each annotation it is related to, labelled with the
 * relation type and pointing from source to target, as brat and INCEpTION draw them. An SVG laid
 * over the visible part of the article pane (it sticks to the pane's top while the text scrolls
 * under it) and redrawn, at most once a frame, when the selection or the relations change and when
 * the text scrolls, resizes or reflows. A partner scrolled out of sight gets its end at the edge it
 * lies beyond. Decorative: the Relations section of the Annotation tab lists the same relations.
 */
export class RelationArcs implements Disposable {
  readonly element: SVGSVGElement;
  private readonly subscriptions = new DisposableStore();
  private frame = 0;
  private drawn = '';

  constructor(
    private readonly model: WorkbenchModel,
    private readonly article: ArticleView,
  ) {
    this.element = document.createElementNS(SVG, 'svg');
    this.element.classList.add('relation-arcs');
    this.element.setAttribute('aria-hidden', 'true');
    article.element.prepend(this.element);
    this.subscriptions.addRelease(
      model.subscribe((change) => {
        if (REDRAWN_BY.has(change.kind)) this.schedule();
      }),
    );
    this.subscriptions.add(listen(article.element, 'scroll', () => this.schedule(), { passive: true }));
    const resizes = new ResizeObserver(() => this.schedule());
    resizes.observe(article.element);
    resizes.observe(article.editorView.dom);
    this.subscriptions.addRelease(() => resizes.disconnect());
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.subscriptions.dispose();
    this.element.remove();
  }

  private schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const selected = this.model.selectedAnnotation;
    const lines =
      selected === null || selected.orphaned || this.article.editing
        ? []
        : relationLinesOf(selected.id, this.model.relations);
    if (lines.length === 0 && this.drawn === '') return;
    const pane = this.article.element;
    // The overlay's own corner: where it sticks, or the top of the text before it scrolls.
    const origin = this.element.getBoundingClientRect();
    // The pane's visible part, without its scroll bar.
    const viewport = { width: pane.clientWidth, height: pane.clientHeight };
    const ownBox = selected === null ? null : spanBox(this.article, selected, origin);
    const arcs: SVGGElement[] = [];
    if (selected !== null && ownBox !== null) {
      const own = arcEnd(ownBox, viewport);
      lines.forEach((line, lane) => {
        const other = this.model.annotation(line.otherId);
        const otherBox = other === undefined || other.orphaned ? null : spanBox(this.article, other, origin);
        if (other === undefined || otherBox === null) return;
        arcs.push(this.arc(line, selected, other, own, arcEnd(otherBox, viewport), lane));
      });
    }
    // Scrolling without moving any end, or a change elsewhere in the article, keeps what is drawn.
    const markup = arcs.map((arc) => arc.outerHTML).join('');
    if (markup === this.drawn) return;
    this.drawn = markup;
    // An SVG of no height draws nothing, so while it shows arcs it spans the visible part and gives
    // the room back below (through CSSOM, which the CSP allows, unlike style attributes).
    const height = arcs.length === 0 ? 0 : viewport.height;
    this.element.style.height = `${height}px`;
    this.element.style.marginBottom = `-${height}px`;
    this.element.replaceChildren(...arcs);
  }

  private arc(
    line: RelationLine,
    selected: ArticleAnnotation,
    other: ArticleAnnotation,
    own: ArcEnd,
    far: ArcEnd,
    lane: number,
  ) {
    const [from, to] = line.direction === 'out' ? [own, far] : [far, own];
    const shape = arcShape(from.point, to.point, lane);
    const typeName = this.model.label(line.typeLabelId)?.name ?? 'related';
    const away = far.offscreen === 'above' ? ' ↑' : far.offscreen === 'below' ? ' ↓' : '';
    const group = svgElement('g', {
      class: `relation-arc ann-c${line.typeLabelId}`,
      'data-relation-id': String(line.relationId),
      'data-source-id': String(line.direction === 'out' ? selected.id : other.id),
      'data-target-id': String(line.direction === 'out' ? other.id : selected.id),
      'data-offscreen': far.offscreen ?? 'no',
    });
    group.append(
      svgElement('path', { class: 'relation-arc-line', d: shape.path }),
      svgElement('path', { class: 'relation-arc-head', d: shape.head }),
    );
    if (far.offscreen !== null) {
      const { x, y } = far.point;
      const tip = far.offscreen === 'above' ? y - 6 : y + 6;
      const base = far.offscreen === 'above' ? y + 2 : y - 2;
      group.append(
        svgElement('path', { class: 'relation-arc-edge', d: `M ${x - 7} ${base} L ${x + 7} ${base} L ${x} ${tip} Z` }),
      );
    }
    const label = svgElement('text', {
      class: 'relation-arc-label',
      x: String(shape.labelAt.x),
      y: String(shape.labelAt.y),
    });
    label.textContent = `${typeName}${away}`;
    group.append(label);
    return group;
  }
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}
