import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { WorkbenchError } from '../../shared/ipc/errors';
import type { HistoryState, HistoryStep } from '../../shared/model/history';
import { Journal, type Inverse } from './history-journal';
import { isConstraintViolation } from './sqlite-errors';
import { prepared } from './prepared-statements';

export const HISTORY_LIMITS = {
  /** How many steps Undo goes back. */
  steps: 500,
  /** Characters of old values kept (about 64 MB), so editing a long text many times cannot fill the disk. */
  characters: 64 * 1024 * 1024,
} as const;

/** Rough bookkeeping cost of one journal entry beyond its values, in characters. */
const ENTRY_OVERHEAD = 32;
/** Entries replayed per read of the journal, so a step of 100,000 rows is never held in memory at once. */
const REPLAY_BATCH = 1000;

type Stack = 'undo' | 'redo';

interface JournalEntry {
  seq: number;
  table_name: string;
  inverse: Inverse;
  row_id: number;
  old_values: string | null;
}

/** A step that cannot be replayed because the project changed outside history since it was recorded. */
class StaleStepError extends WorkbenchError {}

/** A row a step changed is gone (deleted outside history, say with its label): replaying it would do nothing. */
class MissingRowError extends Error {}

/**
 * The undo and redo stacks of one open project. Each step is the journal (history-journal.ts) of one
 * user action; undoing replays it backwards in one transaction while journalling that replay as the
 * redo step, and redoing does the same the other way. A new action empties the redo stack.
 *
 * Labels, article imports, the trash and metadata have flows of their own and are not in history,
 * but their changes can leave a step pointing at something gone. Such a replay is refused with a
 * message, changes nothing, and drops that stack, as the steps below it depend on it.
 */
export class History {
  private readonly journal: Journal;

  constructor(
    private readonly db: DatabaseSync,
    /** Runs its argument as one transaction (inTransaction), as every user action is. */
    private readonly transact: <T>(action: () => T) => T,
    /**
     * Runs in the replay's transaction once its rows are back, outside the journal: for what
     * follows the text but is not history's to restore (a guessed language).
     */
    private readonly afterReplay: (articleIds: readonly number[]) => void = () => undefined,
  ) {
    this.journal = new Journal(db);
  }

  /**
   * Runs a user action, inside the caller's transaction, as one undoable step described by
   * `describe`. A recorded action calling another joins its step.
   */
  record<T>(action: () => T, describe: (result: T) => string): T {
    this.journal.ensure();
    if (prepared(this.db, 'SELECT 1 FROM temp.history_recording').get() !== undefined) return action();
    const stepId = this.begin('undo', '');
    let result: T;
    try {
      result = action();
    } catch (error) {
      // Normally the caller's rollback discards the step; this keeps a caught failure from leaving it open.
      this.stopRecording();
      prepared(this.db, 'DELETE FROM temp.history_step WHERE id = ?').run(stepId);
      throw error;
    }
    if (this.finish(stepId, describe(result))) {
      prepared(this.db, "DELETE FROM temp.history_step WHERE stack = 'redo'").run();
      this.trim();
    }
    return result;
  }

  undo(): HistoryStep | null {
    return this.replay('undo');
  }

  redo(): HistoryStep | null {
    return this.replay('redo');
  }

  state(): HistoryState {
    this.journal.ensure();
    return { undo: this.top('undo')?.description ?? null, redo: this.top('redo')?.description ?? null };
  }

  private replay(from: Stack): HistoryStep | null {
    const to: Stack = from === 'undo' ? 'redo' : 'undo';
    try {
      return this.transact(() => {
        this.journal.ensure();
        const step = this.top(from);
        if (step === undefined) return null;
        this.assertLabelsRemain(step, from);
        const articleIds = this.articlesOf(step.id);
        // Rows come back in reverse order of their removal, children before parents; references are
        // checked once the whole step is back.
        this.db.exec('PRAGMA defer_foreign_keys = ON');
        const target = this.begin(to, step.description);
        this.applyInverse(step.id);
        prepared(
          this.db,
          'INSERT OR IGNORE INTO temp.history_article (step_id, article_id) SELECT ?, article_id FROM temp.history_article WHERE step_id = ?',
        ).run(target, step.id);
        this.finish(target, step.description);
        prepared(this.db, 'DELETE FROM temp.history_step WHERE id = ?').run(step.id);
        this.afterReplay(articleIds);
        if (to === 'undo') this.trim();
        return { description: step.description, articleIds };
      });
    } catch (error) {
      if (error instanceof StaleStepError) {
        this.forget(from);
        throw error;
      }
      if (!isConstraintViolation(error) && !(error instanceof MissingRowError)) throw error;
      const description = this.top(from)?.description ?? 'The last action';
      this.forget(from);
      throw new StaleStepError(
        'not-found',
        `${from === 'undo' ? 'Undo' : 'Redo'} is not possible: something “${description}” needs has been removed or changed since. Nothing was changed, and the ${from} history has been cleared.`,
      );
    }
  }

  private begin(stack: Stack, description: string): number {
    const stepId = Number(
      prepared(this.db, 'INSERT INTO temp.history_step (stack, description) VALUES (?, ?)').run(stack, description)
        .lastInsertRowid,
    );
    prepared(this.db, 'INSERT INTO temp.history_recording (step_id) VALUES (?)').run(stepId);
    return stepId;
  }

