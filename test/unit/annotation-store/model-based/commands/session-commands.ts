import fc from 'fast-check';
import { expectSame } from '../model/same';
import { articlesOf, entitiesOf } from './annotation-commands';
import { command, type ModelCommand } from './command';
import { chosen, nth, pick } from './picks';

export const undoCommand = (times: fc.Arbitrary<number>): fc.Arbitrary<ModelCommand> =>
  times.map((n) => command(`undo ×${n}`, (world) => world.replay('undo', n)));

export const redoCommand = (times: fc.Arbitrary<number>): fc.Arbitrary<ModelCommand> =>
  times.map((n) => command(`redo ×${n}`, (world) => world.replay('redo', n)));

/** Goes back several steps and forward again part of the way, as someone comparing versions does. */
export const undoThenRedoCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ back: fc.integer({ min: 1, max: 5 }), forward: fc.integer({ min: 1, max: 5 }) })
  .map(({ back, forward }) =>
    command(`undo ×${back} then redo ×${Math.min(back, forward)}`, (world) => {
      world.replay('undo', back);
      world.replay('redo', Math.min(back, forward));
    }),
  );

/** Another colleague takes over: what they write from now on is stamped with them. */
export const useAnnotatorCommand: fc.Arbitrary<ModelCommand> = fc
  .nat()
  .map((which) => command(`useAnnotator ${which}`, (world) => world.useAnnotator(which)));

export const reopenCommand: fc.Arbitrary<ModelCommand> = fc.constant(
  command('close and reopen', (world) => world.reopen()),
);

/**
 * Words between spaces and punctuation, which the full-text index takes as words. (It takes a
 * character glued to a word as part of it where the character is no separator to it, such as an
 * emoji's skin tone: “👍🏽Peking” is one word there.)
 */
const BETWEEN_WORDS = /[\s\p{P}]+/u;
const PLAIN_WORD = /^[A-Za-zÄÖÜäöüß]{4,}$/;

/** Full-text search finds a word of an article's current text (after edits and undo), never in the trash. */
export const searchCommand: fc.Arbitrary<ModelCommand> = fc.record({ article: pick, word: fc.nat() }).map((spec) =>
  command(`search ${JSON.stringify(spec)}`, (world) => {
    const article = chosen(
      articlesOf(world.model).filter((one) => !one.trashed),
      spec.article,
    );
    const words = (article?.text.split(BETWEEN_WORDS) ?? []).filter((word) => PLAIN_WORD.test(word));
    if (article === undefined || words.length === 0) return;
    const word = nth(words, spec.word);
    world.read(`search “${word}”`, (store) => {
      const found = store.search(`"${word}"`, 1000).map((hit) => hit.articleId);
      const what = `whether searching “${word}” finds article ${article.id} (${JSON.stringify(article.text)})`;
      expectSame(found.includes(article.id), true, what);
      const trashed = found.filter((id) => world.model.articles.get(id)?.trashed !== false);
      expectSame(trashed, [], `articles in the trash (or gone) found by “${word}”`);
    });
  }),
);

/** Looking an entity up by its name proposes it, with the name or an alias as the reason. */
export const candidatesCommand: fc.Arbitrary<ModelCommand> = pick.map((which) =>
  command(`findEntityCandidates ${JSON.stringify(which)}`, (world) => {
    const entity = chosen(entitiesOf(world.model), which);
    if (entity === undefined) return;
    world.read(`findEntityCandidates “${entity.name}”`, (store) => {
      const candidates = store.findEntityCandidates(entity.name, { limit: 100 });
      expectSame(
        candidates.some((candidate) => candidate.entity.id === entity.id),
        true,
        `whether “${entity.name}” proposes entity ${entity.id}`,
      );
      for (const { entity: proposed, matched } of candidates) {
        expectSame(proposed, world.model.entities.get(proposed.id), `the proposed entity ${proposed.id}`);
        expectSame(
          [proposed.name, ...proposed.aliases].includes(matched),
          true,
          `whether “${matched}” is a name or alias of ${proposed.id}`,
        );
      }
    });
  }),
);
