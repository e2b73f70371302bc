import { DatabaseSync } from 'node:sqlite';

/** Runs SQLite's full integrity check on a second, read-only connection and returns its rows. */
export function integrityCheck(path: string): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((row) => String(Object.values(row)[0]));
  } finally {
    db.close();
  }
}
