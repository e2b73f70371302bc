/** What a job's worker thread is started with: its job id, what to do, and the cancel flag. */
export interface JobWorkerData<Input> {
  readonly jobId: string;
  readonly input: Input;
  /**
   * One Int32 set to 1 when the user cancels. An export is one synchronous run and an import reads
   * each file synchronously, so a message could reach the worker late or never; memory both
   * threads share is read between articles and between files.
   */
  readonly cancelFlag: SharedArrayBuffer;
}

/** What a job's worker posts to main: progress while it runs, then its report. */
export type JobMessage<Progress, Report> =
  { readonly type: 'progress'; readonly progress: Progress } | { readonly type: 'finished'; readonly report: Report };
