import type { DatabaseSync } from 'node:sqlite';

/**
 * A storage failure imposed on one connection, so tests (unit and end to end) can show what a
 * failed write looks like without a full disk or a read-only mount, which need rights test runners
 * lack. Both fail through the store's real path: one transaction, rolled back, the error explained
 * by explainStorageError from SQLite's own result code.
 * - 'read-only': query_only, so SQLite itself refuses every write with SQLITE_READONLY, as on a
 *   read-only file.
 * - 'disk-full': max_page_count is pinned to the current size, so a write that needs one more page
 *   fails in SQLite's pager with SQLITE_FULL; a small write that still fits in existing pages would
 *   slip through, so, as a full disk does when the WAL cannot grow, its COMMIT fails with SQLITE_FULL.
 */
export type StorageFault = 'disk-full' | 'read-only';

/** SQLite's primary result code for "database or disk is full". */
const SQLITE_FULL = 13;

interface FaultState {
  fault: StorageFault | null;
  /** The connection's limit before any fault, so clearing the fault restores exactly that. */
  unfaultedMaxPageCount: number;
}

const faults = new WeakMap<DatabaseSync, FaultState>();

function pragmaNumber(db: DatabaseSync, pragma: string): number {
  return Number(Object.values(db.prepare(`PRAGMA ${pragma}`).get() ?? {})[0]);
}

/** Imposes `fault` on the connection, or with null clears whichever fault it has. */
export function imposeStorageFault(db: DatabaseSync, fault: StorageFault | null): void {
  const state = faults.get(db) ?? { fault: null, unfaultedMaxPageCount: pragmaNumber(db, 'max_page_count') };
  faults.set(db, state);
  state.fault = fault;
  db.exec(`PRAGMA query_only = ${fault === 'read-only' ? 'ON' : 'OFF'}`);
  const limit = fault === 'disk-full' ? pragmaNumber(db, 'page_count') : state.unfaultedMaxPageCount;
  db.exec(`PRAGMA max_page_count = ${String(limit)}`);
}

/**
 * Called by inTransaction just before COMMIT: under 'disk-full' the commit fails as node:sqlite
 * reports SQLITE_FULL, and the caller rolls the transaction back. A no-op for a connection without
 * a fault.
 */
export function failCommitIfDiskFull(db: DatabaseSync): void {
  if (faults.get(db)?.fault !== 'disk-full') return;
  throw Object.assign(new Error('database or disk is full'), {
    code: 'ERR_SQLITE_ERROR',
    errcode: SQLITE_FULL,
    errstr: 'database or disk is full',
  });
}
