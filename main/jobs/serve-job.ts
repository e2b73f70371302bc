import { parentPort, workerData } from 'node:worker_threads';
import type { JobMessage, JobWorkerData } from './job-protocol';

/** What a job's body gets from the worker thread it runs in. */
export interface JobContext<Progress> {
  readonly jobId: string;
  progress(progress: Progress): void;
  /** True once the user has cancelled; the job stops at its next safe point. */
  isCancelled(): boolean;
}

/**
 * The worker-thread side of a job (worker-jobs.ts is main's side): runs `run` on the input the
 * worker was started with (typed by main's JobKind; the worker names the type it trusts), posts
 * its progress and then its report, and ends the thread. A job that throws leaves the worker
 * without a report, which main turns into a "stopped because" report.
 */
export function serveJob<Progress, Report>(
  run: (input: unknown, context: JobContext<Progress>) => Report | Promise<Report>,
): void {
  const data = workerData as JobWorkerData<unknown>;
  const port = parentPort;
  if (port === null) throw new Error('A job must run in a worker thread.');
  const cancelled = new Int32Array(data.cancelFlag);
  const post = (message: JobMessage<Progress, Report>): void => port.postMessage(message);
  const context: JobContext<Progress> = {
    jobId: data.jobId,
    progress: (progress) => post({ type: 'progress', progress }),
    isCancelled: () => Atomics.load(cancelled, 0) === 1,
  };
  void (async () => {
    try {
      post({ type: 'finished', report: await run(data.input, context) });
    } finally {
      port.close();
    }
  })();
}
