import { basename, join } from 'node:path';
import type { ExportReport } from '../../shared/model/interchange';
import type { Downloads } from './downloads';
import type { PrivateTemp } from './private-temp';
import { zipFolder } from './zip-folder';

/** Where an export of the browser host writes: a path in a private temporary folder. */
export interface ExportTarget {
  readonly path: string;
  /** A multi-file format writes a folder, handed over as one ZIP. */
  readonly isFolder: boolean;
  /** The temporary folders to remove once the download is done with. */
  readonly folders: readonly string[];
  readonly pageId: string | null;
}

/**
 * Writes a compacted copy of the open project, if it is still `project`, to `target`: through its
 * store worker, so the host's own thread never loads the store or blocks on SQLite.
 */
export type CopyOpenProject = (project: string, target: string) => Promise<void>;

/** What the host writes for the user (exports, Save as's copy), handed to the page as downloads. */
export class DownloadHandover {
  private readonly exportsInFlight = new Map<string, ExportTarget>();
  private readonly temp: PrivateTemp;
  private readonly downloads: Downloads;
  private readonly copyOpenProject: CopyOpenProject;

  constructor(temp: PrivateTemp, downloads: Downloads, copyOpenProject: CopyOpenProject) {
    this.temp = temp;
    this.downloads = downloads;
    this.copyOpenProject = copyOpenProject;
  }

  exportStarted(jobId: string, target: ExportTarget): void {
    this.exportsInFlight.set(jobId, target);
  }

  /** A finished export of ours becomes a download; the report then says so instead of naming a temporary path. */
  async exportFinished(report: ExportReport): Promise<ExportReport> {
    const target = this.exportsInFlight.get(report.jobId);
    if (target === undefined) return report;
    this.exportsInFlight.delete(report.jobId);
    const done = () => this.removeAll(target.folders);
    if (report.outcome !== 'written') {
      await done();
      return report;
    }
    const file = target.isFolder ? `${target.path}.zip` : target.path;
    try {
      if (target.isFolder) await zipFolder(target.path, file);
    } catch (error) {
      await done();
      const full = (error as NodeJS.ErrnoException).code === 'ENOSPC';
      const message = `The export could not be packed into “${basename(file)}” for download: ${full ? 'the disk is full' : 'it could not be written'}.`;
      return { ...report, outcome: 'failed', message };
    }
    this.downloads.offer(target.pageId, file, basename(file), done);
    // The page cannot learn where the browser saves; its downloads list can show and open the file.
    return {
      ...report,
      destination: `“${basename(file)}”, downloaded by the browser into its download folder (its Downloads list, Ctrl+J or ⌥⌘L on a Mac, opens it and shows where)`,
    };
  }

  /**
   * Save as's copy of the project, as a download; false when it could not be made. It is taken
   * through SQLite (a compacted snapshot) by the project's writer, so edits the user makes meanwhile
   * cannot tear it.
   */
  async offerProjectCopy(pageId: string | null, project: string): Promise<boolean> {
    const folder = await this.temp.newFolder('download');
    const copy = join(folder, basename(project));
    try {
      await this.copyOpenProject(project, copy);
    } catch {
      await this.temp.remove(folder);
      return false;
    }
    this.downloads.offer(pageId, copy, basename(project), () => this.temp.remove(folder));
    return true;
  }

  private async removeAll(folders: readonly string[]): Promise<void> {
    await Promise.all(folders.map((folder) => this.temp.remove(folder)));
  }
}
