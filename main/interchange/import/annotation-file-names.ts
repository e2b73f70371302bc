import { lstatSync } from 'node:fs';
import { filesInFolder } from '../../library/import-jobs/import-sources';

/** Extensions only annotation files have; `.txt` is an article unless an `.ann` file sits beside it. */
const ANNOTATION_FILE = /\.(ann|json|jsonl|jsonld|zip)$/i;

/** True when the paths (files or folders) hold annotation files, so `awb import` imports annotations, not articles. */
export function holdsAnnotationFiles(paths: readonly string[]): boolean {
  return paths.some((path) =>
    lstatSync(path).isDirectory()
      ? filesInFolder(path).some((file) => ANNOTATION_FILE.test(file.name))
      : ANNOTATION_FILE.test(path),
  );
}
