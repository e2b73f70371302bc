import fc from 'fast-check';
import type { Suggestion } from '../../../../../shared/model/suggestion';
import { acceptSuggestions, forgetRejections, rejectSuggestions } from '../model/suggestion-rules';
import { expectSame } from '../model/same';
import { articlesOf } from './annotation-commands';
import { command, type ModelCommand } from './command';
import { chosen, chosenId, MISSING_ID, picks, pick } from './picks';
import type { World } from './world';

/** Which of an article's suggestions a command takes: some picked, or (now and then) all of them. */
const suggestionChoice = fc.record({ article: pick, which: picks(3), all: fc.nat({ max: 4 }).map((n) => n === 0) });
type SuggestionChoice = typeof suggestionChoice extends fc.Arbitrary<infer T> ? T : never;

/** What the registry proposes in the picked article now, as the Suggestions tab lists it. */
function chosenSuggestions(world: World, spec: SuggestionChoice): { articleId: number; suggestions: Suggestion[] } {
  const articleId = chosenId(articlesOf(world.model), spec.article);
  if (articleId === MISSING_ID) return { articleId, suggestions: [] };
  const proposed = world.project.suggestions.forArticle(articleId);
  const suggestions = spec.all
    ? proposed
    : spec.which.flatMap((which) => {
        const suggestion = chosen(proposed, which);
        return suggestion === undefined ? [] : [suggestion];
      });
  return { articleId, suggestions };
}

function placeOf(suggestion: Suggestion): string {
  return `${suggestion.start}:${suggestion.end}:${suggestion.labelId}`;
}

/** What was just accepted or rejected is not proposed again. */
function notProposedAgain(world: World, articleId: number, answered: readonly Suggestion[]): void {
  if (answered.length === 0) return;
  world.read(`suggestions in ${articleId} after an answer`, (store) => {
    const places = new Set(answered.map(placeOf));
    const again = store.suggestions.forArticle(articleId).filter((suggestion) => places.has(placeOf(suggestion)));
    expectSame(again, [], 'suggestions answered already');
  });
}

export const acceptSuggestionsCommand: fc.Arbitrary<ModelCommand> = suggestionChoice.map((spec) =>
  command(`acceptSuggestions ${JSON.stringify(spec)}`, (world) => {
    const { articleId, suggestions } = chosenSuggestions(world, spec);
    world.recorded(
      `acceptSuggestions ${suggestions.map(placeOf).join(' ')}`,
      (store) => store.suggestions.accept(suggestions.map((suggestion) => ({ suggestion }))),
      acceptSuggestions(world.model, suggestions),
    );
    notProposedAgain(world, articleId, suggestions);
  }),
);

export const rejectSuggestionsCommand: fc.Arbitrary<ModelCommand> = suggestionChoice.map((spec) =>
  command(`rejectSuggestions ${JSON.stringify(spec)}`, (world) => {
    const { articleId, suggestions } = chosenSuggestions(world, spec);
    world.recorded(
      `rejectSuggestions ${suggestions.map(placeOf).join(' ')}`,
      (store) => store.suggestions.reject(suggestions),
      rejectSuggestions(world.model, suggestions),
    );
    notProposedAgain(world, articleId, suggestions);
  }),
);

/** Forgets some rejections (the review list's undo), now and then one that is gone already. */
export const unrejectCommand: fc.Arbitrary<ModelCommand> = picks(3).map((which) =>
  command(`unreject ${JSON.stringify(which)}`, (world) => {
    const rejections = [...world.model.rejections.values()].sort((a, b) => a.id - b.id);
    const ids = which.map((one) => chosenId(rejections, one));
    world.recorded(
      `unreject ${ids.join(' ')}`,
      (store) => store.suggestions.unreject(ids),
      forgetRejections(world.model, ids),
    );
  }),
);
