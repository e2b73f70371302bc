import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '../fs/regular-file';

/** Written into every project file (PRAGMA application_id) so we can tell our files from other SQLite files. */
export const WORKBENCH_APPLICATION_ID = 0x41574231; // "AWB1"

const SQLITE_HEADER = 'SQLite format 3\0';

export type FileKind = 'empty' | 'sqlite' | 'other';

/**
 * Reads only the first 16 bytes, so a file that is not ours is identified without being touched.
 * A folder, named pipe or device is refused with a sentence before SQLite would block or fail on it.
 */
export function sniffFileKind(path: string, displayName: string): FileKind {
  const { fd } = openRegularFile(path, displayName);
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    if (read === 0) return 'empty';
    return read === header.length && header.toString('latin1') === SQLITE_HEADER ? 'sqlite' : 'other';
  } finally {
    closeSync(fd);
  }
}
