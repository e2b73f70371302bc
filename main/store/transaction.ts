import type { DatabaseSync } from 'node:sqlite';
import { explainStorageError } from './sqlite-errors';
import { failCommitIfDiskFull } from './storage-faults';

/**
 * Runs one user action as one transaction: either all of it is on disk when this returns, or none
 * of it is. IMMEDIATE takes the write lock up front so the action cannot fail halfway on a busy lock.
 */
export function inTransaction<T>(db: DatabaseSync, projectName: string, action: () => T): T {
  // Inside ProjectStore.atomically (an annotation import) every call joins the one open transaction.
  if (db.isTransaction) return action();
  try {
    db.exec('BEGIN IMMEDIATE');
    const result = action();
    failCommitIfDiskFull(db);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- BEGIN changed it; TypeScript keeps the narrowing from the early return.
    if (db.isTransaction) db.exec('ROLLBACK');
    throw explainStorageError(error, projectName);
  }
}
