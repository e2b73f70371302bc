import { lstatSync, rmSync, type Stats } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { WorkbenchError } from '../../shared/ipc/errors';
import { describeNonFile } from '../fs/regular-file';
import { isLockedByAnother } from './sqlite-errors';

/** The files SQLite keeps beside a database while it is open, or leaves there after a crash. */
const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * True when another connection, in this process or another, has the database at `path` open. A
 * connection that holds no lock itself asks for an exclusive one and gives up at once instead of
 * waiting; an open WAL connection keeps a shared lock for as long as it is open.
 */
function isOpenElsewhere(path: string): boolean {
  let probe: DatabaseSync | undefined;
  try {
    probe = new DatabaseSync(path, { timeout: 0 });
    probe.exec('PRAGMA locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    // Anything else (not a database, damaged) is a file the user chose to replace.
    return isLockedByAnother(error);
  } finally {
    probe?.close();
  }
}

/**
 * Makes way for a new project file at `target` (Save project as… over an existing file). A target
 * another window or program has open is refused, as replacing it would pull the file out from under
 * that session. The write-ahead log, shared-memory index and rollback journal a crashed session
 * left beside the target are removed: SQLite would replay them onto the new file and damage it.
 */
export function clearProjectTarget(target: string, displayName: string): void {
  const stats = statOrNull(target);
  if (stats !== null && !stats.isFile() && !stats.isSymbolicLink()) {
    throw new WorkbenchError(
      'invalid-argument',
      `"${displayName}" is ${describeNonFile(stats)}, not a project file, so it was not replaced. Choose another name.`,
    );
  }
  // Renaming replaces a link itself, never the file it points to, so only a real file is probed.
  if (stats?.isFile() === true && isOpenElsewhere(target)) {
    throw new WorkbenchError(
      'invalid-argument',
      `"${displayName}" is open in another window or program, so it was not replaced. Close it there, or choose another name.`,
    );
  }
  for (const suffix of SIDECAR_SUFFIXES) rmSync(`${target}${suffix}`, { force: true });
}
