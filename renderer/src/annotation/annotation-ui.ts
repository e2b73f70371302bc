import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleView } from '../article-view/article-view';
import { PickerDialog } from '../dom/picker-dialog';
import type { ToastRegion } from '../notifications/toast-region';
import { AnnotateAllDialog } from './annotate-all-dialog';
import { AnnotationActions } from './annotation-actions';
import { annotationFocusPlugin, annotationLayerPlugin } from './annotation-decorations';
import { AnnotationHoverCard } from './annotation-hover-card';
import { handleAnnotationKey } from './annotation-keys';
import { AnnotationLayer } from './annotation-layer';
import { listenForAnnotationPointer } from './annotation-pointer';
import { AnnotationSession, type WriteTracker } from './annotation-session';
import { LabelColours } from './label-colours';

export interface AnnotationUiHooks {
  /** N: edit the selected annotation's note (the side panel). */
  editNote(): void;
  /** Esc while editing the article text. */
  stopEditing(): void;
  /** F2 in the article. */
  toggleEditing(): void;
  undo(): void;
  redo(): void;
}

/** The ProseMirror plugins of the annotation layer; pass them to the ArticleView before it is built. */
export function annotationPlugins() {
  return [annotationLayerPlugin(), annotationFocusPlugin()];
}

/**
 * Everything that turns the article view into an annotation editor: the session (state), the layer
 * (decorations), the actions, keys, pointer input, the hover card and the dialogs they open.
 */
export class AnnotationUi {
  readonly session: AnnotationSession;
  readonly actions: AnnotationActions;
  readonly picker = new PickerDialog();
  readonly annotateAllDialog = new AnnotateAllDialog();
  readonly hoverCard: AnnotationHoverCard;
  private readonly layer: AnnotationLayer;

  constructor(
    api: WorkbenchApi,
    article: ArticleView,
    toasts: ToastRegion,
    tracker: WriteTracker,
    hooks: AnnotationUiHooks,
  ) {
    this.session = new AnnotationSession(api, tracker);
    const colours = new LabelColours();
    this.session.subscribe((change) => {
      if (change.kind === 'labels') colours.update(this.session.labels);
    });
    this.layer = new AnnotationLayer(this.session, article);
    const focusKinds = {
      pending: [] as { start: number; end: number }[],
      preview: [] as { start: number; end: number }[],
    };
    this.actions = new AnnotationActions(this.session, {
      article,
      picker: this.picker,
      toasts,
      annotateAllDialog: this.annotateAllDialog,
      showTextFocus: (kind, ranges) => {
        focusKinds[kind] = [...ranges];
        const positions = article.positions;
        if (positions === null) return;
        this.layer.setExtraFocus(
          (['pending', 'preview'] as const).flatMap((focusKind) =>
            focusKinds[focusKind].map((range) => ({ ...positions.textRangeToDocRange(range), kind: focusKind })),
          ),
        );
      },
    });
    this.hoverCard = new AnnotationHoverCard(this.session);
    listenForAnnotationPointer(article, this.session, this.actions, this.hoverCard);
    this.keyTargets = {
      actions: this.actions,
      session: this.session,
      annotateAll: () => void this.actions.annotateAllOccurrences(),
      editNote: hooks.editNote,
      editing: () => article.editing,
      stopEditing: hooks.stopEditing,
      toggleEditing: hooks.toggleEditing,
      undo: hooks.undo,
      redo: hooks.redo,
    };
  }

  private readonly keyTargets: Parameters<typeof handleAnnotationKey>[1];

  /** The article body's key handler (ArticleViewOptions.onKeyDown). */
  handleKey(event: KeyboardEvent): boolean {
    return handleAnnotationKey(event, this.keyTargets);
  }

  /** Elements to put into the document: the dialogs and the hover card. */
  get elements(): HTMLElement[] {
    return [this.picker.element, this.annotateAllDialog.element, this.hoverCard.element];
  }
}
