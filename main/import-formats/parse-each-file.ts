import type { ParsedAnnotationFile } from '../interchange/import/parsed-annotations';
import type { FileToImport } from './file-to-import';
import type { AnnotationFormat, AnnotationParseContext } from './import-format';

/**
 * The parse of a format whose files stand alone (each carries its texts or names the project's):
 * every file read on its own, then all of them imported together, or none.
 */
export function parseEachFile(
  parseOne: (file: FileToImport, context: AnnotationParseContext) => ParsedAnnotationFile,
): AnnotationFormat['parse'] {
  return (files, context) => {
    const parsed = files.map((file) => parseOne(file, context));
    const creator = parsed.find((file) => file.creator !== undefined)?.creator;
    return {
      kind: 'annotations',
      file: {
        documents: parsed.flatMap((file) => file.documents),
        problems: parsed.flatMap((file) => file.problems),
        skipped: parsed.flatMap((file) => file.skipped ?? []),
        warnings: parsed.flatMap((file) => file.warnings ?? []),
        ...(creator === undefined ? {} : { creator }),
      },
    };
  };
}
