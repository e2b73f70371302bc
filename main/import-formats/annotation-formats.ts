import { bratImportFormat } from '../interchange/formats/brat/brat-import-format';
import { bundleImportFormat } from '../interchange/formats/bundle/bundle-import-format';
import { doccanoImportFormat } from '../interchange/formats/doccano/doccano-import-format';
import { labelStudioImportFormat } from '../interchange/formats/label-studio/label-studio-import-format';
import { w3cImportFormat } from '../interchange/formats/w3c/w3c-import-format';
import type { FileToImport } from './file-to-import';
import { bestMatch, type AnnotationFormat } from './import-format';

/**
 * Every format annotations can be imported from. Of equally sure sniffs (a JSON record with the
 * keys of two formats) the earlier wins, so the formats with the most telling keys come first.
 */
export const ANNOTATION_FORMATS: readonly AnnotationFormat[] = [
  bundleImportFormat,
  w3cImportFormat,
  labelStudioImportFormat,
  doccanoImportFormat,
  bratImportFormat,
];

/** The format of an annotation file, by its name and, for JSON, by its content; null when it is none. */
export function sniffAnnotationFormat(file: FileToImport): AnnotationFormat | null {
  return bestMatch(ANNOTATION_FORMATS, file)?.format ?? null;
}
