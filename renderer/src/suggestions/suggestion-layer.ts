import type { EditorView } from 'prosemirror-view';
import type { ArticleId } from '../../../shared/model/article';
import type { TextPositionMap } from '../article-view/text-position-map';
import type { Disposable } from '../lifecycle/disposable';
import { suggestionLayerKey, type SuggestionLayerMeta } from './suggestion-layer-plugin';
import type { SuggestionState } from './suggestion-state';

/** What the layer needs of the article view: its ProseMirror view, and where the text is in it. */
export interface SuggestedView {
  readonly editorView: Pick<EditorView, 'state' | 'dispatch'>;
  readonly positions: TextPositionMap | null;
  readonly articleId: ArticleId | null;
}

/** Hands every change of the suggestion state to the suggestion plugin, whose state the drawing is. */
export class SuggestionLayer implements Disposable {
  private readonly subscription: Disposable;

  constructor(state: SuggestionState, view: SuggestedView) {
    this.subscription = state.onDidChange(() => {
      const suggestions = state.suggestions;
      const shown = suggestions[0]?.articleId ?? view.articleId;
      const meta: SuggestionLayerMeta = {
        suggestions,
        focused: state.focused,
        positions: shown === view.articleId ? view.positions : null,
      };
      view.editorView.dispatch(view.editorView.state.tr.setMeta(suggestionLayerKey, meta));
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
