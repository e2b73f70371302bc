import type { AnnotationImportReport, ImportProblem } from '../../../shared/model/interchange';

/** A report for an import that has not written anything (yet). */
export function emptyImportReport(files: readonly string[]): AnnotationImportReport {
  return {
    files: [...files],
    imported: false,
    articles: [],
    labelsAdded: [],
    labelsMatched: [],
    entitiesCreated: 0,
    entitiesReused: 0,
    conflicts: [],
    warnings: [],
    skipped: [],
    problems: [],
  };
}

/** The report of an import refused for these problems: nothing was written. */
export function refusedImportReport(
  files: readonly string[],
  problems: readonly ImportProblem[],
): AnnotationImportReport {
  return { ...emptyImportReport(files), problems: [...problems] };
}
