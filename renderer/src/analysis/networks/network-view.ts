import type { AnalysisFilter } from '../../../../shared/model/analysis-filter';
import {
  NETWORK_LIMITS,
  type CooccurrenceScope,
  type Network,
  type NetworkKind,
  type NetworkNode,
  type NetworkRequest,
} from '../../../../shared/model/analysis-network';
import { THEME_SURFACES } from '../../../../shared/model/label-contrast';
import { downloadFile } from '../../dom/download-file';
import { h, uniqueId } from '../../dom/element-builder';
import { userMessageOf } from '../../errors/user-message';
import { DisposableStore } from '../../lifecycle/disposable';
import type { AnalysisContext, AnalysisView } from '../analysis-view';
import { currentTheme, networkColours } from './network-colours';
import type { NetworkDrawing } from './network-drawing';
import type { NetworkGraph } from './network-graph';
import { networkSvg } from './network-svg';
import { NetworkTextAlternative } from './network-text-alternative';
import { describeNode, describeShown } from './network-text';
import { FollowedQuery } from '../followed-query';

const TOP_N_CHOICES = [25, 50, 100, 200, 500, 1000, NETWORK_LIMITS.edgesMax];
const DEFAULT_TOP_N = 100;
/** The co-occurrence network counts pairs among this many of the most mentioned entities. */
const COOCCURRENCE_ENTITIES = 500;
const TEXT_COLOUR = { light: '#1f2328', dark: '#e6e6e6' } as const;

export interface NetworkViewOptions {
  readonly kind: NetworkKind;
  readonly title: string;
  /** The file name the exports are saved under, without extension. */
  readonly fileName: string;
}

/**
 * One network of the Analysis area: the top-N control (and, for co-occurrence, sentence or article
 * scope), the drawing, a line saying what the pointer or the focused node counts, the same numbers
 * as a focusable node list and a table of links, and SVG and PNG export. Clicking an entity (in
 * the drawing or the list) narrows the shared filter to it, clicking a claim opens its article
 * there; every filter change redraws.
 */
export class NetworkView implements AnalysisView {
  readonly element: HTMLElement;
  private readonly subscriptions = new DisposableStore();
  private readonly canvas = h('div', { className: 'network-canvas' });
  /** Shows in the drawing which node has keyboard focus in the list. */
  private readonly focusRing = h('div', { className: 'network-focus-ring', attrs: { hidden: true } });
  private readonly summary = h('p', { className: 'network-summary', attrs: { 'aria-live': 'polite' } });
  private readonly details = h('p', { className: 'network-details', attrs: { 'aria-live': 'polite' } });
  private readonly exportSvg = h('button', {
    className: 'button button-small',
    attrs: { type: 'button', disabled: true },
    text: 'Export SVG',
  });
  private readonly exportPng = h('button', {
    className: 'button button-small',
    attrs: { type: 'button', disabled: true },
    text: 'Export PNG',
  });
  private readonly texts: NetworkTextAlternative;
  private topN = DEFAULT_TOP_N;
  private scope: CooccurrenceScope = 'sentence';
  private network: Network | null = null;
  private graph: NetworkGraph | null = null;
  private drawing: NetworkDrawing | null = null;
  private readonly followed: FollowedQuery;
  /** Counts drawings, so a newer answer's drawing is not overtaken by an older one's. */
  private draws = 0;

  constructor(
    private readonly context: AnalysisContext,
    private readonly options: NetworkViewOptions,
  ) {
    this.texts = new NetworkTextAlternative(options.kind, {
      choose: (node) => this.choose(node),
      focus: (node) => this.focus(node),
    });
    this.element = h(
      'section',
      { className: 'network-view', attrs: { 'aria-label': options.title, 'data-network': options.kind } },
      [
        h('div', { className: 'network-controls' }, [
          this.topNControl(),
          options.kind === 'cooccurrence' ? this.scopeControl() : null,
          this.exportSvg,
          this.exportPng,
        ]),
        this.summary,
        this.canvas,
        this.details,
        this.texts.element,
      ],
    );
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', `${options.title}; the list and table below give the same numbers.`);
    this.exportSvg.addEventListener('click', () => this.saveSvg());
    this.exportPng.addEventListener('click', () => void this.savePng());
    this.followed = this.subscriptions.add(
      new FollowedQuery(
        context,
        () => this.element.isConnected && this.element.checkVisibility(),
        (isCurrent) => this.load(isCurrent),
      ),
    );
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const redraw = () => void this.draw();
    dark.addEventListener('change', redraw);
    this.subscriptions.addRelease(() => dark.removeEventListener('change', redraw));
  }

  show(): void {
    this.followed.show();
  }

  dispose(): void {
    this.subscriptions.dispose();
    this.drawing?.dispose();
    this.drawing = null;
  }

