import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { WorkbenchError } from '../../shared/ipc/errors';

/*
 * Without O_NONBLOCK, opening a named pipe waits for a writer, forever. It changes nothing for a
 * regular file. Windows has neither the flag nor named pipes in the file system.
 */
const READ_FLAGS = constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0);
const FIRST_CHUNK_BYTES = 64 * 1024;

/** What something that is not an ordinary file is, for a sentence: "a folder", "a named pipe"… */
export function describeNonFile(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not an ordinary file';
}

function openError(error: unknown, displayName: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new WorkbenchError('not-found', `"${displayName}" does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new WorkbenchError('io', `"${displayName}" could not be read: permission denied.`);
  }
  if (code === 'EISDIR') return notAFile(displayName, 'a folder');
  return error;
}

function notAFile(displayName: string, what: string): WorkbenchError {
  return new WorkbenchError(
    'unsupported-format',
    `"${displayName}" is ${what}, not a file; the workbench reads only ordinary files.`,
  );
}

/**
 * Opens a file for reading if it is an ordinary file: links are followed and the check is made on
 * the opened descriptor, so a link to /dev/zero, a named pipe or a folder is refused with a
 * sentence instead of hanging or reading forever. The caller closes the descriptor.
 */
export function openRegularFile(path: string, displayName: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    throw openError(error, displayName);
  }
  const stats = fstatSync(fd);
  if (stats.isFile()) return { fd, size: stats.size };
  closeSync(fd);
  throw notAFile(displayName, describeNonFile(stats));
}

/**
 * Reads a whole ordinary file. `checkSize` is asked before reading and again as the bytes come in,
 * and refuses by throwing: a file may grow while it is read, so the size it had when opened is no
 * bound on what would be read.
 */
export function readRegularFile(
  path: string,
  displayName: string,
  checkSize: (bytes: number, fileName: string) => void,
): Buffer {
  const { fd, size } = openRegularFile(path, displayName);
  try {
    checkSize(size, displayName);
    let buffer = Buffer.allocUnsafe(Math.max(size + 1, FIRST_CHUNK_BYTES));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
      checkSize(length, displayName);
    }
  } finally {
    closeSync(fd);
  }
}
