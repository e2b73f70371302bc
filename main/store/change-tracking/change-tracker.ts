import type { DatabaseSync } from 'node:sqlite';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { HistoryState } from '../../../shared/model/history';
import type { ProjectInfo } from '../../../shared/model/project';
import { inTransaction } from '../transaction';
import { MentionCounts } from './mention-counts';
import { readChangeSet } from './read-change-set';
import { TouchedRowLog } from './touched-rows';

export type ChangeListener = (changes: ChangeSet) => void;

/** Where the parts that are not rows come from. */
export interface ChangeSources {
  history(): HistoryState;
  project(): ProjectInfo;
}

function sameHistory(a: HistoryState, b: HistoryState): boolean {
  return a.undo === b.undo && a.redo === b.redo;
}

/**
 * Runs a connection's writes as transactions and tells listeners, after each committed outermost
 * one, what it changed (a ChangeSet). A rolled-back transaction takes what it touched with it, so
 * a refused write announces nothing.
 */
export class ChangeTracker {
  private readonly log: TouchedRowLog;
  private readonly mentionCounts: MentionCounts;
  private readonly listeners = new Set<ChangeListener>();
  /** What Undo and Redo offered after the last announced write, so a change to them is noticed. */
  private announcedHistory: HistoryState | null = null;
  /** Whether the running transaction records or replays a step of undo history. */
  private historyStep = false;

  constructor(
    private readonly db: DatabaseSync,
    private readonly projectName: string,
    private readonly sources: ChangeSources,
  ) {
    this.log = new TouchedRowLog(db);
    this.mentionCounts = new MentionCounts(db);
  }

  /** Calls `listener` after every committed write that changed something; returns the unsubscribe function. */
  onChanged(listener: ChangeListener): () => void {
    if (this.listeners.size === 0) this.announcedHistory = this.sources.history();
    // Wrapped, so that subscribing one function twice calls it twice and each unsubscribe removes one.
    const subscription: ChangeListener = (changes) => listener(changes);
    this.listeners.add(subscription);
    return () => {
      this.listeners.delete(subscription);
    };
  }

  /** Marks the running transaction as one that records or replays a step of undo history. */
  markHistoryStep(): void {
    this.historyStep = true;
  }

  /**
   * Runs `action` as one transaction (inTransaction) and, once it is committed, announces what it
   * changed, before returning. Inside a transaction already, `action` joins it, and the outermost
   * one announces everything.
   */
  commit<T>(action: () => T): T {
    if (this.db.isTransaction) return action();
    try {
      const [result, pending] = inTransaction(this.db, this.projectName, () => {
        const value = action();
        // Read before COMMIT, so the rows are those this transaction left.
        return [value, this.collect()] as const;
      });
      if (pending !== null) this.announce(pending);
      return result;
    } finally {
      this.historyStep = false;
    }
  }

  private collect(): { changes: ChangeSet; history: HistoryState } | null {
    if (this.listeners.size === 0 || this.announcedHistory === null) {
      this.log.discard();
      // Counts are kept up to date from what each write changed, and this write's changes are gone.
      this.mentionCounts.forget();
      return null;
    }
    const touched = this.log.take();
    const changes =
      touched === null
        ? {}
        : readChangeSet(this.db, touched, {
            project: () => this.sources.project(),
            mentionCounts: this.mentionCounts,
          });
    const history = this.sources.history();
    const historyChanged = !sameHistory(history, this.announcedHistory);
    if (!historyChanged && Object.keys(changes).length === 0) return null;
    if (historyChanged || this.historyStep) changes.history = history;
    return { changes, history };
  }

  /**
   * The write is committed and its caller waits for its result: a listener that throws must not
   * turn it into a failure, so its error is rethrown on its own, where the process reports it.
   */
  private announce({ changes, history }: { changes: ChangeSet; history: HistoryState }): void {
    this.announcedHistory = history;
    if (changes.entities !== undefined) this.mentionCounts.remember(changes.entities);
    for (const listener of [...this.listeners]) {
      try {
        listener(changes);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
