import type { ResourceLimits } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import { IMPORT_WORKER_LIMITS } from '../../jobs/worker-limits';
import type { JobKind } from '../../jobs/worker-jobs';
import type { ImportSource } from './import-sources';

/** What an import job's worker is started with. */
export interface ImportJobInput {
  readonly projectPath: string;
  readonly sources: readonly ImportSource[];
}

export type ImportJob = JobKind<ImportJobInput, ImportProgress, ImportReport>;

export interface ImportJobOptions {
  /** The bundled worker (out/workers/import-worker.mjs). */
  workerFile: string;
  onProgress(progress: ImportProgress): void;
  onFinished(report: ImportReport): void;
  /** Tests lower the worker’s memory to see it fail; the app uses IMPORT_WORKER_LIMITS. */
  resourceLimits?: ResourceLimits;
}

/**
 * Bulk imports as WorkerJobs runs them. A worker that dies without its report (out of memory on a
 * hostile file) still owes the user one: the file it was reading failed, and the files after it
 * were not attempted.
 */
export function importJob(options: ImportJobOptions): ImportJob {
  return {
    name: 'Import',
    workerFile: options.workerFile,
    resourceLimits: options.resourceLimits ?? IMPORT_WORKER_LIMITS,
    onProgress: (progress) => options.onProgress(progress),
    onFinished: (report) => options.onFinished(report),
    // The count after the last file, which the progress card ends on.
    isLastProgress: (progress) => progress.currentFile === null,
    failedReport(jobId, input, last, reason) {
      const total = input.sources.length;
      const currentFile = last?.currentFile ?? null;
      const failed =
        currentFile === null
          ? { file: '(import)', message: `The import stopped because ${reason}; files already imported are kept.` }
          : {
              file: currentFile,
              message: `The import stopped at "${currentFile}" because ${reason}; files imported before it are kept.`,
            };
      return {
        jobId,
        imported: [],
        duplicates: [],
        failed: [failed],
        notes: [],
        skipped: total - (last?.done ?? 0) - (currentFile === null ? 0 : 1),
        cancelled: false,
      };
    },
  };
}
