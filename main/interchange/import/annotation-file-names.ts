import { lstatSync } from 'node:fs';
import { filesInFolder } from '../../library/import-jobs/import-sources';

/** Extensions only annotation files have; `.txt` is an article unless an `.ann` file sits beside it. */
const ANNOTATION_FILE = /\.(ann|json|jsonl|jsonld|zip)$/i;

/** True for a name only annotation files have (not a brat text, which is an article unless annotated). */
export function isAnnotationFileName(name: string): boolean {
  return ANNOTATION_FILE.test(name);
}

/** A path that cannot be looked at (missing, no permission) is no folder; the import then reports why. */
function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * True when the paths (files or folders) hold annotation files, so `awb import` imports annotations,
 * not articles. A path that is not a folder counts by its name, also one that does not exist.
 */
export function holdsAnnotationFiles(paths: readonly string[]): boolean {
  return paths.some((path) =>
    isFolder(path) ? filesInFolder(path).some((file) => isAnnotationFileName(file.name)) : isAnnotationFileName(path),
  );
}
