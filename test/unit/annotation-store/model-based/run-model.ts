import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { pastedWithSetLanguage } from './pasted-with-set-language';
import type { ProjectStore } from '../../../../main/store/project-store';
import { commandSequence, type Weights } from './commands/all-commands';
import { World } from './commands/world';
import { LONG_NOTE } from './sample-texts';

/**
 * Runs random sequences of store actions against the model. `npm test` runs a few with a fixed
 * seed; before a release, `FUZZ_RUNS=2000 npx vitest run test/unit/annotation-store/model-based`
 * runs many with a fresh seed each time (printed on failure; `FUZZ_SEED` replays one).
 */
export interface ModelRun {
  /** The texts of the articles the project starts with. */
  readonly texts: readonly string[];
  readonly weights: Weights;
  /** Runs in `npm test`; FUZZ_RUNS overrides. */
  readonly runs: number;
  /** More checks after the sequence, on the project it left. */
  readonly afterwards?: (world: World) => void | Promise<void>;
}

const FIXED_SEED = 20_250_228;
/** Every step commits with fsync; in memory-backed storage where there is one, a run takes a fraction of the time. */
export const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export function fuzzRuns(runs: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : runs;
}

/** The fixed seed in `npm test`; with FUZZ_RUNS a fresh one, unless FUZZ_SEED replays one. */
export function fuzzSeed(): number {
  const asked = Number(process.env.FUZZ_SEED);
  if (Number.isInteger(asked)) return asked;
  return process.env.FUZZ_RUNS === undefined ? FIXED_SEED : Date.now() % 2 ** 31;
}

/** A project with the given articles, two document labels and two entities (one with a long note), as a user might have it. */
function setUp(store: ProjectStore, texts: readonly string[]): void {
  texts.forEach((text, i) => store.createArticle(pastedWithSetLanguage({ title: `Artikel ${i + 1}`, text })));
  store.addLabel({ kind: 'document', name: 'Kommentar', color: '#123456' });
  store.addLabel({ kind: 'document', name: 'Relevant', color: '#654321' });
  const person = store.listLabels().find((label) => label.name === 'Person');
  const location = store.listLabels().find((label) => label.name === 'Location');
  if (person === undefined || location === undefined) throw new Error('the default schema has changed');
  store.createEntity({
    typeLabelId: person.id,
    name: 'Xi Jinping',
    aliases: ['Xi'],
    externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
    note: LONG_NOTE,
  });
  store.createEntity({ typeLabelId: location.id, name: 'Peking', note: 'Hauptstadt' });
}

/**
 * How fast-check runs a property: `runs` times with the seed above. Shrinking a failure re-runs up to
 * sixty steps per attempt, which takes minutes; FUZZ_SHRINK=0 reports the first failure as it is.
 */
export function fuzzParameters(runs: number): fc.Parameters<unknown> {
  return { numRuns: fuzzRuns(runs), seed: fuzzSeed(), endOnFailure: process.env.FUZZ_SHRINK === '0' };
}

/** Runs the model and returns how many runs and steps it took, and how the steps ended. */
export async function runModel(run: ModelRun): Promise<{ runs: number; steps: number; tally: Map<string, number> }> {
  const runs = fuzzRuns(run.runs);
  let steps = 0;
  const tally = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(commandSequence(run.weights, { min: 30, max: 60 }), async (commands) => {
      const dir = mkdtempSync(join(SCRATCH, 'workbench-model-'));
      const world = new World(dir, (store) => setUp(store, run.texts));
      try {
        fc.modelRun(() => ({ model: world.model, real: world }), commands);
        await run.afterwards?.(world);
        world.finish();
      } finally {
        steps += world.stepCount;
        for (const [key, count] of world.tally) tally.set(key, (tally.get(key) ?? 0) + count);
        world.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    fuzzParameters(runs),
  );
  // A long run says how much it did and how the steps ended, for the release notes.
  if (process.env.FUZZ_RUNS !== undefined) {
    const outcomes = [...tally].sort().map(([key, count]) => `  ${key} ×${count}`);
    console.log([`${runs} runs, ${steps} steps:`, ...outcomes].join('\n'));
  }
  return { runs, steps, tally };
}
