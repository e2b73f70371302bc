import { DATUM_INDEX_ATTRIBUTE } from '../../../../shared/charts/plot-library';
import type { AnalysisFilter } from '../../../../shared/model/analysis-filter';
import type { Label } from '../../../../shared/model/annotation';
import type { WorkbenchApi } from '../../../../shared/ipc/workbench-api';
import { h, uniqueId } from '../../dom/element-builder';
import { DisposableStore } from '../../lifecycle/disposable';
import type { AnalysisContext, AnalysisView, AnalysisViewKind } from '../analysis-view';
import { downloadBlob, pngOf, svgFileText } from './chart-export';
import type { TableCell } from './chart-table';
import { chartTable } from './chart-table';
import { loadPlot, type WindowPlot } from './load-plot';
import { FollowedQuery } from '../followed-query';

const CHART_WIDTH_MIN = 480;
const CHART_WIDTH_DEFAULT = 880;

/** What one chart is: where its numbers come from, how it draws them and what a mark filters by. */
export interface ChartSpec<Data> {
  readonly id: string;
  readonly title: string;
  load(api: WorkbenchApi, filter: AnalysisFilter): Promise<Data>;
  /** A sentence instead of the chart when there is nothing to draw, or null. */
  emptyMessage(data: Data): string | null;
  /** `labels`: the project's, for colours the numbers do not carry. */
  draw(Plot: WindowPlot, data: Data, width: number, labels: readonly Label[]): SVGSVGElement;
  /** The same numbers as table rows (headers first). */
  table(
    data: Data,
    filterBy: (change: Partial<AnalysisFilter>) => void,
  ): {
    headers: readonly string[];
    rows: readonly (readonly TableCell[])[];
  };
  /** What a click or Enter on the mark drawn for datum `index` narrows the filter to, or null. */
  filterFor(data: Data, index: number): Partial<AnalysisFilter> | null;
  /** Anything the drawn chart adds in the window (the timeline's brush); released on redraw. */
  attach?(svg: SVGSVGElement, data: Data, context: AnalysisContext): () => void;
  /** Controls beside the chart's own (the code matrix's row choice); `redraw` loads again. */
  controls?(redraw: () => void): readonly HTMLElement[];
}

/**
 * An analysis view showing one chart: it loads its numbers (counted in the store worker) when
 * shown and whenever the filter or the project changes while shown, draws them with Plot, and
 * offers the same numbers as a table, a click on any mark to filter by it, and SVG and PNG files.
 */
class ChartView<Data> implements AnalysisView {
  readonly element: HTMLElement;
  private readonly figure: HTMLElement;
  private readonly status: HTMLElement;
  private readonly tableToggle: HTMLButtonElement;
  private readonly held = new DisposableStore();
  private readonly followed: FollowedQuery;
  private detach: () => void = () => undefined;
  private drawn: { svg: SVGSVGElement; data: Data } | null = null;
  private asTable = false;

