import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import type { ImportSource } from './import-sources';

/** What the import worker is started with. */
export interface ImportWorkerInput {
  jobId: string;
  projectPath: string;
  sources: ImportSource[];
}

export const CANCEL_MESSAGE = 'cancel';

export type ImportWorkerMessage =
  { type: 'progress'; progress: ImportProgress } | { type: 'finished'; report: ImportReport };
