import type { WorkbenchApi } from '../../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../../shared/model/article';
import type { CommandRegistry } from '../../commands/command-registry';
import { ModalDialog } from '../../dialogs/modal-dialog';
import { h, uniqueId } from '../../dom/element-builder';
import { DisposableStore, type Disposable } from '../../lifecycle/disposable';
import type { WorkbenchModel } from '../../model/workbench-model';
import { AnalysisFilterState } from '../analysis-filter-state';
import type { AnalysisView } from '../analysis-view';
import { NETWORK_VIEW_KINDS } from './network-views';

export interface NetworkPreviewDeps {
  readonly commands: CommandRegistry;
  readonly api: WorkbenchApi;
  readonly model: WorkbenchModel;
  openArticle(id: ArticleId): void;
}

/**
 * Stand-in host for the network views until the Analysis area (issue 11, built in parallel) hosts
 * them: the same `analysis.show.<id>` commands, each showing its view in a dialog with a filter of
 * its own. Drop this file and its line in window-views.ts when NETWORK_VIEW_KINDS joins
 * ANALYSIS_VIEWS.
 */
export function registerNetworkPreview(deps: NetworkPreviewDeps): Disposable {
  const store = new DisposableStore();
  const filter = new AnalysisFilterState();
  const headingId = uniqueId('network-preview-heading');
  const heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
  const body = h('div', { className: 'dialog-body' });
  const modal = new ModalDialog<void>([h('header', { className: 'dialog-header' }, [heading]), body], {
    className: 'network-preview',
    labelledBy: headingId,
    dismissed: undefined,
  });
  document.body.append(modal.element);
  store.addRelease(() => modal.element.remove());
  const views = new Map<string, AnalysisView>();
  store.addRelease(() => views.forEach((view) => view.dispose()));
  const context = {
    api: deps.api,
    model: deps.model,
    filter,
    openArticle: (id: ArticleId) => {
      modal.dismiss();
      deps.openArticle(id);
    },
  };
  for (const kind of NETWORK_VIEW_KINDS) {
    store.add(
      deps.commands.register({
        id: `analysis.show.${kind.id}`,
        title: `Show the ${kind.title} analysis`,
        keywords: 'analysis corpus network graph',
        group: 'view',
        run: () => {
          let view = views.get(kind.id);
          if (view === undefined) views.set(kind.id, (view = kind.create(context)));
          heading.textContent = kind.title;
          body.replaceChildren(view.element);
          void modal.open();
          view.show();
        },
      }),
    );
  }
  return store;
}
