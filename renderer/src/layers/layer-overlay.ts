import type { EditorView } from 'prosemirror-view';
import type { ArticleId } from '../../../shared/model/article';
import type { TextPositionMap } from '../article-view/text-position-map';
import { toDisposable, type Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import type { LayerDisplay } from './layer-display';
import type { LayerMarks } from './layer-marks';
import { layerMarksKey, type LayerMarksMeta } from './layer-marks-plugin';
import { layerMarkLookup, type LayerNamingModel } from './layer-naming';

/** What the overlay needs of the article view: its ProseMirror view, its pane, and where the text is. */
export interface OverlaidView {
  readonly element: HTMLElement;
  readonly editorView: Pick<EditorView, 'state' | 'dispatch'>;
  readonly positions: TextPositionMap | null;
  readonly articleId: ArticleId | null;
}

/** The pane's class while the project's own highlights are hidden (layers.css). */
export const PROJECT_HIDDEN_CLASS = 'layers-project-hidden';

/**
 * Draws the overlaid colleagues' layers in the article (the plugin of layer-marks-plugin.ts, which
 * the ArticleView must be built with) and hides the project's own highlights when the display says
 * so: one at a time with a colleague's layer chosen, or the project's layer hidden.
 */
export class LayerOverlay implements Disposable {
  private readonly subscriptions: Disposable[];
  private readonly display: LayerDisplay;
  private readonly marks: LayerMarks;
  private readonly model: LayerNamingModel & Pick<WorkbenchModel, 'subscribe'>;
  private readonly view: OverlaidView;

  constructor(
    display: LayerDisplay,
    marks: LayerMarks,
    model: LayerNamingModel & Pick<WorkbenchModel, 'subscribe'>,
    view: OverlaidView,
  ) {
    this.display = display;
    this.marks = marks;
    this.model = model;
    this.view = view;
    // A renamed label or colleague changes what the marks' titles say.
    const unsubscribe = model.subscribe((change) => {
      // Another article (or the same one again) is a new document, whose plugin state starts empty.
      if (change.kind === 'article' || change.kind === 'labels' || change.kind === 'annotators') this.draw();
    });
    this.subscriptions = [
      display.onDidChange(() => this.draw()),
      marks.onDidChange(() => this.draw()),
      toDisposable(unsubscribe),
    ];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private draw(): void {
    this.view.element.classList.toggle(PROJECT_HIDDEN_CLASS, !this.display.projectShown);
    const overlaid = new Set(this.display.overlaid);
    const sameArticle = this.marks.articleId !== null && this.marks.articleId === this.view.articleId;
    const meta: LayerMarksMeta = {
      annotations: this.marks.annotations.filter((annotation) => overlaid.has(annotation.layerId)),
      positions: sameArticle ? this.view.positions : null,
      lookup: layerMarkLookup(this.model),
    };
    this.view.editorView.dispatch(this.view.editorView.state.tr.setMeta(layerMarksKey, meta));
  }
}
