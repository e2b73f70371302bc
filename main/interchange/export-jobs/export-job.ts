import type { ExportProgress, ExportReport } from '../../../shared/model/interchange';
import { EXPORT_WORKER_LIMITS } from '../../jobs/worker-limits';
import type { JobKind } from '../../jobs/worker-jobs';
import type { ExportRequest } from './run-export';

/** What an export job's worker is started with; the job id is the job's own. */
export interface ExportJobInput {
  readonly projectPath: string;
  readonly request: Omit<ExportRequest, 'jobId'>;
}

export type ExportJob = JobKind<ExportJobInput, ExportProgress, ExportReport>;

export interface ExportJobOptions {
  /** The bundled worker (out/workers/export-worker.mjs). */
  workerFile: string;
  onProgress(progress: ExportProgress): void;
  onFinished(report: ExportReport): void;
}

/** Exports as WorkerJobs runs them; a worker that died without its report wrote nothing at the destination. */
export function exportJob(options: ExportJobOptions): ExportJob {
  return {
    name: 'Export',
    workerFile: options.workerFile,
    resourceLimits: EXPORT_WORKER_LIMITS,
    onProgress: (progress) => options.onProgress(progress),
    onFinished: (report) => options.onFinished(report),
    isLastProgress: (progress) => progress.done >= progress.total,
    failedReport: (jobId, input, _last, reason) => ({
      jobId,
      format: input.request.formatId,
      outcome: 'failed',
      destination: input.request.destination,
      files: [],
      articles: 0,
      annotations: 0,
      dropped: [],
      message: `The export stopped because ${reason}; nothing was written.`,
    }),
  };
}
