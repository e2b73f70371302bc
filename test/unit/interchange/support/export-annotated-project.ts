import { join } from 'node:path';
import type { ExportFormat } from '../../../../main/interchange/export-format';
import { runExport } from '../../../../main/interchange/export-jobs/run-export';
import type { ExportReport } from '../../../../shared/model/interchange';
import { createAnnotatedProject } from './annotated-fixture';

/** Exports the annotated project in `dir` as the app does (snapshot, streamed atomic write) to `export[.ext]`. */
export function exportAnnotatedProject(
  dir: string,
  format: ExportFormat,
): { readonly destination: string; readonly report: ExportReport } {
  const { store } = createAnnotatedProject(dir);
  const destination = join(dir, format.extension === null ? 'export' : `export.${format.extension}`);
  const report = runExport(
    store,
    { jobId: 'test', formatId: format.id, scope: { kind: 'project' }, destination },
    { onProgress: () => undefined, isCancelled: () => false },
  );
  store.close();
  return { destination, report };
}
