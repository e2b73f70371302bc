import { catalogCommand, type Command } from '../commands/command';
import type { CorpusAnnotateAll } from './corpus-annotate-all';
import type { SuggestionActions } from './suggestion-actions';

/** What the suggestion commands run (SuggestionUi's parts are these). */
export interface SuggestionCommandTarget {
  readonly actions: Pick<SuggestionActions, 'step' | 'accept' | 'acceptAs' | 'acceptAllOfEntity' | 'reject'>;
  readonly corpus: Pick<CorpusAnnotateAll, 'fromArticle'>;
  showRejections(): Promise<void>;
}

/** The suggestion commands of the catalog: moving between suggestions, accepting, rejecting, reviewing. */
export function suggestionCommands(target: SuggestionCommandTarget): Command[] {
  const { actions } = target;
  return [
    catalogCommand('next-suggestion', () => actions.step(1)),
    catalogCommand('previous-suggestion', () => actions.step(-1)),
    catalogCommand('accept-suggestion', () => actions.accept()),
    catalogCommand('reject-suggestion', () => actions.reject()),
    catalogCommand('accept-entity-suggestions', () => actions.acceptAllOfEntity()),
    catalogCommand('accept-suggestion-as', () => actions.acceptAs()),
    catalogCommand('annotate-all-corpus', () => target.corpus.fromArticle()),
    catalogCommand('review-rejections', () => target.showRejections()),
  ];
}
