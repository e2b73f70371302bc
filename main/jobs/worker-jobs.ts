import { randomUUID } from 'node:crypto';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ErrorLog } from '../ipc/dispatcher';
import type { JobMessage, JobWorkerData } from './job-protocol';
import { workerFailureReason } from './worker-limits';

const PROGRESS_INTERVAL_MS = 100;

/** One kind of long job (an import, an export): its worker, and what main does with its messages. */
export interface JobKind<Input, Progress, Report> {
  /** Names the job in the log: "Import", "Export". */
  readonly name: string;
  /** The bundled worker entry (out/workers/…), which serves the job with serveJob. */
  readonly workerFile: string;
  readonly resourceLimits: ResourceLimits;
  onProgress(progress: Progress): void;
  onFinished(report: Report): void;
  /** Progress that is relayed even right after another (a job's last); the rest is throttled. */
  isLastProgress?(progress: Progress): boolean;
  /** The report a job owes the user when its worker died before sending one; `last` is where it was. */
  failedReport(jobId: string, input: Input, last: Progress | undefined, reason: string): Report;
}

interface RunningJob {
  readonly kind: object;
  readonly worker: Worker;
  readonly cancelFlag: Int32Array;
}

/**
 * Runs long jobs, imports and exports alike, each in a worker thread of its own, and relays their
 * progress (at most every 100 ms: thousands of files or articles would otherwise flood the renderer
 * with repaints) and their reports; main stays free to answer the UI. Cancelling sets a flag the
 * worker reads between files or articles.
 */
export class WorkerJobs {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(private readonly log: ErrorLog) {}

  start<Input, Progress, Report>(kind: JobKind<Input, Progress, Report>, input: Input): string {
    const jobId = randomUUID();
    const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const workerData: JobWorkerData<Input> = { jobId, input, cancelFlag: shared };
    const worker = new Worker(kind.workerFile, { workerData, resourceLimits: kind.resourceLimits });
    this.jobs.set(jobId, { kind, worker, cancelFlag: new Int32Array(shared) });
    let last: Progress | undefined;
    let lastRelayedAt = 0;
    let finished = false;
    let failure: unknown;
    worker.on('message', (message: JobMessage<Progress, Report>) => {
      if (message.type === 'finished') {
        finished = true;
        this.jobs.delete(jobId);
        kind.onFinished(message.report);
        return;
      }
      last = message.progress;
      const now = Date.now();
      if (now - lastRelayedAt < PROGRESS_INTERVAL_MS && kind.isLastProgress?.(message.progress) !== true) return;
      lastRelayedAt = now;
      kind.onProgress(message.progress);
    });
    worker.on('error', (error) => {
      failure = error;
      this.log(`${kind.name} ${jobId} crashed`, error);
    });
    worker.on('exit', () => {
      this.jobs.delete(jobId);
      if (!finished) kind.onFinished(kind.failedReport(jobId, input, last, workerFailureReason(failure)));
    });
    return jobId;
  }

  /** Asks a job of this kind to stop; an id of another kind's job (or of none) is ignored. */
  cancel(kind: object, jobId: string): void {
    const job = this.jobs.get(jobId);
    if (job?.kind === kind) Atomics.store(job.cancelFlag, 0, 1);
  }

  /** Cancels every running job and waits for its worker to stop (on quit or project switch). */
  async cancelAll(): Promise<void> {
    const exits = [...this.jobs.values()].map(
      (job) => new Promise<void>((resolve) => job.worker.once('exit', () => resolve())),
    );
    for (const job of this.jobs.values()) Atomics.store(job.cancelFlag, 0, 1);
    await Promise.all(exits);
  }
}
