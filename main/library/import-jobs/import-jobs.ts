import { randomUUID } from 'node:crypto';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import type { ErrorLog } from '../../ipc/dispatcher';
import { IMPORT_WORKER_LIMITS, workerFailureReason } from '../../jobs/worker-limits';
import type { ImportSource } from './import-sources';
import { CANCEL_MESSAGE, type ImportWorkerInput, type ImportWorkerMessage } from './import-worker-protocol';

const PROGRESS_INTERVAL_MS = 100;

export interface ImportJobsOptions {
  /** The bundled worker (out/workers/import-worker.cjs). */
  workerFile: string;
  log: ErrorLog;
  onProgress(progress: ImportProgress): void;
  onFinished(report: ImportReport): void;
  /** Tests lower the worker’s memory to see it fail; the app uses IMPORT_WORKER_LIMITS. */
  resourceLimits?: ResourceLimits;
}

interface RunningJob {
  worker: Worker;
  total: number;
  lastProgressAt: number;
  finished: boolean;
  /** Where the worker was, from every progress message, so a worker that dies can say which file it was on. */
  done: number;
  currentFile: string | null;
  error?: unknown;
}

/** Runs imports in worker threads and relays their progress; main stays free to answer the UI. */
export class ImportJobs {
  private readonly jobs = new Map<string, RunningJob>();
  private readonly options: ImportJobsOptions;

  constructor(options: ImportJobsOptions) {
    this.options = options;
  }

  start(projectPath: string, sources: ImportSource[]): { jobId: string; total: number } {
    const jobId = randomUUID();
    const input: ImportWorkerInput = { jobId, projectPath, sources };
    const worker = new Worker(this.options.workerFile, {
      workerData: input,
      resourceLimits: this.options.resourceLimits ?? IMPORT_WORKER_LIMITS,
    });
    const job: RunningJob = {
      worker,
      total: sources.length,
      lastProgressAt: 0,
      finished: false,
      done: 0,
      currentFile: null,
    };
    this.jobs.set(jobId, job);
    worker.on('message', (message: ImportWorkerMessage) => this.receive(jobId, job, message));
    worker.on('error', (error) => {
      job.error = error;
      this.options.log(`Import ${jobId} crashed`, error);
    });
    worker.on('exit', () => this.settle(jobId, job));
    return { jobId, total: sources.length };
  }

  cancel(jobId: string): void {
    this.jobs.get(jobId)?.worker.postMessage(CANCEL_MESSAGE);
  }

  /** Waits for every running import to stop after its current file (on quit or project switch). */
  async cancelAll(): Promise<void> {
    const exits = [...this.jobs.values()].map(
      (job) => new Promise<void>((resolve) => job.worker.once('exit', () => resolve())),
    );
    for (const jobId of this.jobs.keys()) this.cancel(jobId);
    await Promise.all(exits);
  }

  private receive(jobId: string, job: RunningJob, message: ImportWorkerMessage): void {
    if (message.type === 'finished') {
      job.finished = true;
      this.jobs.delete(jobId);
      this.options.onProgress({ jobId, done: job.total - message.report.skipped, total: job.total, currentFile: null });
      this.options.onFinished(message.report);
      return;
    }
    job.done = message.progress.done;
    job.currentFile = message.progress.currentFile;
    // Hundreds of small files would otherwise flood the renderer with repaints.
    const now = Date.now();
    if (now - job.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    job.lastProgressAt = now;
    this.options.onProgress(message.progress);
  }

  /**
   * A worker that died without its report (out of memory on a hostile file) still owes the user
   * one: the file it was reading failed, and the files after it were not attempted.
   */
  private settle(jobId: string, job: RunningJob): void {
    this.jobs.delete(jobId);
    if (job.finished) return;
    const reason = workerFailureReason(job.error);
    const failed =
      job.currentFile === null
        ? { file: '(import)', message: `The import stopped because ${reason}; files already imported are kept.` }
        : {
            file: job.currentFile,
            message: `The import stopped at "${job.currentFile}" because ${reason}; files imported before it are kept.`,
          };
    this.options.onFinished({
      jobId,
      imported: [],
      duplicates: [],
      failed: [failed],
      notes: [],
      skipped: job.total - job.done - (job.currentFile === null ? 0 : 1),
      cancelled: false,
    });
  }
}
