import type { AgreementDisagreement, AgreementReport } from '../../../../shared/model/agreement';
import { downloadFile } from '../../dom/download-file';
import { h } from '../../dom/element-builder';
import { DisposableStore } from '../../lifecycle/disposable';
import type { ModelChange } from '../../model/model-change';
import type { AnalysisContext, AnalysisView, AnalysisViewKind } from '../analysis-view';
import { DataTable, type TableColumn, type TableSort } from '../data-table/data-table';
import { ArrayTableSource } from '../data-table/table-sources';
import { changesCorpus, FollowedQuery } from '../followed-query';
import { agreementAsk, DEFAULT_AGREEMENT_SELECTION, type AgreementSelection } from './agreement-selection';
import { agreementTableElement } from './agreement-table-element';
import { agreementCsv, coefficientTable, confusionTable, spanTable, type AgreementNames } from './agreement-tables';
import { choiceGroup } from './choice-group';
import { LayerChoices, type LayerChoice } from '../layer-choices';

const KIND_TEXT: Record<AgreementDisagreement['kind'], string> = {
  boundary: 'Boundaries differ',
  label: 'Labels differ',
  'only-first': 'Only in the first layer',
  'only-second': 'Only in the second layer',
};

/** Annotations written in any article change agreement, not only the shown one's. */
function changesAgreement(change: ModelChange): boolean {
  return change.kind === 'corpus-annotations' || (changesCorpus(change) && change.kind !== 'annotations');
}

/**
 * Agreement of two or more layers over the chosen articles and labels: span precision, recall
 * and F1 against the first layer, the chance-corrected coefficients, the confusion matrix of the
 * first two layers' labels, and their disagreements, each opening its article at the place.
 */
class AgreementView implements AnalysisView {
  readonly element: HTMLElement;
  private readonly store = new DisposableStore();
  private readonly layers: LayerChoices;
  /** The choices the controls were last drawn with, to redraw them only when the layers changed. */
  private shownChoices: readonly LayerChoice[] = [];
  private readonly followed: FollowedQuery;
  private readonly controls = h('div', { className: 'analysis-view-bar agreement-controls' });
  private readonly status = h('p', { className: 'agreement-status', attrs: { role: 'status' } });
  private readonly tables = h('div', { className: 'agreement-tables' });
  private readonly disagreements: DataTable<AgreementDisagreement>;
  private readonly disagreementHeading = h('h3', { className: 'agreement-heading', text: 'Disagreements' });
  private readonly exportButton = h('button', {
    className: 'button button-small',
    attrs: { type: 'button', disabled: true },
    text: 'Export CSV',
  });
  private selection: AgreementSelection = DEFAULT_AGREEMENT_SELECTION;
  private report: AgreementReport | null = null;
  private layersChosen = false;
  /** Null: text order, as the report lists them. */
  private disagreementSort: TableSort | null = null;

  constructor(private readonly context: AnalysisContext) {
    this.layers = new LayerChoices(context.model);
    this.disagreements = this.store.add(
      new DataTable<AgreementDisagreement>({
        label: 'Disagreements',
        columns: this.disagreementColumns(),
        onOpen: (row) => context.openArticle(row.articleId, row.start),
        onSort: (sort) => {
          this.disagreementSort = sort;
          this.showDisagreements();
        },
        onColumnFilter: () => undefined,
      }),
    );
    this.followed = this.store.add(
      new FollowedQuery(
        context,
        () => this.element.checkVisibility(),
        (isCurrent) => this.load(isCurrent),
        changesAgreement,
      ),
    );
    this.exportButton.addEventListener('click', () => this.exportCsv());
    this.store.addRelease(
      context.model.subscribe((change) => {
        if (change.kind === 'labels' || change.kind === 'project') this.renderControls();
        else if (change.kind === 'layers') this.refreshLayers();
      }),
    );
    this.element = h('section', { className: 'analysis-view agreement-view', attrs: { 'aria-label': 'Agreement' } }, [
      this.controls,
      h('div', { className: 'agreement-body' }, [
        this.status,
        this.tables,
        this.disagreementHeading,
        this.disagreements.element,
        this.disagreements.statusElement,
      ]),
    ]);
    this.renderControls();
  }

  show(): void {
    this.refreshLayers();
    this.followed.show();
  }

  dispose(): void {
    this.store.dispose();
  }

  /** New layers are offered as they are imported; the first two are chosen until the analyst chooses. */
  private refreshLayers(): void {
    const before = JSON.stringify(this.shownChoices);
    const choices = this.layers.all;
    this.shownChoices = choices;
    if (!this.layersChosen) {
      this.selection = { ...this.selection, layers: choices.slice(0, 2).map((choice) => choice.ref) };
    } else {
      const known = new Set(choices.map((choice) => choice.ref));
      this.selection = { ...this.selection, layers: this.selection.layers.filter((ref) => known.has(ref)) };
    }
    if (JSON.stringify(choices) !== before) this.renderControls();
  }

  private get names(): AgreementNames {
    return {
      layer: (ref) => this.layers.name(ref),
      label: (id) => this.context.model.label(id)?.name ?? `Label ${id}`,
    };
  }

