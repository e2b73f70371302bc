import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ProjectStore } from '../../../../../main/store/project-store';
import { WorkbenchError } from '../../../../../shared/ipc/errors';
import type { HistoryStep } from '../../../../../shared/model/history';
import { DumpReader, historyPart, outsidePart, type Dump } from '../history/database-dump';
import { HistoryModel, type Stack } from '../history/history-model';
import { checkContractReads } from '../model/contract-reads';
import { checkInvariants } from '../model/invariants';
import type { Prediction } from '../model/prediction';
import { ProjectModel, storeView, type ProjectView } from '../model/project-model';
import { expectSame, withoutAuthorship } from '../model/same';
import { checkAuthorship, MODEL_ANNOTATORS } from '../model/authorship-rules';

/** A clock that moves on a second at every reading, so every write has its own time. */
function tickingClock(): () => Date {
  let at = Date.UTC(2025, 1, 28, 9, 0, 0);
  return () => new Date((at += 1000));
}

/**
 * The system under test with its model: a real project file driven through ProjectStore, a second
 * read-only connection that dumps every table, the model of what the reads show and the model of
 * the undo and redo stacks. Every step is compared with both before the next one runs.
 */
export class World {
  model: ProjectModel;
  private store: ProjectStore;
  private readonly reader: DumpReader;
  private readonly history: HistoryModel;
  private readonly clock = tickingClock();
  private readonly path: string;
  /** Who writes now; a step switches between the model's annotators, as colleagues share a project. */
  private annotator = MODEL_ANNOTATORS[0];
  private steps = 0;
  /** How often each kind of step ended each way ("createAnnotation: refused"), to see what runs reach. */
  readonly tally = new Map<string, number>();

  constructor(dir: string, setUp: (store: ProjectStore) => void) {
    this.path = join(dir, 'Model.awb');
    const created = ProjectStore.create(this.path, this.clock);
    created.useAnnotator(this.annotator);
    setUp(created);
    created.close();
    // Opened again, so the set-up is no step of history.
    this.store = ProjectStore.open(this.path, this.clock);
    this.store.useAnnotator(this.annotator);
    this.reader = new DumpReader(this.path);
    this.history = new HistoryModel(this.reader.foreignKeys());
    this.model = ProjectModel.read(this.store);
  }

  /** For reads that steps need (such as an article's blocks); never for writes. */
  get project(): ProjectStore {
    return this.store;
  }

  /** An undoable action: one transaction and one step of history, or refused with nothing changed. */
  recorded<T>(what: string, act: (store: ProjectStore) => T, prediction: Prediction<T>): void {
    this.act(what, act, prediction, (before, after) => {
      expectSame(outsidePart(after), outsidePart(before), 'what lies outside history');
      const leavesStep = !prediction.refused && prediction.step;
      if (leavesStep) this.history.recorded(before, after, this.store.historyState().undo ?? '(none)');
      else expectSame(after, before, 'the project after a call that changes nothing');
    });
  }

  /**
   * An action outside history (labels, articles, the trash): it is no step of its own, and the
   * states kept for undo take its change as SQLite would have made it there. `forgets`: it may
   * drop the whole history (deleting or re-texting an article that steps refer to).
   */
  outside<T>(what: string, act: (store: ProjectStore) => T, prediction: Prediction<T>, forgets = false): void {
    this.act(what, act, prediction, (before, after) => {
      const { undo, redo } = this.store.historyState();
      if (forgets && undo === null && redo === null) this.history.forget();
      else this.history.changedOutside(before, after);
    });
  }

  /** Undoes or redoes `times` steps, one at a time, each checked against the state it must return to. */
  replay(stack: Stack, times: number): void {
    for (let i = 0; i < times; i++) this.step(`${stack} (${i + 1} of ${times})`, () => this.replayOnce(stack));
  }

  /** Closing and opening the project again changes nothing but empties the history. */
  reopen(): void {
    this.step('close and reopen', () => {
      const before = this.reader.dump();
      this.store.close();
      this.store = ProjectStore.open(this.path, this.clock);
      this.store.useAnnotator(this.annotator);
      expectSame(this.reader.dump(), before, 'the project after reopening');
      this.history.forget();
      this.check();
    });
  }

  /** Hands the project to another annotator: registering them lies outside history. */
  useAnnotator(which: number): void {
    const annotator = MODEL_ANNOTATORS[which % MODEL_ANNOTATORS.length] ?? this.annotator;
    this.step(`annotator ${annotator.name}`, () => {
      const before = this.reader.dump();
      this.store.useAnnotator(annotator);
      this.annotator = annotator;
      this.history.changedOutside(before, this.reader.dump());
      this.check();
    });
  }

  /** Something that must leave the project exactly as it is, to the last row. */
  unchangedBy(what: string, action: (store: ProjectStore) => void): void {
    this.step(what, () => {
      const before = this.reader.dump();
      action(this.store);
      expectSame(this.reader.dump(), before, `the project after ${what}`);
    });
  }

