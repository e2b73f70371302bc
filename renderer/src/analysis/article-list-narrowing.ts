import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../shared/model/article';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import type { AnalysisFilterState } from './analysis-filter-state';

function isEmpty(filter: AnalysisFilter): boolean {
  return JSON.stringify(filter) === JSON.stringify(NO_ANALYSIS_FILTER);
}

/**
 * Narrows the article list to the articles the analysis filter keeps (linked filtering): the store
 * worker says which, by id, whenever the filter or the articles change.
 */
export function narrowArticleList(deps: {
  readonly api: WorkbenchApi;
  readonly model: WorkbenchModel;
  readonly filter: AnalysisFilterState;
  narrowTo(ids: ReadonlySet<ArticleId> | null): void;
  reportError(error: unknown): void;
}): Disposable {
  const store = new DisposableStore();
  let generation = 0;
  const follow = () => {
    const filter = deps.filter.filter;
    const asked = ++generation;
    if (isEmpty(filter)) {
      deps.narrowTo(null);
      return;
    }
    deps.api.invoke('analysis.articleIds', { filter }).then(
      (ids) => {
        if (asked === generation) deps.narrowTo(new Set(ids));
      },
      (error: unknown) => deps.reportError(error),
    );
  };
  store.add(deps.filter.subscribe(follow));
  store.addRelease(
    deps.model.subscribe((change) => {
      if (change.kind === 'articles' && !isEmpty(deps.filter.filter)) follow();
    }),
  );
  return store;
}
