import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import type { ErrorLog } from '../../ipc/dispatcher';
import type { ImportSource } from './import-sources';
import { CANCEL_MESSAGE, type ImportWorkerInput, type ImportWorkerMessage } from './import-worker-protocol';

const PROGRESS_INTERVAL_MS = 100;

export interface ImportJobsOptions {
  /** The bundled worker (out/workers/import-worker.cjs). */
  workerFile: string;
  log: ErrorLog;
  onProgress(progress: ImportProgress): void;
  onFinished(report: ImportReport): void;
}

interface RunningJob {
  worker: Worker;
  total: number;
  lastProgressAt: number;
  finished: boolean;
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
    const worker = new Worker(this.options.workerFile, { workerData: input });
    const job: RunningJob = { worker, total: sources.length, lastProgressAt: 0, finished: false };
    this.jobs.set(jobId, job);
    worker.on('message', (message: ImportWorkerMessage) => this.receive(jobId, job, message));
    worker.on('error', (error) => this.options.log(`Import ${jobId} crashed`, error));
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
    // Hundreds of small files would otherwise flood the renderer with repaints.
    const now = Date.now();
    if (now - job.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    job.lastProgressAt = now;
    this.options.onProgress(message.progress);
  }

  /** A worker that died without its report still owes the user one: everything unfinished failed. */
  private settle(jobId: string, job: RunningJob): void {
    this.jobs.delete(jobId);
    if (job.finished) return;
    this.options.onFinished({
      jobId,
      imported: [],
      duplicates: [],
      failed: [{ file: '(import)', message: 'The import stopped unexpectedly; files already imported are kept.' }],
      skipped: job.total,
      cancelled: false,
    });
  }
}
