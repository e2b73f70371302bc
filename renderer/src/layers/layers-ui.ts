import type { LayerId } from '../../../shared/model/layer';
import type { AnnotationSession } from '../annotation/annotation-session';
import type { ArticleView } from '../article-view/article-view';
import type { ConfirmDialog } from '../dialogs/confirm-dialog';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import { counted } from '../text/plural';
import { LayerComparePane } from './layer-compare-pane';
import { LayerDisplay } from './layer-display';
import { LayerImportController } from './layer-import-controller';
import { LayerMarks } from './layer-marks';
import { LayerOverlay } from './layer-overlay';

export interface LayersUiDeps {
  readonly session: AnnotationSession;
  readonly article: ArticleView;
  readonly confirm: Pick<ConfirmDialog, 'ask'>;
  readonly notify: (message: string) => void;
  readonly reportError: (error: unknown) => void;
}

/**
 * Colleagues' layers in the window: which are shown and how (LayerDisplay), their marks in the
 * shown article, drawn over it (the plugin of layer-marks-plugin.ts, which the ArticleView must be
 * built with) or in the pane beside it, and importing, renaming and removing a layer. The tab and
 * the commands are built from these parts where the other tabs and commands are.
 */
export class LayersUi implements Disposable {
  readonly display: LayerDisplay;
  readonly marks: LayerMarks;
  readonly comparePane: LayerComparePane;
  readonly importer: LayerImportController;
  private readonly deps: LayersUiDeps;
  private readonly store = new DisposableStore();
  private readonly imported = new Set<(id: LayerId) => void>();

  constructor(deps: LayersUiDeps) {
    this.deps = deps;
    const { session, article } = deps;
    const model = session.model;
    this.display = this.store.add(new LayerDisplay(model));
    this.marks = this.store.add(
      new LayerMarks({ api: session.api, model, display: this.display, reportError: deps.reportError }),
    );
    this.store.add(new LayerOverlay(this.display, this.marks, model, article));
    this.comparePane = this.store.add(new LayerComparePane(model, this.display, this.marks, article.element));
    this.importer = new LayerImportController({
      api: session.api,
      write: (action) => session.write(action),
      imported: (report) => {
        if (report.layer === undefined) return;
        const id = report.layer.id;
        for (const listener of this.imported) listener(id);
      },
    });
  }

  /** Elements to put into the document: the import report. */
  get elements(): HTMLElement[] {
    return [this.importer.report.element];
  }

  get hasLayers(): boolean {
    return this.deps.session.model.layers.length > 0;
  }

  /** Calls `listener` with each layer this window imports. */
  onDidImport(listener: (id: LayerId) => void): Disposable {
    this.imported.add(listener);
    return { dispose: () => this.imported.delete(listener) };
  }

  importLayer(): Promise<void> {
    return this.importer.run();
  }

  async rename(id: LayerId, name: string): Promise<boolean> {
    const { session } = this.deps;
    return (await session.write(() => session.api.invoke('layers.rename', { id, name }))) !== null;
  }

  async remove(id: LayerId): Promise<void> {
    const { session, confirm } = this.deps;
    const layer = session.model.layer(id);
    if (layer === undefined) return;
    const yes = await confirm.ask({
      title: `Remove the layer “${layer.name}”?`,
      message: `Its ${counted(layer.annotationCount, 'annotation', 'annotations')} go with it; the project’s own annotations stay. Undo brings the layer back.`,
      confirmLabel: 'Remove layer',
      danger: true,
    });
    if (!yes) return;
    // The call answers null either way; wrapped, so a failed write (null, already reported) is told apart.
    const removed = await session.write(async () => {
      await session.api.invoke('layers.remove', { id });
      return true;
    });
    if (removed === true) this.deps.notify(`Layer “${layer.name}” removed. Undo brings it back.`);
  }

  dispose(): void {
    this.imported.clear();
    this.store.dispose();
  }
}
