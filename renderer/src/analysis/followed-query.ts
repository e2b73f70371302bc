import { DisposableStore, toDisposable, type Disposable } from '../lifecycle/disposable';
import type { ModelChange } from '../model/model-change';
import type { AnalysisContext } from './analysis-view';

const TYPING_DELAY_MS = 200;

/** Changes after which counts and rows over the corpus may differ. */
const CORPUS_CHANGES: ReadonlySet<ModelChange['kind']> = new Set([
  'project',
  'articles',
  'text',
  'labels',
  'entities',
  'annotations',
  'document-labels',
]);

/** True for a model change that every analysis view (table, chart, network) counts again after. */
export function changesCorpus(change: ModelChange): boolean {
  return CORPUS_CHANGES.has(change.kind);
}

/**
 * Runs a view's corpus query again when the shared filter or the project changes, but only while
 * the view is on screen: a hidden view is marked stale and asks again when shown. An answer that
 * a newer question overtook is dropped (`isCurrent`). One change set reaches the model as several
 * changes (annotations, entities, articles, …) in one task; they make one question, not one each.
 */
export class FollowedQuery implements Disposable {
  private readonly store = new DisposableStore();
  private stale = true;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private changePending = false;
  private disposed = false;

  constructor(
    private readonly context: AnalysisContext,
    private readonly visible: () => boolean,
    private readonly run: (isCurrent: () => boolean) => Promise<void>,
    /** The model changes it asks again after; a view over other articles than the shown one widens them. */
    follows: (change: ModelChange) => boolean = changesCorpus,
  ) {
    this.store.add(context.filter.subscribe(() => this.reload()));
    this.store.addRelease(
      context.model.subscribe((change) => {
        if (follows(change)) this.reloadAfterChanges();
      }),
    );
    this.store.add(toDisposable(() => clearTimeout(this.timer)));
  }

  show(): void {
    if (this.stale) this.reload();
  }

  reload(): void {
    clearTimeout(this.timer);
    if (!this.visible()) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const generation = ++this.generation;
    this.run(() => generation === this.generation).catch((error: unknown) => this.context.reportError(error));
  }

  private reloadAfterChanges(): void {
    if (this.changePending) return;
    this.changePending = true;
    queueMicrotask(() => {
      this.changePending = false;
      if (!this.disposed) this.reload();
    });
  }

  /** After typing: once the analyst pauses. */
  reloadSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), TYPING_DELAY_MS);
  }

  dispose(): void {
    this.disposed = true;
    this.store.dispose();
  }
}
