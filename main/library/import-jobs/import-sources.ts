import { lstatSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DroppedFile } from '../../../shared/model/library';
import { readRegularFile } from '../../fs/regular-file';

/** One file to import: a name to report it by, and how to get its bytes. */
export type ImportSource =
  { kind: 'path'; name: string; path: string } | { kind: 'bytes'; name: string; base64: string };

const MAX_FOLDER_FILES = 100_000;

/**
 * Every regular file under a folder, depth first, names sorted so reports are stable. Hidden files
 * (".DS_Store", editor backups) and symbolic links are left out: a link could lead out of the
 * folder the analyst chose.
 */
export function filesInFolder(folder: string): ImportSource[] {
  const found: ImportSource[] = [];
  const visit = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || found.length >= MAX_FOLDER_FILES) continue;
      const path = join(dir, entry.name);
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) visit(path, name);
      else if (entry.isFile()) found.push({ kind: 'path', name, path });
    }
  };
  visit(folder, '');
  return found;
}

export function filesAtPaths(paths: readonly string[]): ImportSource[] {
  return paths.flatMap((path) =>
    lstatSync(path).isDirectory() ? filesInFolder(path) : [{ kind: 'path' as const, name: basename(path), path }],
  );
}

export function droppedFiles(files: readonly DroppedFile[]): ImportSource[] {
  return files.map((file) => ({ kind: 'bytes', name: file.name, base64: file.base64 }));
}

/**
 * A source's bytes. A path must lead to an ordinary file (a link to /dev/zero, a named pipe or a
 * folder is refused), and `checkSize` refuses a file too large before and while it is read.
 */
export function readSource(source: ImportSource, checkSize: (bytes: number, fileName: string) => void): Uint8Array {
  if (source.kind === 'path') return readRegularFile(source.path, source.name, checkSize);
  checkSize(Math.floor((source.base64.length * 3) / 4), source.name);
  return Buffer.from(source.base64, 'base64');
}
