import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { WorkbenchError } from '../../shared/ipc/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { FILE_MODE } from '../fs/file-modes';
import { writeContentSync } from '../fs/write-chunks';
import type { ExportContent, ExportFile, ExportOutput } from './export-format';
import { safeRelativePath } from './relative-path';

/** Turns a failed write into a sentence the user can act on; what was there before is untouched. */
function explainWriteError(error: unknown, destination: string): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const name = `“${basename(destination)}”`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new WorkbenchError(
        'disk-full',
        `The disk is full, so ${name} was not written. Free some space and export again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new WorkbenchError(
        'read-only',
        `${name} cannot be written there (no permission, or a read-only disk). Choose another place.`,
      );
    case 'EEXIST':
      return new WorkbenchError('invalid-argument', `${name} already exists, so it was not replaced.`);
    case 'ENOENT':
      return new WorkbenchError(
        'not-found',
        `The folder for ${name} does not exist (it may have been moved or deleted).`,
      );
    default:
      return new WorkbenchError(
        'io',
        `${name} could not be written (${code ?? 'unknown error'}). Nothing was left behind.`,
      );
  }
}

function writeSynced(path: string, content: ExportContent): void {
  const fd = openSync(path, 'wx', FILE_MODE.userDefault);
  try {
    writeContentSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** An export never mixes with files already there, so it can never overwrite someone's work. */
function assertUsableFolder(folder: string): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) {
    throw new WorkbenchError(
      'invalid-argument',
      `“${basename(folder)}” is a file, not a folder. Choose a new folder for the export.`,
    );
  }
  if (readdirSync(folder).length > 0) {
    throw new WorkbenchError(
      'invalid-argument',
      `The folder “${basename(folder)}” is not empty. Export into a new or empty folder, so nothing in it is overwritten.`,
    );
  }
}

/** Writes the files into a new folder and returns their paths, relative to the folder. */
function writeFolder(folder: string, files: Iterable<ExportFile>): string[] {
  assertUsableFolder(folder);
  // Everything goes into a hidden sibling first and is renamed into place at the end, so a crash or
  // a full disk never leaves a half-written export under the chosen name.
  const temporary = join(dirname(folder), `.${basename(folder)}.${process.pid}.partial`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  const written: string[] = [];
  try {
    for (const file of files) {
      const path = safeRelativePath(file.path);
      if (path === null)
        throw new WorkbenchError('internal', `The export produced an unsafe file name (${file.path}).`);
      mkdirSync(dirname(join(temporary, path)), { recursive: true });
      writeSynced(join(temporary, path), file.content);
      written.push(file.path);
    }
    if (existsSync(folder)) rmdirSync(folder);
    renameSync(temporary, folder);
    return written;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Writes a format's output to the destination the user chose, streaming chunked content to disk: one
 * file atomically (temporary file, fsync, rename), or a folder assembled beside it and renamed into place. Returns the files written,
 * relative to the destination's folder. Exported files get the permissions the user's umask allows.
 * Without `replaceFile`, a file already at the destination is left alone and the export fails.
 */
export function writeExportOutput(output: ExportOutput, destination: string, replaceFile = true): string[] {
  try {
    if (output.kind === 'file') {
      if (existsSync(destination) && statSync(destination).isDirectory()) {
        throw new WorkbenchError(
          'invalid-argument',
          `“${basename(destination)}” is a folder. Choose a file name for the export.`,
        );
      }
      writeFileAtomic(destination, output.content, { mode: FILE_MODE.userDefault, replace: replaceFile });
      return [basename(destination)];
    }
    return writeFolder(destination, output.files).map((path) => `${basename(destination)}/${path}`);
  } catch (error) {
    throw explainWriteError(error, destination);
  }
}
