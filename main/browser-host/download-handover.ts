import { basename, join } from 'node:path';
import type { ExportReport } from '../../shared/model/interchange';
import { ProjectStore } from '../store/project-store';
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

/** What the host writes for the user (exports, Save as's copy), handed to the page as downloads. */
export class DownloadHandover {
  private readonly exportsInFlight = new Map<string, ExportTarget>();
  private readonly temp: PrivateTemp;
  private readonly downloads: Downloads;

  constructor(temp: PrivateTemp, downloads: Downloads) {
    this.temp = temp;
    this.downloads = downloads;
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
   * through SQLite (a compacted snapshot), so edits the user makes meanwhile cannot tear it.
   */
  async offerProjectCopy(pageId: string | null, project: string): Promise<boolean> {
    const folder = await this.temp.newFolder('download');
    const copy = join(folder, basename(project));
    try {
      const store = ProjectStore.openForReading(project);
      try {
        store.copyTo(copy);
      } finally {
        store.close();
      }
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
