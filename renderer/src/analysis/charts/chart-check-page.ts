// First: configures zod before any schema exists (see the module).
import '../../zod-jitless';

import '../../../styles/theme.css';
import '../../../styles/base.css';
import '../../../styles/controls.css';
import '../../../styles/analysis-charts.css';
import { createWorkbenchApi } from '../../../../shared/ipc/create-workbench-api';
import { h } from '../../dom/element-builder';
import { WorkbenchModel } from '../../model/workbench-model';
import { AnalysisFilterState } from '../analysis-filter-state';
import { CHART_VIEWS } from './chart-views';

/**
 * Every chart view on one page, with the filter they share written out, so the end-to-end tests
 * can draw, click and brush them under the window's policy before the Analysis area hosts them.
 */
async function showCharts(): Promise<void> {
  const root = document.getElementById('charts');
  const transport = window.workbenchTransport;
  if (root === null || transport === undefined) return;
  const api = createWorkbenchApi(transport);
  const model = new WorkbenchModel();
  const filter = new AnalysisFilterState();
  const labels = await api.invoke('schema.labels');
  model.loadProject({
    project: await api.invoke('project.current'),
    articles: [],
    labels,
    entities: [],
    history: { undo: null, redo: null },
  });
  const shown = h('output', { attrs: { 'data-testid': 'analysis-filter' } });
  filter.subscribe((current) => (shown.textContent = JSON.stringify(current)));
  shown.textContent = JSON.stringify(filter.filter);
  const views = CHART_VIEWS.map((kind) => kind.create({ api, model, filter, openArticle: () => undefined }));
  root.replaceChildren(shown, ...views.map((view) => view.element));
  for (const view of views) view.show();
}

void showCharts();
