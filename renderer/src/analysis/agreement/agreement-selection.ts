import type { LabelId } from '../../../../shared/model/annotation';
import type { AgreementQuery } from '../../../../shared/model/agreement';
import type { ArticleId } from '../../../../shared/model/article';
import type { LayerRef } from '../../../../shared/model/layer';

/** What the analyst chose above the agreement table. */
export interface AgreementSelection {
  /** In the order offered; the first is the reference of precision and recall. */
  readonly layers: readonly LayerRef[];
  /** Every article the layers annotated, or those the Analysis filter keeps. */
  readonly articles: 'all' | 'filtered';
  /** Null: every label the layers used. */
  readonly labelIds: readonly LabelId[] | null;
}

export const DEFAULT_AGREEMENT_SELECTION: AgreementSelection = { layers: [], articles: 'all', labelIds: null };

/** The question to ask, or the sentence saying what is missing before there is one. */
export type AgreementAsk = { readonly query: AgreementQuery } | { readonly missing: string };

export function agreementAsk(
  selection: AgreementSelection,
  filteredArticles: readonly ArticleId[] | undefined,
): AgreementAsk {
  if (selection.layers.length < 2) return { missing: 'Choose two or more layers to compare.' };
  if (selection.labelIds?.length === 0) return { missing: 'Choose at least one label.' };
  if (selection.articles === 'filtered' && filteredArticles?.length === 0) {
    return { missing: 'The Analysis filter keeps no article; widen it or compare all articles.' };
  }
  return {
    query: {
      layers: [...selection.layers],
      ...(selection.articles === 'filtered' && filteredArticles !== undefined
        ? { articleIds: [...filteredArticles] }
        : {}),
      ...(selection.labelIds === null ? {} : { labelIds: [...selection.labelIds] }),
    },
  };
}