  private renderControls(): void {
    const layerGroup = choiceGroup(
      'Layers (the first is the reference)',
      this.layers.all.map((choice) => ({
        value: choice.ref,
        label: choice.name,
        checked: this.selection.layers.includes(choice.ref),
      })),
      (checked) => {
        this.layersChosen = true;
        this.select({ layers: checked });
      },
    );
    const labels = this.context.model.spanLabels;
    const labelGroup = choiceGroup(
      'Labels',
      labels.map((label) => ({
        value: label.id,
        label: label.name,
        checked: this.selection.labelIds?.includes(label.id) ?? true,
      })),
      (checked) => this.select({ labelIds: checked.length === labels.length ? null : checked }),
    );
    const articles = h('select', { className: 'field-input field-select', attrs: { 'aria-label': 'Articles' } }, [
      h('option', { attrs: { value: 'all' }, text: 'All articles' }),
      h('option', { attrs: { value: 'filtered' }, text: 'Articles of the Analysis filter' }),
    ]);
    articles.value = this.selection.articles;
    articles.addEventListener('change', () =>
      this.select({ articles: articles.value === 'filtered' ? 'filtered' : 'all' }),
    );
    this.controls.replaceChildren(
      layerGroup,
      h('label', { className: 'agreement-articles' }, ['Articles ', articles]),
      labelGroup,
      this.exportButton,
    );
  }

  private select(change: Partial<AgreementSelection>): void {
    this.selection = { ...this.selection, ...change };
    this.followed.reload();
  }

  private async load(isCurrent: () => boolean): Promise<void> {
    const { api, filter } = this.context;
    const filtered =
      this.selection.articles === 'filtered'
        ? await api.invoke('analysis.articleIds', { filter: filter.filter })
        : undefined;
    if (!isCurrent()) return;
    const ask = agreementAsk(this.selection, filtered);
    if ('missing' in ask) {
      this.showReport(null, ask.missing);
      return;
    }
    this.status.textContent = 'Computing agreement…';
    const report = await api.invoke('agreement.compute', ask.query);
    if (!isCurrent()) return;
    const articles = report.articles === 1 ? '1 article' : `${report.articles} articles`;
    const skipped =
      report.unitizedSkippedArticles === 0
        ? ''
        : ` uα leaves out ${report.unitizedSkippedArticles} not annotated in every layer.`;
    this.showReport(report, `${articles}, ${report.tokens} tokens compared.${skipped}`);
  }

  private showReport(report: AgreementReport | null, status: string): void {
    this.report = report;
    this.status.textContent = status;
    this.exportButton.disabled = report === null;
    if (report === null) {
      this.tables.replaceChildren();
      this.disagreements.setSource(new ArrayTableSource([]), '');
      this.disagreementHeading.textContent = 'Disagreements';
      return;
    }
    const names = this.names;
    this.tables.replaceChildren(
      agreementTableElement(spanTable(report, names), 'spans'),
      agreementTableElement(coefficientTable(report, names), 'coefficients'),
      agreementTableElement(confusionTable(report, names), 'confusion'),
    );
    const shown = report.disagreements.length;
    this.disagreementHeading.textContent =
      shown < report.disagreementCount
        ? `Disagreements: the first ${shown} of ${report.disagreementCount}`
        : `Disagreements: ${report.disagreementCount}`;
    this.showDisagreements();
  }

  /** The report's disagreements, sorted here by the column chosen: they are all in the window already. */
  private showDisagreements(): void {
    const report = this.report;
    if (report === null) return;
    const sort = this.disagreementSort;
    const column = this.disagreements.columns.find((candidate) => candidate.id === sort?.column);
    const rows =
      sort === null || column === undefined
        ? report.disagreements
        : [...report.disagreements].sort(
            (x, y) => column.text(x).localeCompare(column.text(y)) * (sort.descending ? -1 : 1),
          );
    this.disagreements.setSource(new ArrayTableSource(rows), JSON.stringify([report.query, sort]));
  }

  private disagreementColumns(): TableColumn<AgreementDisagreement>[] {
    const label = (id: number | undefined) => (id === undefined ? '' : this.names.label(id));
    return [
      {
        id: 'article',
        title: 'Article',
        width: 2,
        text: (row) => this.context.model.articleSummary(row.articleId)?.title ?? `Article ${row.articleId}`,
      },
      { id: 'kind', title: 'Difference', text: (row) => KIND_TEXT[row.kind] },
      { id: 'first', title: 'First layer', text: (row) => label(row.firstLabelId) },
      { id: 'second', title: 'Second layer', text: (row) => label(row.secondLabelId) },
      { id: 'quote', title: 'Text', width: 3, text: (row) => row.quote },
    ];
  }

  private exportCsv(): void {
    if (this.report === null) return;
    downloadFile(agreementCsv(this.report, this.names), 'agreement.csv', 'text/csv');
  }
}

export const AGREEMENT_VIEW: AnalysisViewKind = {
  id: 'agreement',
  title: 'Agreement',
  create: (context) => new AgreementView(context),
};
