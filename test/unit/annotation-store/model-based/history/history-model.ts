import { isDeepStrictEqual } from 'node:util';
import { historyPart, type Dump, type ForeignKey, type Row } from './database-dump';

export type Stack = 'undo' | 'redo';

/** A step undo or redo would replay, as the states it leads from and to, with its name in the Edit menu. */
interface KeptStep {
  readonly description: string;
  /**
   * The history-owned part of the state replaying starts from and of the state it leads to, with
   * later changes made outside history carried into both.
   */
  readonly from: Dump;
  readonly to: Dump;
  /** Label uids in `to`: a removed label's id taken by a new label does not name the old label. */
  readonly labelUids: ReadonlyMap<number, string>;
  /**
   * A change outside history met a row a kept state holds differently (a step in between changed
   * it): what replaying gives is then only checked for consistency, not row by row.
   */
  loose: boolean;
  /** A row the step changes was deleted or re-used outside history since: replaying must be refused. */
  stale: boolean;
  /**
   * A row the step may have written (an UPDATE journals a row even where it sets the values it
   * had) was changed outside history since, by moving it to another label: replaying it would put
   * back the removed label, so it may be refused; if not, it must land on the kept state exactly.
   */
  mayBeRefused: boolean;
}

/** What undoing or redoing must do now. */
export type Expectation =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'exact'; readonly description: string; readonly state: Dump }
  /** The step needs something removed outside history: refused, with nothing changed and that stack emptied. */
  | { readonly kind: 'refused'; readonly description: string }
  | { readonly kind: 'refused-or-exact'; readonly description: string; readonly state: Dump }
  | { readonly kind: 'refused-or-consistent'; readonly description: string };

/**
 * The model of the undo and redo stacks: for each step, the states (canonical dumps) it leads from
 * and to. Changes made outside history (labels, articles, the trash) are carried into every kept
 * state as SQLite would have made them there, so a replay must still land on exactly the kept state,
 * or be refused where the change took away something the step needs.
 */
export class HistoryModel {
  private readonly stacks: Record<Stack, KeptStep[]> = { undo: [], redo: [] };

  constructor(private readonly foreignKeys: readonly ForeignKey[]) {}

  top(stack: Stack): string | null {
    return this.stacks[stack].at(-1)?.description ?? null;
  }

  /** A new step led from `before` to `after`; it empties the redo stack. */
  recorded(before: Dump, after: Dump, description: string): void {
    this.stacks.undo.push(kept(after, before, description));
    this.stacks.redo = [];
  }

  expectation(stack: Stack, current: Dump): Expectation {
    const top = this.stacks[stack].at(-1);
    if (top === undefined) return { kind: 'nothing' };
    const { description } = top;
    if (top.stale) return { kind: 'refused', description };
    if (top.loose) return { kind: 'refused-or-consistent', description };
    if (!isDeepStrictEqual(historyPart(current), top.from)) {
      throw new Error(`the model of the ${stack} stack lost track: “${description}” does not start from here`);
    }
    if (this.refersToMissing(top, current)) return { kind: 'refused', description };
    return { kind: top.mayBeRefused ? 'refused-or-exact' : 'exact', description, state: top.to };
  }

  /** The top step of `stack` was replayed from `before` to `after`; it moves to the other stack. */
  replayed(stack: Stack, before: Dump, after: Dump): void {
    const step = this.stacks[stack].pop();
    if (step === undefined) throw new Error(`nothing to ${stack}`);
    this.stacks[stack === 'undo' ? 'redo' : 'undo'].push(kept(after, before, step.description));
  }

  refused(stack: Stack): void {
    this.stacks[stack] = [];
  }

  forget(): void {
    this.stacks.undo = [];
    this.stacks.redo = [];
  }

  /** Carries a change made outside history (from `before` to `after`) into every kept step. */
  changedOutside(before: Dump, after: Dump): void {
    const old = historyPart(before);
    const now = historyPart(after);
    const steps = [...this.stacks.undo, ...this.stacks.redo];
    for (const table of new Set([...Object.keys(old), ...Object.keys(now)])) {
      const oldRows = old[table] ?? {};
      const newRows = now[table] ?? {};
      for (const rowid of new Set([...Object.keys(oldRows), ...Object.keys(newRows)].map(Number))) {
        const was = oldRows[rowid];
        const is = newRows[rowid];
        if (isDeepStrictEqual(was, is)) continue;
        for (const step of steps) carryIntoStep(step, table, rowid, was, is);
      }
    }
  }

  /** Whether the state a step leads to refers to a row or label that is gone now, which no replay brings back. */
  private refersToMissing(step: KeptStep, current: Dump): boolean {
    return this.foreignKeys.some(({ table, column, parent }) =>
      Object.values(step.to[table] ?? {}).some((row) => {
        const id = row[column];
        if (id === null || id === undefined) return false;
        const parentRow = (step.to[parent] ?? current[parent] ?? {})[Number(id)];
        if (parentRow === undefined) return true;
        const uid = step.labelUids.get(Number(id));
        return parent === 'label' && uid !== undefined && parentRow.uid !== uid;
      }),
    );
  }
}

function kept(from: Dump, to: Dump, description: string): KeptStep {
  const labelUids = new Map(Object.entries(to.label ?? {}).map(([id, row]) => [Number(id), String(row.uid)]));
  return {
    description,
    from: structuredClone(historyPart(from)),
    to: structuredClone(historyPart(to)),
    labelUids,
    loose: false,
    stale: false,
    mayBeRefused: false,
  };
}

/**
 * One row's change made outside history, carried into a step. The step goes stale if the change
 * takes away a row the step changes (it could only do nothing there) or takes the rowid of one it
 * would put back (they would clash).
 */
function carryIntoStep(step: KeptStep, table: string, rowid: number, was: Row | undefined, is: Row | undefined) {
  const from = step.from[table]?.[rowid];
  const to = step.to[table]?.[rowid];
  const changesRow = !isDeepStrictEqual(from, to);
  if (changesRow && ((is === undefined && from !== undefined) || (was === undefined && to !== undefined))) {
    step.stale = true;
  }
  if (was !== undefined && is !== undefined && from !== undefined) step.mayBeRefused = true;
  step.loose = !carry(step.from, table, rowid, was, is) || !carry(step.to, table, rowid, was, is) || step.loose;
}

/**
 * One row's change made outside history, applied to a kept state where that row is as it was then.
 * Returns false where the state holds the row differently, so the change's effect there is unknown.
 */
function carry(state: Dump, table: string, rowid: number, was: Row | undefined, is: Row | undefined): boolean {
  const rows = (state[table] ??= {});
  const held = rows[rowid];
  if (was === undefined) {
    if (held !== undefined || is === undefined) return false;
    rows[rowid] = is;
    return true;
  }
  // A row the state does not hold was made by a later step: the change does not reach the state.
  if (held === undefined) return true;
  if (!isDeepStrictEqual(held, was)) return false;
  if (is === undefined) Reflect.deleteProperty(rows, rowid);
  else rows[rowid] = is;
  return true;
}
