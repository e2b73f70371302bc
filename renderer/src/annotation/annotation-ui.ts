import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleView } from '../article-view/article-view';
import { PickerDialog } from '../dialogs/picker-dialog';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { ToastRegion } from '../notifications/toast-region';
import { AnnotateAllDialog } from './annotate-all-dialog';
import { AnnotationActions } from './annotation-actions';
import { annotationFocusPlugin } from './annotation-focus-plugin';
import { annotationLayerPlugin } from './annotation-layer-plugin';
import { AnnotationHoverCard } from './annotation-hover-card';
import { AnnotationLayer } from './annotation-layer';
import { listenForAnnotationPointer } from './annotation-pointer';
import { AnnotationSession, type WriteTracker } from './annotation-session';
import { LabelColours } from './label-colours';
import { SectionVisibility } from './section-visibility';
import { showChangedText } from './show-changed-text';

/** The ProseMirror plugins of the annotation layer; pass them to the ArticleView before it is built. */
export function annotationPlugins() {
  return [annotationLayerPlugin(), annotationFocusPlugin()];
}

/**
 * Everything that turns the article view into an annotation editor: the session (state), the layer
 * (decorations), the actions, pointer input, the hover card and the dialogs they open. Its keys are
 * commands (annotation-commands.ts).
 */
export class AnnotationUi implements Disposable {
  readonly session: AnnotationSession;
  readonly actions: AnnotationActions;
  readonly picker = new PickerDialog();
  readonly annotateAllDialog = new AnnotateAllDialog();
  readonly hoverCard: AnnotationHoverCard;
  private readonly subscriptions = new DisposableStore();

  constructor(api: WorkbenchApi, article: ArticleView, toasts: ToastRegion, tracker: WriteTracker) {
    this.session = this.subscriptions.add(new AnnotationSession(api, tracker));
    const colours = new LabelColours();
    this.subscriptions.addRelease(
      this.session.model.subscribe((change) => {
        if (change.kind === 'labels') colours.update(this.session.model.labels);
        // Before the layer hears of the change set's annotations: they are drawn over the new text.
        if (change.kind === 'text') showChangedText(article, this.session.model);
      }),
    );
    const layer = this.subscriptions.add(
      new AnnotationLayer(this.session.model, article, (onVisible) => new SectionVisibility(article, onVisible)),
    );
    const focusKinds = {
      pending: [] as { start: number; end: number }[],
      preview: [] as { start: number; end: number }[],
    };
    this.actions = this.subscriptions.add(
      new AnnotationActions(this.session, {
        article,
        picker: this.picker,
        toasts,
        annotateAllDialog: this.annotateAllDialog,
        showTextFocus: (kind, ranges) => {
          focusKinds[kind] = [...ranges];
          layer.setExtraFocus(
            (['pending', 'preview'] as const).flatMap((focusKind) =>
              focusKinds[focusKind].map((range) => ({ ...range, kind: focusKind })),
            ),
          );
        },
      }),
    );
    this.hoverCard = new AnnotationHoverCard(this.session);
    this.subscriptions.add(listenForAnnotationPointer(article, this.session, this.actions, this.hoverCard));
  }

  /** Elements to put into the document: the dialogs and the hover card. */
  get elements(): HTMLElement[] {
    return [this.picker.element, this.annotateAllDialog.element, this.hoverCard.element];
  }

  dispose(): void {
    this.subscriptions.dispose();
  }
}
