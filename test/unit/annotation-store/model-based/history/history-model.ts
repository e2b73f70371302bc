import { isDeepStrictEqual } from 'node:util';
import { historyPart, type Dump, type ForeignKey, type Row } from './database-dump';

export type Stack = 'undo' | 'redo';

/** A state undo or redo must return to, with the step's name as the Edit menu shows it. */
interface Snapshot {
  readonly description: string;
  /** The history-owned part of that state, with later changes made outside history carried into it. */
  readonly state: Dump;
  /** Label uids at the time: a removed label's id taken by a new label does not name the old label. */
  readonly labelUids: ReadonlyMap<number, string>;
  /**
   * A change outside history met a row this state holds differently (it was changed by a step in
   * between): what returning gives is then only checked for consistency, not row by row.
   */
  loose: boolean;
}

/** What undoing or redoing must do now. */
export type Expectation =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'exact'; readonly description: string; readonly state: Dump }
  /** The state to return to refers to something removed outside history: refused, and that stack emptied. */
  | { readonly kind: 'refused'; readonly description: string }
  | { readonly kind: 'refused-or-consistent'; readonly description: string };

/**
 * The model of the undo and redo stacks: the states (canonical dumps) each step leads back to.
 * Changes made outside history (labels, articles, the trash) are carried into every kept state as
 * SQLite would have made them there, so undo must still land on exactly the kept state.
 */
export class HistoryModel {
  private readonly stacks: Record<Stack, Snapshot[]> = { undo: [], redo: [] };

  constructor(private readonly foreignKeys: readonly ForeignKey[]) {}

  top(stack: Stack): string | null {
    return this.stacks[stack].at(-1)?.description ?? null;
  }

  /** A new step was recorded from the state `before`; it empties the redo stack. */
  recorded(before: Dump, description: string): void {
    this.stacks.undo.push(snapshot(before, description));
    this.stacks.redo = [];
  }

  expectation(stack: Stack, current: Dump): Expectation {
    const top = this.stacks[stack].at(-1);
    if (top === undefined) return { kind: 'nothing' };
    const { description } = top;
    if (top.loose) return { kind: 'refused-or-consistent', description };
    if (this.refersToMissing(top, current)) return { kind: 'refused', description };
    return { kind: 'exact', description, state: top.state };
  }

  /** The top step of `stack` was replayed from the state `before`; it moves to the other stack. */
  replayed(stack: Stack, before: Dump): void {
    const step = this.stacks[stack].pop();
    if (step === undefined) throw new Error(`nothing to ${stack}`);
    this.stacks[stack === 'undo' ? 'redo' : 'undo'].push(snapshot(before, step.description));
  }

  refused(stack: Stack): void {
    this.stacks[stack] = [];
  }

  forget(): void {
    this.stacks.undo = [];
    this.stacks.redo = [];
  }

  /** Carries a change made outside history (from `before` to `after`) into every kept state. */
  changedOutside(before: Dump, after: Dump): void {
    const old = historyPart(before);
    const now = historyPart(after);
    const kept = [...this.stacks.undo, ...this.stacks.redo];
    for (const table of new Set([...Object.keys(old), ...Object.keys(now)])) {
      const oldRows = old[table] ?? {};
      const newRows = now[table] ?? {};
      for (const rowid of new Set([...Object.keys(oldRows), ...Object.keys(newRows)].map(Number))) {
        const was = oldRows[rowid];
        const is = newRows[rowid];
        if (isDeepStrictEqual(was, is)) continue;
        for (const state of kept) carry(state, table, rowid, was, is);
      }
    }
  }

  /** Whether the state refers to a row or label that is gone now, which no replay can bring back. */
  private refersToMissing(snapshot: Snapshot, current: Dump): boolean {
    return this.foreignKeys.some(({ table, column, parent }) =>
      Object.values(snapshot.state[table] ?? {}).some((row) => {
        const id = row[column];
        if (id === null || id === undefined) return false;
        const parentRow = (snapshot.state[parent] ?? current[parent] ?? {})[Number(id)];
        if (parentRow === undefined) return true;
        const uid = snapshot.labelUids.get(Number(id));
        return parent === 'label' && uid !== undefined && parentRow.uid !== uid;
      }),
    );
  }
}

function snapshot(dump: Dump, description: string): Snapshot {
  const labelUids = new Map(Object.entries(dump.label ?? {}).map(([id, row]) => [Number(id), String(row.uid)]));
  return { description, state: structuredClone(historyPart(dump)), labelUids, loose: false };
}

/** One row's change made outside history, applied to a kept state where that row is as it was then. */
function carry(snapshot: Snapshot, table: string, rowid: number, was: Row | undefined, is: Row | undefined): void {
  const rows = (snapshot.state[table] ??= {});
  const held = rows[rowid];
  if (was === undefined) {
    if (held === undefined && is !== undefined) rows[rowid] = is;
    else snapshot.loose = true;
  } else if (held !== undefined) {
    // A row the state does not hold was made by a later step: the change does not reach the state.
    if (!isDeepStrictEqual(held, was)) snapshot.loose = true;
    else if (is === undefined) Reflect.deleteProperty(rows, rowid);
    else rows[rowid] = is;
  }
}
