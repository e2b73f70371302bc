import type { AnnotationUi } from '../annotation/annotation-ui';
import type { ArticleView } from '../article-view/article-view';
import { DisposableStore, listen, type Disposable } from '../lifecycle/disposable';
import type { ToastRegion } from '../notifications/toast-region';
import { CorpusAnnotateAll } from './corpus-annotate-all';
import { OccurrencesDialog } from './occurrences-dialog';
import { RejectionsDialog } from './rejections-dialog';
import { SuggestionActions } from './suggestion-actions';
import { suggestionKey } from './suggestion-identity';
import { SuggestionLayer } from './suggestion-layer';
import { SuggestionState } from './suggestion-state';

/**
 * Suggestions in the article editor: the state for the shown article, its drawing (the plugin of
 * suggestion-layer-plugin.ts, which the ArticleView must be built with), the actions on it, and the
 * two dialogs (corpus-wide annotate-all, rejections and matching options). The tab and the commands
 * are built from these parts where the other tabs and commands are.
 */
export class SuggestionUi implements Disposable {
  readonly state: SuggestionState;
  readonly actions: SuggestionActions;
  readonly corpus: CorpusAnnotateAll;
  readonly occurrencesDialog = new OccurrencesDialog();
  readonly rejectionsDialog: RejectionsDialog;
  private readonly store = new DisposableStore();

  constructor(
    annotationUi: AnnotationUi,
    article: ArticleView,
    toasts: ToastRegion,
    reportError: (error: unknown) => void,
  ) {
    const { session } = annotationUi;
    const notify = (message: string) => toasts.info(message);
    this.state = this.store.add(new SuggestionState({ api: session.api, model: session.model, reportError }));
    this.store.add(new SuggestionLayer(this.state, article));
    this.actions = new SuggestionActions({ state: this.state, session, article, picker: annotationUi.picker, notify });
    this.corpus = new CorpusAnnotateAll({
      session,
      dialog: this.occurrencesDialog,
      actions: this.actions,
      state: this.state,
      selectedTextRange: () => article.selectedTextRange(),
      pickSpanLabel: (title, initialActive) => annotationUi.actions.pickSpanLabel(title, initialActive),
      notify,
      reportError,
    });
    this.rejectionsDialog = new RejectionsDialog({
      api: session.api,
      model: session.model,
      write: (action) => session.write(action),
      reportError,
    });
    // A click on a suggestion in the text focuses it, so A or X act on it next.
    this.store.add(
      listen(article.element, 'click', (event) => {
        const key = (event.target as Element | null)?.closest<HTMLElement>('[data-suggestion]')?.dataset['suggestion'];
        const clicked = this.state.suggestions.find((suggestion) => suggestionKey(suggestion) === key);
        if (clicked !== undefined) this.state.focus(clicked);
      }),
    );
  }

  /** Elements to put into the document: the dialogs. */
  get elements(): HTMLElement[] {
    return [this.occurrencesDialog.element, this.rejectionsDialog.element];
  }

  showRejections(): Promise<void> {
    return this.rejectionsDialog.show();
  }

  dispose(): void {
    this.store.dispose();
  }
}
