import type { EditorView } from 'prosemirror-view';
import type { ArticleId } from '../../../shared/model/article';
import type { TextPositionMap } from '../article-view/text-position-map';
import type { Disposable } from '../lifecycle/disposable';
import type { ModelChange } from '../model/model-change';
import type { WorkbenchModel } from '../model/workbench-model';
import {
  annotationLayerKey,
  redrawsAll,
  type AnnotationLayerMeta,
  type AnnotationLayerRequest,
  type AnnotationLayerState,
  type ExtraFocus,
} from './annotation-layer-plugin';
import { SectionLayout } from './section-layout';
import type { SectionWatcher } from './section-visibility';

/** Blocks whose annotations are drawn in one frame while scrolling (a section has 16). */
const BLOCKS_PER_FRAME = 12;

/** The model changes the highlights and the focus tints are drawn from. */
const DRAWN_FROM = new Set<ModelChange['kind']>(['article', 'text', 'annotations', 'selection']);

/** What the layer needs of the article view: its ProseMirror state, and where the model's text is in it. */
export interface AnnotatedView {
  readonly editorView: Pick<EditorView, 'state' | 'dispatch'>;
  readonly positions: TextPositionMap | null;
  readonly articleId: ArticleId | null;
}

/**
 * Hands the model's changes to the annotation plugins (annotation-layer-plugin.ts), whose state
 * the highlights and tints are, and tells them which sections of a long article come into view:
 * those are drawn a slice per frame as the analyst scrolls. It keeps no annotations of its own.
 */
export class AnnotationLayer implements Disposable {
  private readonly model: WorkbenchModel;
  private readonly view: AnnotatedView;
  private readonly sections: SectionWatcher;
  /** Blocks of sections that came into view, still to be drawn. */
  private pendingBlocks: number[] = [];
  private frame: number | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    model: WorkbenchModel,
    view: AnnotatedView,
    watchSections: (onVisible: (sections: readonly number[]) => void) => SectionWatcher,
  ) {
    this.model = model;
    this.view = view;
    this.sections = watchSections((visible) => this.drawSections(visible));
    this.unsubscribe = model.subscribe((change) => this.onChange(change));
  }

  dispose(): void {
    this.unsubscribe();
    this.sections.dispose();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** Tints shown on top of the selection tint, such as an "annotate all" preview; [] clears them. */
  setExtraFocus(ranges: readonly ExtraFocus[]): void {
    this.dispatch({ kind: 'extra-focus', ranges });
  }

  private get state(): AnnotationLayerState | undefined {
    return annotationLayerKey.getState(this.view.editorView.state);
  }

  /** The positions of the document on screen, if it shows the model's article. */
  private get positions(): TextPositionMap | null {
    return this.model.article?.id === this.view.articleId ? this.view.positions : null;
  }

  private onChange(change: ModelChange): void {
    if (!DRAWN_FROM.has(change.kind)) return;
    // A shown article is always announced with all its annotations next (WorkbenchModel.showArticle):
    // drawing for the article alone would lay out and draw every highlight twice.
    if (change.kind === 'article' && this.model.article !== null) return;
    const state = this.state;
    if (!redrawsAll(state, change, this.positions)) {
      this.dispatch({ kind: 'model', change });
      return;
    }
    this.pendingBlocks = [];
    const doc = this.view.editorView.state.doc;
    if (change.kind === 'annotations' && state?.positions === this.positions && state.positionsDoc === doc) {
      // All the annotations of the document on screen were replaced: the rest after those read
      // ahead, or a reload after an import. Its sections, and what watches them, stay as they are,
      // and those near the screen are drawn again now without measuring the page: on the 1 MB
      // article at start-up, laying it out anew and measuring it was ~18 ms of that task.
      const near = this.sections.nearNow();
      this.dispatch({
        kind: 'model',
        change,
        layout: state.layout,
        visible: near.length > 0 ? near : this.sections.visibleNow(),
      });
      return;
    }
    const layout = SectionLayout.of(doc);
    this.sections.watch(layout);
    this.dispatch({ kind: 'model', change, layout, visible: this.sections.visibleNow() });
  }

  /** Sections came into view: they count as drawn at once, and their blocks are drawn over the next frames. */
  private drawSections(visible: readonly number[]): void {
    const state = this.state;
    if (state === undefined) return;
    const fresh = visible.filter((section) => !state.drawnSections.has(section));
    if (fresh.length === 0) return;
    for (const section of fresh) this.pendingBlocks.push(...state.layout.blocks(section));
    this.dispatch({ kind: 'sections', sections: fresh, blocks: [] });
    this.scheduleDrawing();
  }

  /**
   * Draws the queued blocks a slice per frame: sections come into view a screen ahead of time, so
   * there is room to spread the work and keep every frame of a scroll short.
   */
  private scheduleDrawing(): void {
    if (this.frame !== null || this.pendingBlocks.length === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const drawnFor = this.state?.positions ?? null;
      if (drawnFor === null || drawnFor !== this.positions) {
        this.pendingBlocks = [];
        return;
      }
      this.dispatch({ kind: 'sections', sections: [], blocks: this.pendingBlocks.splice(0, BLOCKS_PER_FRAME) });
      this.scheduleDrawing();
    });
  }

  private dispatch(request: AnnotationLayerRequest): void {
    const editor = this.view.editorView;
    const meta: AnnotationLayerMeta = { ...request, model: this.model, positions: this.positions };
    editor.dispatch(editor.state.tr.setMeta(annotationLayerKey, meta));
  }
}
