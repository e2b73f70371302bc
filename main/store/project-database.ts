import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { WorkbenchError } from '../../shared/ipc/errors';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { explainStorageError } from './sqlite-errors';
import { sniffFileKind, WORKBENCH_APPLICATION_ID } from './sqlite-file';
import { TEXT_HASH_SQL_FUNCTION, textHash } from './text-hash';
import { inTransaction } from './transaction';

const BUSY_TIMEOUT_MS = 5000;

function pragmaNumber(db: DatabaseSync, pragma: string): number {
  const row = db.prepare(`PRAGMA ${pragma}`).get() as Record<string, unknown> | undefined;
  const value = row === undefined ? undefined : Object.values(row)[0];
  return typeof value === 'number' ? value : 0;
}

function connect(path: string, readOnly = false): DatabaseSync {
  try {
    return new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS, enableForeignKeyConstraints: true, readOnly });
  } catch (error) {
    throw explainStorageError(error, path);
  }
}

/**
 * How much of the file is read on open: 'quick' runs PRAGMA quick_check, which reads every page
 * (seconds on a 500 MB project); 'none' is for a file known to be as a clean close left it, which
 * the store host decides (main/store-host/clean-closes.ts). The cheap checks below run either way.
 */
export type OpenCheck = 'quick' | 'none';

/** The rows of an integrity pragma that report a problem; none when the file is intact. */
function integrityProblems(db: DatabaseSync, pragma: 'quick_check' | 'integrity_check'): string[] {
  return db
    .prepare(`PRAGMA ${pragma}`)
    .all()
    .map((row) => String(Object.values(row)[0]))
    .filter((value) => value !== 'ok');
}

/** SQLite's full integrity check (every page, every index against its table); slow on a large project. */
export function fullIntegrityProblems(db: DatabaseSync): string[] {
  try {
    return integrityProblems(db, 'integrity_check');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/**
 * Everything here only reads, so a file that fails a check is left exactly as it was.
 * WAL recovery of a cleanly ours-but-interrupted file is the one write SQLite may do, and that is
 * the recovery the user wants.
 */
function assertUsableProject(db: DatabaseSync, displayName: string, check: OpenCheck): void {
  let problems: string[] = [];
  try {
    if (check === 'quick') problems = integrityProblems(db, 'quick_check');
  } catch (error) {
    const explained = explainStorageError(error, displayName);
    if (explained instanceof WorkbenchError) throw explained;
    throw new WorkbenchError('project-corrupt', `"${displayName}" is damaged and cannot be opened.`);
  }
  if (problems.length > 0) {
    throw new WorkbenchError(
      'project-corrupt',
      `"${displayName}" is damaged (${String(problems[0])}). It was not changed; open a backup or another project.`,
    );
  }
  const applicationId = pragmaNumber(db, 'application_id');
  const userVersion = pragmaNumber(db, 'user_version');
  // schema_version counts schema changes: zero only for a database nobody has created tables in.
  const schemaCookie = pragmaNumber(db, 'schema_version');
  if (applicationId !== WORKBENCH_APPLICATION_ID && (applicationId !== 0 || userVersion !== 0 || schemaCookie !== 0)) {
    throw new WorkbenchError(
      'project-not-ours',
      `"${displayName}" is an SQLite database, but not an Annotation Workbench project. It was not changed.`,
    );
  }
  if (userVersion > CURRENT_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'project-too-new',
      `"${displayName}" was saved by a newer version of Annotation Workbench (project format ${userVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it; the file was not changed.`,
    );
  }
}

function configure(db: DatabaseSync): void {
  // WAL keeps readers and the writer apart; FULL makes each committed user action survive power loss.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
}

function migrate(db: DatabaseSync, displayName: string): void {
  db.function(TEXT_HASH_SQL_FUNCTION, { deterministic: true }, (text) => textHash(String(text)));
  for (let version = pragmaNumber(db, 'user_version'); version < CURRENT_SCHEMA_VERSION; version++) {
    const migration = MIGRATIONS[version] as string;
    inTransaction(db, displayName, () => {
      db.exec(migration);
      db.exec(`PRAGMA application_id = ${WORKBENCH_APPLICATION_ID}`);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
}

/** Opens an existing project file after checking it is ours, intact and not from a newer version. */
export function openProjectDatabase(path: string, displayName: string, check: OpenCheck): DatabaseSync {
  if (!existsSync(path))
    throw new WorkbenchError(
      'not-found',
      `The project file "${displayName}" does not exist (it may have been moved or deleted).`,
    );
  const kind = sniffFileKind(path, displayName);
  if (kind !== 'sqlite') {
    throw new WorkbenchError(
      'project-not-ours',
      kind === 'empty'
        ? `"${displayName}" is an empty file, not an Annotation Workbench project. It was not changed.`
        : `"${displayName}" is not an Annotation Workbench project (it is not an SQLite database). It was not changed.`,
    );
  }
  const db = connect(path);
  try {
    assertUsableProject(db, displayName, check);
    configure(db);
    migrate(db, displayName);
    return db;
  } catch (error) {
    db.close();
    throw explainStorageError(error, displayName);
  }
}

/**
 * A second, read-only connection to a project another connection keeps open and up to date (an
 * export in a worker thread): same checks, but it never migrates or writes.
 */
export function openProjectDatabaseForReading(path: string, displayName: string, check: OpenCheck): DatabaseSync {
  const db = connect(path, true);
  try {
    assertUsableProject(db, displayName, check);
    if (pragmaNumber(db, 'user_version') !== CURRENT_SCHEMA_VERSION) {
      throw new WorkbenchError(
        'read-only',
        `"${displayName}" must be opened in the workbench once before it can be read here.`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw explainStorageError(error, displayName);
  }
}

/** Creates a new project file; refuses to replace anything that already exists. */
export function createProjectDatabase(path: string, displayName: string): DatabaseSync {
  if (existsSync(path)) {
    throw new WorkbenchError(
      'invalid-argument',
      `A file named "${displayName}" already exists there. Choose another name: the workbench never overwrites an existing file.`,
    );
  }
  const db = connect(path);
  try {
    configure(db);
    migrate(db, displayName);
    return db;
  } catch (error) {
    db.close();
    throw explainStorageError(error, displayName);
  }
}
