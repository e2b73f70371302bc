import { existsSync } from 'node:fs';
import { WorkbenchError } from '../../shared/ipc/errors';
import type { ExportReport, ExportRevealAction } from '../../shared/model/interchange';

/** Opens a file or folder with the system, or shows it in its folder: the Electron shell's `shell`. */
export type RevealPath = (path: string, action: ExportRevealAction) => Promise<void>;

/** Enough to offer "Open file" for the last exports of a session; older ones are forgotten. */
const REMEMBERED = 20;

/**
 * The exports this app wrote in this session, by job: the only paths "Open file" and "Show in
 * folder" may act on. The renderer names a job, never a path, so a compromised page cannot have the
 * system open anything else.
 */
export class WrittenExports {
  private readonly destinations = new Map<string, string>();
  private readonly reveal: RevealPath | null;

  /** `reveal` is null where the host cannot open files (the browser host, whose exports are downloads). */
  constructor(reveal: RevealPath | null) {
    this.reveal = reveal;
  }

  remember(report: ExportReport): void {
    if (report.outcome !== 'written') return;
    this.destinations.set(report.jobId, report.destination);
    for (const jobId of this.destinations.keys()) {
      if (this.destinations.size <= REMEMBERED) break;
      this.destinations.delete(jobId);
    }
  }

  async revealExport(jobId: string, action: ExportRevealAction): Promise<null> {
    if (this.reveal === null) {
      throw new WorkbenchError('forbidden', 'In the browser, the export is in your browser’s downloads.');
    }
    const path = this.destinations.get(jobId);
    if (path === undefined) throw new WorkbenchError('not-found', 'That export is no longer known to the app.');
    if (!existsSync(path)) throw new WorkbenchError('not-found', `The export is no longer at ${path}.`);
    await this.reveal(path, action);
    return null;
  }
}
