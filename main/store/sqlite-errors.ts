import { WorkbenchError } from '../../shared/ipc/errors';

// Primary result codes from sqlite3.h; extended codes carry the primary code in their low byte.
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_CONSTRAINT = 19;
const SQLITE_NOTADB = 26;

function sqliteResultCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return undefined;
  const code = error.errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

/** A UNIQUE, FOREIGN KEY, CHECK or NOT NULL constraint refused a write. */
export function isConstraintViolation(error: unknown): boolean {
  return sqliteResultCode(error) === SQLITE_CONSTRAINT;
}

/** Another connection holds a lock that this one asked for (and gave up waiting for). */
export function isLockedByAnother(error: unknown): boolean {
  const code = sqliteResultCode(error);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}

/**
 * Turns what SQLite reports into a sentence the user can act on. Anything unrecognised is
 * rethrown as is, and the dispatcher logs it as an internal error.
 */
export function explainStorageError(error: unknown, projectName: string): unknown {
  switch (sqliteResultCode(error)) {
    case SQLITE_FULL:
      return new WorkbenchError(
        'disk-full',
        `The disk holding "${projectName}" is full. The last change was not saved; everything saved before it is intact. Free some space and try again.`,
      );
    case SQLITE_READONLY:
      return new WorkbenchError(
        'read-only',
        `"${projectName}" is read-only, so the change was not saved. Use File › Save project as… to continue in a copy.`,
      );
    case SQLITE_IOERR:
      return new WorkbenchError(
        'io',
        `The change could not be written to "${projectName}" (input/output error). Everything saved before it is intact.`,
      );
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return new WorkbenchError('project-corrupt', `"${projectName}" is damaged and cannot be used.`);
    case SQLITE_CANTOPEN:
      return new WorkbenchError('io', `"${projectName}" could not be opened.`);
    default:
      return error;
  }
}