  private request(filter: AnalysisFilter): NetworkRequest {
    const { kind } = this.options;
    if (kind === 'cooccurrence') {
      return { kind, filter, scope: this.scope, entities: COOCCURRENCE_ENTITIES, limit: this.topN };
    }
    return { kind, filter, limit: this.topN };
  }

  private async load(isCurrent: () => boolean): Promise<void> {
    this.element.setAttribute('aria-busy', 'true');
    try {
      const network = await this.context.api.invoke('analysis.network', this.request(this.context.filter.filter));
      if (!isCurrent()) return;
      this.network = network;
      await this.draw();
    } catch (error) {
      if (isCurrent()) this.summary.textContent = userMessageOf(error);
    } finally {
      if (isCurrent()) this.element.removeAttribute('aria-busy');
    }
  }

  /** Lays the network out and draws it in the current theme's colours; sigma loads on the first call. */
  private async draw(): Promise<void> {
    const network = this.network;
    if (network === null) return;
    const number = ++this.draws;
    const drawing = await import('./network-drawing');
    if (number !== this.draws) return;
    const theme = currentTheme();
    const graph = drawing.layOutNetwork(network, this.options.kind, networkColours(this.context.model.labels, theme));
    this.drawing?.dispose();
    this.graph = graph;
    this.canvas.replaceChildren(this.focusRing);
    this.focusRing.hidden = true;
    this.drawing = drawing.drawNetwork(this.canvas, graph, this.drawingTheme(), {
      click: (id) => this.choose(this.nodeOf(id)),
      hover: (id) => this.explain(id === null ? null : this.nodeOf(id)),
    });
    this.summary.textContent = describeShown(this.options.kind, network);
    this.details.textContent = '';
    this.texts.show(network);
    this.exportSvg.disabled = this.exportPng.disabled = network.nodes.length === 0;
    this.element.dataset['drawn'] = String(number);
  }

  private nodeOf(id: string): NetworkNode | null {
    return this.network?.nodes.find((node) => node.id === id) ?? null;
  }

  private explain(node: NetworkNode | null): void {
    this.details.textContent =
      node === null || this.network === null ? '' : describeNode(this.options.kind, this.network, node);
  }

  private focus(node: NetworkNode | null): void {
    const at = this.drawing?.highlight(node?.id ?? null) ?? null;
    this.focusRing.hidden = at === null;
    if (at !== null) {
      // Positions come from the layout at run time; the CSP allows setting them through the CSSOM.
      this.focusRing.style.left = `${at.x}px`;
      this.focusRing.style.top = `${at.y}px`;
    }
    this.explain(node);
  }

  /** An entity narrows every analysis view to it; a claim (an annotation node) is read in its article. */
  private choose(node: NetworkNode | null): void {
    if (node === null) return;
    if (node.place !== null) this.context.openArticle(node.place.articleId, node.place.start);
    else if (node.entityId !== null) this.context.filter.update({ entityIds: [node.entityId] });
  }

  private drawingTheme(): { background: string; text: string } {
    const theme = currentTheme();
    return { background: THEME_SURFACES[theme], text: TEXT_COLOUR[theme] };
  }

  private saveSvg(): void {
    if (this.graph === null) return;
    const svg = networkSvg(this.graph, { title: this.options.title, ...this.drawingTheme() });
    downloadFile(svg, `${this.options.fileName}.svg`, 'image/svg+xml');
  }

  private async savePng(): Promise<void> {
    if (this.drawing === null) return;
    try {
      downloadFile(await this.drawing.png(this.drawingTheme()), `${this.options.fileName}.png`, 'image/png');
    } catch (error) {
      this.summary.textContent = userMessageOf(error);
    }
  }

  private topNControl(): HTMLElement {
    const id = uniqueId('network-top');
    const select = h(
      'select',
      { className: 'field-input field-select', attrs: { id } },
      TOP_N_CHOICES.map((n) => h('option', { attrs: { value: n, selected: n === this.topN }, text: String(n) })),
    );
    select.addEventListener('change', () => {
      this.topN = Number(select.value);
      this.followed.reload();
    });
    const what = this.options.kind === 'claims' ? 'Top claims' : 'Top links';
    return h('span', { className: 'network-control' }, [h('label', { attrs: { for: id }, text: what }), select]);
  }

  private scopeControl(): HTMLElement {
    const id = uniqueId('network-scope');
    const select = h('select', { className: 'field-input field-select', attrs: { id } }, [
      h('option', { attrs: { value: 'sentence', selected: true }, text: 'Same sentence' }),
      h('option', { attrs: { value: 'article' }, text: 'Same article' }),
    ]);
    select.addEventListener('change', () => {
      this.scope = select.value === 'article' ? 'article' : 'sentence';
      this.followed.reload();
    });
    return h('span', { className: 'network-control' }, [
      h('label', { attrs: { for: id }, text: 'Together in' }),
      select,
    ]);
  }
}
