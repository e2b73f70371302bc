import type { ExportReport } from '../../../shared/model/interchange';
import type { ExportRequest } from './run-export';

/** What the export worker is started with. */
export interface ExportWorkerInput {
  readonly projectPath: string;
  readonly request: ExportRequest;
  /**
   * One Int32 set to 1 when the user cancels. Building an export is one synchronous run, during
   * which a worker reads no messages, so cancelling goes through memory both threads share.
   */
  readonly cancelFlag: SharedArrayBuffer;
}

export type ExportWorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'finished'; report: ExportReport };