  constructor(
    private readonly spec: ChartSpec<Data>,
    private readonly context: AnalysisContext,
  ) {
    const headingId = uniqueId('chart-heading');
    this.tableToggle = this.button('Show as table', () => this.toggleTable());
    this.tableToggle.setAttribute('aria-pressed', 'false');
    this.figure = h('div', { className: 'chart-figure' });
    this.status = h('p', { className: 'chart-status', attrs: { role: 'status' } });
    this.element = h('section', { className: 'chart-view', attrs: { 'aria-labelledby': headingId } }, [
      h('div', { className: 'chart-toolbar' }, [
        h('h3', { className: 'chart-title', attrs: { id: headingId }, text: spec.title }),
        ...(spec.controls?.(() => this.followed.reload()) ?? []),
        this.tableToggle,
        this.button('Save as SVG', () => this.saveSvg()),
        this.button('Save as PNG', () => void this.savePng()),
      ]),
      this.status,
      this.figure,
    ]);
    this.figure.addEventListener('click', (event) => this.activate(event.target));
    this.figure.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      if (this.activate(event.target)) event.preventDefault();
    });
    this.followed = this.held.add(
      new FollowedQuery(
        context,
        () => this.element.isConnected && this.element.checkVisibility(),
        (isCurrent) => this.draw(isCurrent),
      ),
    );
  }

  show(): void {
    this.followed.show();
  }

  dispose(): void {
    this.detach();
    this.held.dispose();
  }

  private button(text: string, onPress: () => void): HTMLButtonElement {
    const button = h('button', { className: 'button button-small', attrs: { type: 'button' }, text });
    button.addEventListener('click', onPress);
    return button;
  }

  private async draw(isCurrent: () => boolean): Promise<void> {
    this.status.textContent = 'Counting…';
    try {
      const [Plot, data] = await Promise.all([
        loadPlot(),
        this.spec.load(this.context.api, this.context.filter.filter),
      ]);
      if (!isCurrent()) return;
      this.render(Plot, data);
    } catch (error) {
      if (!isCurrent()) return;
      this.status.textContent = `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private render(Plot: WindowPlot, data: Data): void {
    this.detach();
    this.detach = () => undefined;
    const empty = this.spec.emptyMessage(data);
    const width = Math.max(CHART_WIDTH_MIN, this.figure.clientWidth || CHART_WIDTH_DEFAULT);
    const svg = this.spec.draw(Plot, data, width, this.context.model.labels);
    for (const mark of svg.querySelectorAll(`[${DATUM_INDEX_ATTRIBUTE}]`)) {
      const index = Number(mark.getAttribute(DATUM_INDEX_ATTRIBUTE));
      if (this.spec.filterFor(data, index) === null) continue;
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'button');
      // The mark's <title> is its tooltip; the same words name it for screen readers.
      mark.setAttribute('aria-label', `Filter by ${mark.querySelector('title')?.textContent ?? ''}`);
    }
    this.drawn = { svg, data };
    const { headers, rows } = this.spec.table(data, (change) => this.context.filter.update(change));
    const table = chartTable(this.spec.title, headers, rows);
    this.status.textContent = empty ?? '';
    this.figure.replaceChildren(empty !== null ? '' : this.asTable ? table : svg);
    if (empty === null && !this.asTable) this.detach = this.spec.attach?.(svg, data, this.context) ?? (() => undefined);
  }

  private activate(target: EventTarget | null): boolean {
    if (this.drawn === null || !(target instanceof Element)) return false;
    const mark = target.closest(`[${DATUM_INDEX_ATTRIBUTE}]`);
    if (mark === null) return false;
    const change = this.spec.filterFor(this.drawn.data, Number(mark.getAttribute(DATUM_INDEX_ATTRIBUTE)));
    if (change === null) return false;
    this.context.filter.update(change);
    return true;
  }

  private toggleTable(): void {
    this.asTable = !this.asTable;
    this.tableToggle.setAttribute('aria-pressed', String(this.asTable));
    this.tableToggle.textContent = this.asTable ? 'Show as chart' : 'Show as table';
    this.followed.reload();
  }

  private fileName(extension: string): string {
    return `${this.spec.id}.${extension}`;
  }

  private saveSvg(): void {
    if (this.drawn === null) return;
    downloadBlob(new Blob([svgFileText(this.drawn.svg)], { type: 'image/svg+xml' }), this.fileName('svg'));
  }

  private async savePng(): Promise<void> {
    if (this.drawn === null) return;
    const { svg } = this.drawn;
    try {
      const png = await pngOf(svgFileText(svg), Number(svg.getAttribute('width')), Number(svg.getAttribute('height')));
      downloadBlob(png, this.fileName('png'));
    } catch (error) {
      this.status.textContent = `The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

/** The analysis view kind of a chart; each view gets a spec of its own (its controls keep state). */
export function chartViewKind<Data>(makeSpec: () => ChartSpec<Data>): AnalysisViewKind {
  const { id, title } = makeSpec();
  return { id, title, create: (context) => new ChartView(makeSpec(), context) };
}
