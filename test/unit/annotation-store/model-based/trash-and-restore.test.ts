import { it } from 'vitest';
import { EVERYDAY_WEIGHTS } from './commands/all-commands';
import { fuzzRuns, runModel } from './run-model';
import { START_TEXTS } from './sample-texts';

const RUNS = 3;

/**
 * Random runs that move articles to the trash and back, empty it and add articles much more often
 * than everyday runs, among annotations, relations across articles and undo: entity counts and
 * mentions leave the trash out, search never finds it, steps on trashed articles still undo, and
 * emptying the trash deletes what is annotated there and forgets history that refers to it.
 */
it(
  'keeps the store in step with its model while articles go to the trash, come back and are deleted for good',
  async () => {
    await runModel({
      texts: START_TEXTS,
      weights: {
        ...EVERYDAY_WEIGHTS,
        trashArticles: 6,
        restoreArticles: 6,
        emptyTrash: 2,
        createArticle: 4,
        createRelation: 6,
        search: 3,
        findEntityCandidates: 2,
      },
      runs: RUNS,
    });
  },
  fuzzRuns(RUNS) * 10_000,
);
