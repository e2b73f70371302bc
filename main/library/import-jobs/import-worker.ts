import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import { serveJob } from '../../jobs/serve-job';
import { ProjectStore } from '../../store/project-store';
import { checkFileSize } from '../import/import-limits';
import { importFile } from '../import/import-file';
import type { ImportJobInput } from './import-job';
import { runImport } from './run-import';

/*
 * Worker thread entry (bundled to out/workers/import-worker.mjs). Parsing PDFs and web pages is CPU
 * work that must not stall main's IPC, so it runs here on its own connection to the project file;
 * WAL lets main keep reading while this writes one article per transaction.
 */
serveJob<ImportProgress, ImportReport>(async (data, job) => {
  const input = data as ImportJobInput;
  const store = ProjectStore.open(input.projectPath);
  try {
    return await runImport(job.jobId, input.sources, store, (bytes, name) => importFile(bytes, name), {
      onProgress: (progress) => job.progress(progress),
      isCancelled: () => job.isCancelled(),
      checkSize: checkFileSize,
      log: (message, error) => console.error(`[import] ${message}:`, error),
    });
  } finally {
    store.close();
  }
});
