import { it } from 'vitest';
import { EVERYDAY_WEIGHTS } from './commands/all-commands';
import { fuzzRuns, runModel } from './run-model';
import { UNICODE_TEXTS } from './sample-texts';

const RUNS = 3;

/**
 * Random runs on texts dense in what breaks offset arithmetic (emoji and flags as surrogate pairs
 * and sequences, astral CJK, letters with combining marks that compose and that do not, Persian and
 * Hebrew), annotating and editing them more than anything else: a selection that cuts a surrogate
 * pair is refused, an edit that leaves the text not NFC is refused, and every quote stays whole.
 */
it(
  'keeps the store in step with its model on texts full of emoji, combining marks, CJK and right-to-left scripts',
  async () => {
    await runModel({
      texts: UNICODE_TEXTS,
      weights: {
        ...EVERYDAY_WEIGHTS,
        createAnnotation: 14,
        createAnnotations: 5,
        reattachAnnotation: 4,
        editArticleText: 14,
        replaceArticleText: 0,
        emptyTrash: 0,
      },
      runs: RUNS,
    });
  },
  fuzzRuns(RUNS) * 10_000,
);
