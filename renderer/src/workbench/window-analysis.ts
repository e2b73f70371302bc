import type { ArticleId } from '../../../shared/model/article';
import { AnalysisArea } from '../analysis/analysis-area';
import { registerAnalysisCommands } from '../analysis/analysis-commands';
import { AnalysisFilterState } from '../analysis/analysis-filter-state';
import type { AnalysisContext } from '../analysis/analysis-view';
import { ANALYSIS_VIEWS } from '../analysis/analysis-views';
import { narrowArticleList } from '../analysis/article-list-narrowing';
import { curationCommandAccess, curationCommands } from '../analysis/curation/curation-commands';
import { CurationDesk } from '../analysis/curation/curation-desk';
import type { LibraryPanel } from '../article-list/library-panel';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { ArticleEditor } from './article-editor';
import type { SidePanelTabs } from './side-panel-tabs';
import type { WindowServices } from './window-services';
import type { Workbench } from './workbench';

export interface WindowAnalysis extends Disposable {
  readonly area: AnalysisArea;
}

/**
 * The Analysis area and what links it to the window: its views' context, its commands, the
 * article list narrowed by its filter, and the switch that puts it in the article's place.
 */
export function createWindowAnalysis(deps: {
  readonly root: HTMLElement;
  readonly services: WindowServices;
  readonly editor: ArticleEditor;
  readonly workbench: Workbench;
  readonly library: LibraryPanel;
  readonly tabs: SidePanelTabs;
  showArticleList(): void;
}): WindowAnalysis {
  const { services, editor, workbench } = deps;
  const { session, actions } = editor.annotationUi;
  const model = session.model;
  const store = new DisposableStore();
  const filter = new AnalysisFilterState();

  /** Opens the article and selects the annotation starting at `start`, a claim before any other. */
  const openArticle = async (articleId: ArticleId, start?: number) => {
    deps.showArticleList();
    await workbench.openArticle(articleId);
    if (model.article?.id !== articleId || start === undefined) return;
    const starting = model.annotationsAt(start).filter((annotation) => annotation.fragments[0]?.start === start);
    const annotation = starting.find((candidate) => model.label(candidate.labelId)?.kind === 'claim') ?? starting[0];
    if (annotation !== undefined) actions.reveal(annotation.id);
    else editor.article.revealTextRange({ start, end: start });
  };
  const { commands, contextKeys } = services;
  const curationDesk = new CurationDesk(curationCommandAccess(commands, services.mac));
  const context: AnalysisContext = {
    api: services.api,
    model,
    filter,
    curationDesk,
    openArticle: (articleId, start) => {
      openArticle(articleId, start).catch(services.reportError);
    },
    showEntity: (id) => deps.tabs.showEntity(id),
    reportError: services.reportError,
  };
  const area: AnalysisArea = store.add(
    new AnalysisArea({
      context,
      kinds: ANALYSIS_VIEWS,
      setShown: (shown) => {
        deps.root.classList.toggle('analysis-shown', shown);
        if (!shown) editor.article.element.focus();
      },
      notify: (message) => services.toasts.info(message),
    }),
  );
  store.add(registerAnalysisCommands(commands, area, ANALYSIS_VIEWS));
  store.add(contextKeys.define('curationShown', () => area.isShown && curationDesk.active !== null));
  for (const command of curationCommands(curationDesk)) store.add(commands.register(command));
  store.add(
    narrowArticleList({
      api: services.api,
      model,
      filter,
      narrowTo: (ids) => deps.library.narrowTo(ids),
      reportError: services.reportError,
    }),
  );
  return { area, dispose: () => store.dispose() };
}
