import { expect, it } from 'vitest';
import { EVERYDAY_WEIGHTS } from './commands/all-commands';
import { fuzzRuns, runModel } from './run-model';
import { START_TEXTS } from './sample-texts';

const RUNS = 10;

it(
  'keeps the store in step with its model through random sequences of every action, undo, redo and reopening',
  async () => {
    const { runs, steps } = await runModel({ texts: START_TEXTS, weights: EVERYDAY_WEIGHTS, runs: RUNS });
    expect(steps).toBeGreaterThanOrEqual(runs * 30);
  },
  fuzzRuns(RUNS) * 10_000,
);
