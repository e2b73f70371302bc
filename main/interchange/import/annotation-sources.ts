import { lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ImportProblem } from '../../../shared/model/interchange';
import { readRegularFile } from '../../fs/regular-file';
import { checkZipArchive } from '../../library/import/check-zip-archive';
import { formatBytes } from '../../library/import/import-limits';
import { filesInFolder } from '../../library/import-jobs/import-sources';
import { BUNDLE_LIMITS } from '../formats/bundle/bundle-schema';
import { safeRelativePath } from '../relative-path';

/** One file to read annotations from: its name for reports ("news.zip/doc1.ann") and its bytes. */
export interface AnnotationSource {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A bundle may be large (it carries every article); other annotation files are far smaller. */
const MAX_FILE_BYTES = BUNDLE_LIMITS.maxFileBytes;

function checkSize(size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new WorkbenchError(
      'file-too-large',
      `The file is ${formatBytes(size, 'up')}; annotation files of up to ${formatBytes(MAX_FILE_BYTES)} can be imported.`,
    );
  }
}

function entriesOfZip(name: string, bytes: Uint8Array, problems: ImportProblem[]): AnnotationSource[] {
  try {
    const { names } = checkZipArchive(bytes, name);
    const unsafe = [...names].filter((entry) => !entry.endsWith('/') && safeRelativePath(entry) === null);
    for (const entry of unsafe) {
      problems.push({
        place: `${name}/${entry}`,
        message:
          'This archive entry’s name points outside the archive (an absolute path or “..”); the archive was refused.',
      });
    }
    if (unsafe.length > 0) return [];
    const files = [...names].filter((entry) => !entry.endsWith('/') && !basename(entry).startsWith('.'));
    const { kept } = checkZipArchive(bytes, name, files);
    return files.map((entry) => ({ name: `${name}/${entry}`, bytes: kept.get(entry) ?? new Uint8Array() }));
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error;
    problems.push({ place: name, message: error.message });
    return [];
  }
}

/**
 * Reads the files the user chose: folders with their subfolders (hidden files and links left out,
 * as for article imports) and ZIP archives unpacked in memory, refusing any entry whose name could
 * reach outside the archive, and anything chosen that is not an ordinary file (a named pipe, a link
 * to a device). Problems are collected, not thrown, so the report lists them all.
 */
export function readAnnotationSources(paths: readonly string[]): {
  sources: AnnotationSource[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const sources: AnnotationSource[] = [];
  for (const path of paths) {
    const files = lstatSync(path).isDirectory()
      ? filesInFolder(path).flatMap((file) =>
          file.kind === 'path' ? [{ name: `${basename(path)}/${file.name}`, path: file.path }] : [],
        )
      : [{ name: basename(path), path }];
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readRegularFile(file.path, file.name, checkSize);
      } catch (error) {
        if (!(error instanceof WorkbenchError)) throw error;
        problems.push({ place: file.name, message: error.message });
        continue;
      }
      if (/\.zip$/i.test(file.name)) sources.push(...entriesOfZip(file.name, bytes, problems));
      else sources.push({ name: file.name, bytes });
    }
  }
  return { sources, problems };
}
