import type { ImportReport } from '../../../shared/model/library';
import { checkFileSize } from '../../../main/library/import/import-limits';
import { importFile } from '../../../main/library/import/import-file';
import { filesAtPaths } from '../../../main/library/import-jobs/import-sources';
import { runImport } from '../../../main/library/import-jobs/run-import';
import type { ProjectStore } from '../../../main/store/project-store';

/** Imports files and folders as Import files… does, in this thread, and returns the report. */
export function importPaths(store: ProjectStore, paths: readonly string[]): Promise<ImportReport> {
  return runImport('job', filesAtPaths(paths), store, importFile, {
    onProgress: () => undefined,
    isCancelled: () => false,
    checkSize: checkFileSize,
    log: () => undefined,
  });
}
