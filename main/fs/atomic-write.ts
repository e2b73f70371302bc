import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeContentSync, type ChunkedContent } from './write-chunks';

export interface AtomicWriteOptions {
  /** Permission bits for the file, before the umask (see FILE_MODE). */
  readonly mode: number;
  /** False to leave a file already at the path alone: the write then fails with EEXIST. */
  readonly replace: boolean;
}

function refuseExisting(path: string): void {
  if (existsSync(path)) {
    throw Object.assign(new Error(`EEXIST: file already exists, '${path}'`), { code: 'EEXIST', path });
  }
}

/**
 * Replaces a file so that readers see either the old or the new content, never a torn mix:
 * write a temporary sibling, fsync it, then rename over the target (atomic on one file system).
 * Chunked content is written chunk by chunk; if producing it fails, the temporary file is removed.
 * Without `replace`, an existing file is refused before writing and again just before the rename.
 */
export function writeFileAtomic(path: string, content: ChunkedContent, options: AtomicWriteOptions): void {
  if (!options.replace) refuseExisting(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', options.mode);
  try {
    writeContentSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    if (!options.replace) refuseExisting(path);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
