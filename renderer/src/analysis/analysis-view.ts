import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { EntityId } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';
import type { Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import type { AnalysisFilterState } from './analysis-filter-state';
import type { CurationDesk } from './curation/curation-desk';

/** What an analysis view is given: it reads the project through `api`, narrows and follows `filter`. */
export interface AnalysisContext {
  readonly api: WorkbenchApi;
  readonly model: WorkbenchModel;
  readonly filter: AnalysisFilterState;
  /** Where the window's curation commands meet the curation view. */
  readonly curationDesk: CurationDesk;
  /** Shows the article, with the span at `start` (UTF-16 offset) scrolled into view and selected. */
  openArticle(articleId: ArticleId, start?: number): void;
  /** Shows the entity in the Entities tab of the side panel. */
  showEntity(entityId: EntityId): void;
  /** Shows a failed call to the analyst in one sentence. */
  reportError(error: unknown): void;
}

/**
 * One view of the Analysis area (the claims table, a chart, a network). It subscribes in its
 * constructor and releases in `dispose()`; `show` runs each time it becomes visible, so a hidden
 * view need not redraw on every filter change.
 */
export interface AnalysisView extends Disposable {
  readonly element: HTMLElement;
  show(): void;
}

export interface AnalysisViewKind {
  /** Also its command's id suffix: `analysis.show.<id>`. */
  readonly id: string;
  readonly title: string;
  create(context: AnalysisContext): AnalysisView;
}
