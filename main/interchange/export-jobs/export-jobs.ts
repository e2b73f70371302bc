import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ExportProgress, ExportReport } from '../../../shared/model/interchange';
import type { ErrorLog } from '../../ipc/dispatcher';
import { EXPORT_WORKER_LIMITS, workerFailureReason } from '../../jobs/worker-limits';
import type { ExportWorkerInput, ExportWorkerMessage } from './export-worker-protocol';
import type { ExportRequest } from './run-export';

const PROGRESS_INTERVAL_MS = 100;

export interface ExportJobsOptions {
  /** The bundled worker (out/workers/export-worker.cjs). */
  workerFile: string;
  log: ErrorLog;
  onProgress(progress: ExportProgress): void;
  onFinished(report: ExportReport): void;
}

interface RunningJob {
  readonly worker: Worker;
  readonly request: ExportRequest;
  readonly cancelFlag: Int32Array;
  lastProgressAt: number;
  finished: boolean;
  error?: unknown;
}

/** Runs exports in worker threads and relays their progress; main stays free to answer the UI. */
export class ExportJobs {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(private readonly options: ExportJobsOptions) {}

  start(projectPath: string, request: Omit<ExportRequest, 'jobId'>): { jobId: string } {
    const jobId = randomUUID();
    const cancelFlag = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const full: ExportRequest = { ...request, jobId };
    const input: ExportWorkerInput = { projectPath, request: full, cancelFlag };
    const worker = new Worker(this.options.workerFile, { workerData: input, resourceLimits: EXPORT_WORKER_LIMITS });
    const job: RunningJob = {
      worker,
      request: full,
      cancelFlag: new Int32Array(cancelFlag),
      lastProgressAt: 0,
      finished: false,
    };
    this.jobs.set(jobId, job);
    worker.on('message', (message: ExportWorkerMessage) => this.receive(jobId, job, message));
    worker.on('error', (error) => {
      job.error = error;
      this.options.log(`Export ${jobId} crashed`, error);
    });
    worker.on('exit', () => this.settle(jobId, job));
    return { jobId };
  }

  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (job !== undefined) Atomics.store(job.cancelFlag, 0, 1);
  }

  /** Cancels every running export and waits for the workers to stop (on quit or project switch). */
  async cancelAll(): Promise<void> {
    const exits = [...this.jobs.values()].map(
      (job) => new Promise<void>((resolve) => job.worker.once('exit', () => resolve())),
    );
    for (const jobId of this.jobs.keys()) this.cancel(jobId);
    await Promise.all(exits);
  }

  private receive(jobId: string, job: RunningJob, message: ExportWorkerMessage): void {
    if (message.type === 'finished') {
      job.finished = true;
      this.jobs.delete(jobId);
      this.options.onFinished(message.report);
      return;
    }
    // An export of thousands of articles would otherwise flood the renderer with repaints.
    const now = Date.now();
    if (now - job.lastProgressAt < PROGRESS_INTERVAL_MS && message.done < message.total) return;
    job.lastProgressAt = now;
    this.options.onProgress({ jobId, done: message.done, total: message.total });
  }

  /** A worker that died without its report still owes the user one; it wrote nothing at the destination. */
  private settle(jobId: string, job: RunningJob): void {
    this.jobs.delete(jobId);
    if (job.finished) return;
    this.options.onFinished({
      jobId,
      format: job.request.formatId,
      outcome: 'failed',
      destination: job.request.destination,
      files: [],
      articles: 0,
      annotations: 0,
      dropped: [],
      message: `The export stopped because ${workerFailureReason(job.error)}; nothing was written.`,
    });
  }
}
