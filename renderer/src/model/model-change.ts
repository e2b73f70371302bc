import type { AnnotationId, EntityId, LabelId } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';
import type { SuggestionOptions, SuggestionRejection, SuggestionRejectionId } from '../../../shared/model/suggestion';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { LayerId } from '../../../shared/model/layer';
import type { CurationDecision } from '../../../shared/model/curation';

/** What changed in the model, so each view redraws only what it shows. */
export type ModelChange =
  | { readonly kind: 'project' }
  /** The article list or the trash: summaries added, changed, trashed, restored or deleted. */
  | { readonly kind: 'articles'; readonly touched: readonly ArticleId[] }
  | { readonly kind: 'labels'; readonly touched: readonly LabelId[] }
  | { readonly kind: 'entities'; readonly touched: readonly EntityId[] }
  /** Someone joined the project or changed their name: views naming authors redraw. */
  | { readonly kind: 'annotators' }
  /** Another article is shown (or none); everything about the shown article is new. */
  | { readonly kind: 'article' }
  /** The shown article's text changed; its annotations come in the same change set. */
  | { readonly kind: 'text' }
  /**
   * Annotations or relations of the shown article were added, changed or removed; `full` when all
   * of them were replaced (views then redraw everything instead of the touched ones).
   */
  | { readonly kind: 'annotations'; readonly touched: readonly AnnotationId[]; readonly full?: boolean }
  /**
   * Annotations of any article were written (the shown article's come as `annotations` too), for
   * views over the corpus; `curated` when the same write took curation decisions.
   */
  | { readonly kind: 'corpus-annotations'; readonly curated: boolean }
  /** Curation decisions taken (`decided`) or undone (`undone`, by disagreement key); passed on, not kept. */
  | {
      readonly kind: 'curation-decisions';
      readonly decided: readonly CurationDecision[];
      readonly undone: readonly string[];
    }
  | { readonly kind: 'document-labels' }
  | { readonly kind: 'selection' }
  /** Suggestions were turned down (`rejected`), or taken back into consideration (`restored`). */
  | {
      readonly kind: 'suggestion-rejections';
      readonly rejected: readonly SuggestionRejection[];
      readonly restored: readonly SuggestionRejectionId[];
    }
  /** The project's matching options changed. */
  | { readonly kind: 'suggestion-options'; readonly options: SuggestionOptions }
  /** Colleagues' layers were imported, renamed or removed (or all replaced, as a project loads). */
  | { readonly kind: 'layers'; readonly touched: readonly LayerId[] }
  /** Saved analysis views were added, changed or deleted. */
  | { readonly kind: 'saved-views' }
  | { readonly kind: 'history' }
  /**
   * Gazetteers or pattern sets changed. The model keeps no copy (only the Suggestion sources dialog
   * shows them, loading them when it opens), so the rows are passed on.
   */
  | {
      readonly kind: 'suggestion-sources';
      readonly gazetteers: ChangeSet['gazetteers'];
      readonly patternSets: ChangeSet['patternSets'];
    };
