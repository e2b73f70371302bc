import type { ExportProgress, ExportReport } from '../../../shared/model/interchange';
import { serveJob } from '../../jobs/serve-job';
import { ProjectStore } from '../../store/project-store';
import type { ExportJobInput } from './export-job';
import { runExport } from './run-export';

/*
 * Worker thread entry (bundled to out/workers/export-worker.mjs). Building an export of 100,000
 * annotations takes seconds of CPU that must not stall main's IPC, so it runs here on its own
 * read-only connection; WAL lets main keep writing while this reads one consistent snapshot.
 */
serveJob<ExportProgress, ExportReport>((data, job) => {
  const input = data as ExportJobInput;
  const store = ProjectStore.openForReading(input.projectPath);
  try {
    return runExport(
      store,
      { ...input.request, jobId: job.jobId },
      {
        onProgress: (done, total) => job.progress({ jobId: job.jobId, done, total }),
        isCancelled: () => job.isCancelled(),
      },
    );
  } finally {
    store.close();
  }
});
