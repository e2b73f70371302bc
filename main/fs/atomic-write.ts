import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeContentSync, type ChunkedContent } from './write-chunks';

/**
 * Replaces a file so that readers see either the old or the new content, never a torn mix:
 * write a temporary sibling, fsync it, then rename over the target (atomic on one file system).
 * Chunked content is written chunk by chunk; if producing it fails, the temporary file is removed.
 */
export function writeFileAtomic(path: string, content: ChunkedContent): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeContentSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
}