  private stopRecording(): void {
    prepared(this.db, 'DELETE FROM temp.history_recording').run();
  }

  /** Closes a step; a step that changed nothing is dropped. Returns whether it was kept. */
  private finish(stepId: number, description: string): boolean {
    this.stopRecording();
    const { entries, size } = prepared(
      this.db,
      `SELECT count(*) AS entries, coalesce(sum(length(old_values)), 0) + count(*) * ? AS size
         FROM temp.history_entry WHERE step_id = ?`,
    ).get(ENTRY_OVERHEAD, stepId) as { entries: number; size: number };
    if (entries === 0) {
      prepared(this.db, 'DELETE FROM temp.history_step WHERE id = ?').run(stepId);
      return false;
    }
    prepared(this.db, 'UPDATE temp.history_step SET description = ?, size = ? WHERE id = ?').run(
      description,
      size,
      stepId,
    );
    // Labels are identified by uid as well, so a removed label whose id a new one took is still missed.
    prepared(
      this.db,
      `UPDATE temp.history_label SET uid = l.uid, name = l.name FROM main.label l
         WHERE l.id = history_label.label_id AND history_label.step_id = ?`,
    ).run(stepId);
    return true;
  }

  private top(stack: Stack): { id: number; description: string } | undefined {
    return prepared(
      this.db,
      'SELECT id, description FROM temp.history_step WHERE stack = ? ORDER BY id DESC LIMIT 1',
    ).get(stack) as { id: number; description: string } | undefined;
  }

  private articlesOf(stepId: number): number[] {
    const rows = prepared(
      this.db,
      'SELECT article_id FROM temp.history_article WHERE step_id = ? ORDER BY article_id',
    ).all(stepId) as { article_id: number }[];
    return rows.map((row) => row.article_id);
  }

  private assertLabelsRemain(step: { id: number; description: string }, from: Stack): void {
    const missing = prepared(
      this.db,
      `SELECT h.name FROM temp.history_label h WHERE h.step_id = ?
         AND NOT EXISTS (SELECT 1 FROM main.label l WHERE l.id = h.label_id AND l.uid IS h.uid) LIMIT 1`,
    ).get(step.id) as { name: string | null } | undefined;
    if (missing === undefined) return;
    throw new StaleStepError(
      'not-found',
      `${from === 'undo' ? 'Undo' : 'Redo'} is not possible: the label “${missing.name ?? '?'}” that “${step.description}” needs has been removed. Nothing was changed, and the ${from} history has been cleared.`,
    );
  }

  private applyInverse(stepId: number): void {
    const batch = prepared(
      this.db,
      `SELECT seq, table_name, inverse, row_id, old_values FROM temp.history_entry
       WHERE step_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
    );
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const entries = batch.all(stepId, before, REPLAY_BATCH) as unknown as JournalEntry[];
      const last = entries[entries.length - 1];
      if (last === undefined) return;
      for (const entry of entries) this.apply(entry);
      before = last.seq;
    }
  }

  private apply(entry: JournalEntry): void {
    const statement = this.statement(entry.table_name, entry.inverse);
    if (entry.inverse === 'insert') {
      const values = storedValues(entry.old_values);
      if (this.journal.shape(entry.table_name).separateRowid) statement.run(entry.row_id, ...values);
      else statement.run(...values);
      return;
    }
    const changes =
      entry.inverse === 'delete'
        ? statement.run(entry.row_id).changes
        : statement.run(...storedValues(entry.old_values), entry.row_id).changes;
    // A row put back clashes with one already there (a constraint says so); one to delete or change must be there.
    if (Number(changes) === 0) throw new MissingRowError(`${entry.table_name} ${entry.row_id} is gone`);
  }

  private statement(table: string, inverse: Inverse): StatementSync {
    return prepared(this.db, this.journal.shape(table).replaySql[inverse]);
  }

  /** Keeps the newest steps within HISTORY_LIMITS, and always the newest one. */
  private trim(): void {
    const { steps, size } = prepared(
      this.db,
      "SELECT count(*) AS steps, coalesce(sum(size), 0) AS size FROM temp.history_step WHERE stack = 'undo'",
    ).get() as { steps: number; size: number };
    if (steps <= HISTORY_LIMITS.steps && size <= HISTORY_LIMITS.characters) return;
    prepared(
      this.db,
      `DELETE FROM temp.history_step WHERE stack = 'undo' AND id <= (
           SELECT id FROM (
             SELECT id, row_number() OVER newest AS n, sum(size) OVER newest AS total
             FROM temp.history_step WHERE stack = 'undo' WINDOW newest AS (ORDER BY id DESC)
           ) WHERE n > ? OR (n > 1 AND total > ?) ORDER BY id DESC LIMIT 1)`,
    ).run(HISTORY_LIMITS.steps, HISTORY_LIMITS.characters);
  }

  /** A transaction of its own: the replay that found the stack stale has been rolled back. */
  private forget(stack: Stack): void {
    this.transact(() => prepared(this.db, 'DELETE FROM temp.history_step WHERE stack = ?').run(stack));
  }
}

function storedValues(json: string | null): SQLInputValue[] {
  const values: unknown = JSON.parse(json ?? 'null');
  if (!Array.isArray(values)) throw new Error('A history entry holds no row values.');
  return values.map((value: unknown) => {
    if (value === null || typeof value === 'string' || typeof value === 'number') return value;
    throw new Error('A history entry holds a value of an unexpected type.');
  });
}
