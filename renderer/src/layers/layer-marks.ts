import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../shared/model/article';
import { LAYER_LIMITS, type LayerAnnotation, type LayerId } from '../../../shared/model/layer';
import { toDisposable, type Disposable } from '../lifecycle/disposable';
import { Emitter } from '../lifecycle/emitter';
import type { WorkbenchModel } from '../model/workbench-model';
import type { LayerDisplay } from './layer-display';

export interface LayerMarksDeps {
  readonly api: Pick<WorkbenchApi, 'invoke'>;
  readonly model: Pick<WorkbenchModel, 'article' | 'subscribe'>;
  readonly display: Pick<LayerDisplay, 'drawn' | 'layerListVersion' | 'onDidChange'>;
  reportError(error: unknown): void;
}

/**
 * The annotations of the colleagues' layers the window draws, in the shown article. Like
 * suggestions they are asked for per article (`layers.annotations`), never kept in the model:
 * asked again only when another article is shown, the shown article's text is edited (the store
 * moves the layers' annotations with it), the set of drawn layers changes, or a `layers` change
 * arrives (an import, rename or removal). Switching modes that draw the same layers asks nothing.
 */
export class LayerMarks implements Disposable {
  private readonly deps: LayerMarksDeps;
  private readonly changes = new Emitter<void>();
  private readonly subscriptions: Disposable[] = [];
  private list: readonly LayerAnnotation[] = [];
  private listedFor: ArticleId | null = null;
  /** What the list (or the question out) is for: the article and the layers, as a key. */
  private askedFor: string | null = null;
  /** Bumped by every question, so only the newest answer is applied. */
  private generation = 0;

  readonly onDidChange = this.changes.event;

  constructor(deps: LayerMarksDeps) {
    this.deps = deps;
    // A `layers` change reaches here through the display, which follows the model's layer list.
    const unsubscribe = deps.model.subscribe((change) => {
      if (change.kind === 'article') this.refresh();
      else if (change.kind === 'text') this.refresh({ again: true });
    });
    this.subscriptions.push(
      toDisposable(unsubscribe),
      deps.display.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changes.dispose();
  }

  /** The drawn layers' annotations of the shown article, in the order the store answered. */
  get annotations(): readonly LayerAnnotation[] {
    return this.list;
  }

  /** The article the annotations are of: until an answer comes, the one shown before. */
  get articleId(): ArticleId | null {
    return this.listedFor;
  }

  /** Asks for the marks unless the list (or the question out) is for the same article and layers, or `again`. */
  private refresh({ again = false } = {}): void {
    const { model, display } = this.deps;
    const articleId = model.article?.id ?? null;
    const layerIds = [...display.drawn];
    const key =
      articleId === null || layerIds.length === 0
        ? null
        : `${articleId}:${layerIds.join(',')}:${display.layerListVersion}`;
    if (key === this.askedFor && !again) return;
    this.askedFor = key;
    const generation = ++this.generation;
    if (articleId === null || key === null) {
      this.setList(articleId, []);
      return;
    }
    void this.ask(articleId, layerIds).then(
      (answer) => {
        if (generation === this.generation) this.setList(articleId, answer);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        // Asked again next time anything changes, rather than never.
        this.askedFor = null;
        this.setList(articleId, []);
        this.deps.reportError(error);
      },
    );
  }

  private async ask(articleId: ArticleId, layerIds: readonly LayerId[]): Promise<LayerAnnotation[]> {
    const batches: LayerId[][] = [];
    for (let i = 0; i < layerIds.length; i += LAYER_LIMITS.layersPerCallMax) {
      batches.push(layerIds.slice(i, i + LAYER_LIMITS.layersPerCallMax));
    }
    const answers = await Promise.all(
      batches.map((batch) => this.deps.api.invoke('layers.annotations', { articleId, layerIds: batch })),
    );
    return answers.flat();
  }

  private setList(articleId: ArticleId | null, list: readonly LayerAnnotation[]): void {
    const unchanged = list.length === 0 && this.list.length === 0;
    this.listedFor = articleId;
    if (unchanged) return;
    this.list = list;
    this.changes.fire();
  }
}