  /** As `unchangedBy`, for an action that finishes later (an import that reads its files). */
  async unchangedByLater(what: string, action: (store: ProjectStore) => Promise<void>): Promise<void> {
    this.steps++;
    const before = this.reader.dump();
    await action(this.store);
    expectSame(this.reader.dump(), before, `the project after ${what}`);
  }

  /** A read that must agree with the model; `expected` throws when it does not. */
  read(what: string, check: (store: ProjectStore) => void): void {
    this.step(what, () => check(this.store));
  }

  /** How many steps ran (a command undoing several steps counts each). */
  get stepCount(): number {
    return this.steps;
  }

  /** The whole file is sound: integrity, foreign keys and the full-text index. */
  finish(): void {
    this.step('database checks at the end', () =>
      expectSame(this.reader.problems({ full: true }), [], 'the database checks'),
    );
  }

  close(): void {
    this.store.close();
    this.reader.close();
  }

  /** Runs an action the model predicted; if it did what it should, `done` takes the states before and after it. */
  private act<T>(
    what: string,
    act: (store: ProjectStore) => T,
    prediction: Prediction<T>,
    done: (before: Dump, after: Dump) => void,
  ): void {
    this.step(what, () => {
      const before = this.reader.dump();
      const result = this.attempt(act, prediction, before);
      this.count(what, result === null ? 'refused' : 'done');
      if (result === null || prediction.refused) return;
      prediction.apply(result.value);
      done(before, this.reader.dump());
      this.check();
    });
  }

  private attempt<T>(act: (store: ProjectStore) => T, prediction: Prediction<T>, before: Dump): { value: T } | null {
    const history = this.store.historyState();
    let value: T;
    try {
      value = act(this.store);
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      if (!prediction.refused) throw new Error(`refused, but the model expected it to succeed: ${error.message}`);
      expectSame(this.reader.dump(), before, 'the project after a refused call');
      expectSame(this.store.historyState(), history, 'the history after a refused call');
      return null;
    }
    if (prediction.refused) throw new Error(`succeeded, but the model expected a refusal: ${JSON.stringify(value)}`);
    return { value };
  }

  private replayOnce(stack: Stack): void {
    const before = this.reader.dump();
    const expected = this.history.expectation(stack, before);
    this.count(stack, expected.kind);
    let step: HistoryStep | null;
    try {
      step = stack === 'undo' ? this.store.undo() : this.store.redo();
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      if (expected.kind === 'exact') {
        throw new Error(`${stack} was refused, but the model expected it to work: ${error.message}`);
      }
      expectSame(this.reader.dump(), before, `the project after a refused ${stack}`);
      this.history.refused(stack);
      this.check();
      return;
    }
    if (expected.kind === 'nothing') {
      expectSame(step, null, `${stack} with nothing to ${stack}`);
      expectSame(this.reader.dump(), before, `the project after ${stack} with nothing to ${stack}`);
      return;
    }
    if (expected.kind === 'refused') {
      throw new Error(`${stack} of “${expected.description}” needs something removed since, but was not refused`);
    }
    expectSame(step?.description, expected.description, `the ${stack} step`);
    const after = this.reader.dump();
    if (expected.kind === 'exact' || expected.kind === 'refused-or-exact') {
      expectSame(historyPart(after), expected.state, `the state ${stack} returns to`);
    }
    expectSame(outsidePart(after), outsidePart(before), `what lies outside history after ${stack}`);
    this.history.replayed(stack, before, after);
    const previous = this.model.view();
    this.model = ProjectModel.read(this.store);
    const missed = changedArticles(previous, this.model.view()).filter((id) => !step?.articleIds.includes(id));
    expectSame(missed, [], `articles changed by ${stack} but not named by its step (the UI would not reload them)`);
    this.check();
  }

  private check(): void {
    expectSame(storeView(this.store), this.model.view(), 'the project');
    expectSame(
      this.store.historyState(),
      { undo: this.history.top('undo'), redo: this.history.top('redo') },
      'the history',
    );
    checkInvariants(this.model);
    checkAuthorship(this.store);
    checkContractReads(this.store);
    expectSame(this.reader.problems({ full: false }), [], 'the foreign keys');
    expectSame(this.reader.summaryDrift(), [], 'the analysis summaries against a recount');
  }

  private count(what: string, outcome: string): void {
    const key = `${what.split(' ')[0] ?? what}: ${outcome}`;
    this.tally.set(key, (this.tally.get(key) ?? 0) + 1);
  }

  private step(what: string, run: () => void): void {
    this.steps++;
    try {
      run();
    } catch (error) {
      const shown = what.length > 300 ? `${what.slice(0, 300)}…` : what;
      if (error instanceof Error) error.message = `step ${this.steps}, ${shown}: ${error.message}`;
      throw error;
    }
  }
}

function changedArticles(before: ProjectView, after: ProjectView): number[] {
  return after.articles
    .filter(
      (article) =>
        !isDeepStrictEqual(
          withoutAuthorship(article),
          withoutAuthorship(before.articles.find((a) => a.id === article.id)),
        ),
    )
    .map((article) => article.id);
}
