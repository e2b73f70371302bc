import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../shared/model/article';
import type { ImportReport } from '../../../shared/model/library';
import { ReportDialog } from '../dialogs/report-dialog';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { JobKind, JobProgressPanel } from '../dom/job-progress-panel';
import type { ToastRegion } from '../notifications/toast-region';
import { DropOverlay } from './drop-overlay';
import { MAX_DROPPED_FILES, oversizedFiles, readDroppedFiles, type DropContents } from './dropped-files';
import { describeImportReport } from './describe-import-report';

export interface ImportControllerOptions {
  api: WorkbenchApi;
  toasts: ToastRegion;
  /** The progress card, shared with exports. */
  progress: JobProgressPanel;
  reportError(error: unknown): void;
  /** An import finished: the library must be reloaded (and its first article shown). */
  onFinished(report: ImportReport): void;
  openArticle(id: ArticleId): void;
}

/** Names listed in a message before "and N more". */
const NAMES_IN_MESSAGE = 3;

/**
 * Everything about getting files in: the Import menu's two commands (main shows the native dialog),
 * drag and drop, the progress card, and the report when a job ends. Imports run in main and report
 * through events, which may arrive before the call that started the job has returned (a tiny job
 * can finish first), so finished jobs are remembered and never shown as running again.
 */
export class ImportController implements Disposable {
  readonly report = new ReportDialog('article-import-report-dialog', 'import');
  readonly drop: DropOverlay;
  private readonly options: ImportControllerOptions;
  private readonly finished = new Set<string>();
  private readonly kind: JobKind;
  private readonly subscriptions = new DisposableStore();

  constructor(options: ImportControllerOptions) {
    this.options = options;
    this.kind = {
      doing: 'Importing',
      unit: ['file', 'files'],
      barLabel: 'Import progress',
      stopping: 'Stopping after the current file…',
      cancel: (jobId) => void this.cancel(jobId),
    };
    this.drop = new DropOverlay(document, (contents) => void this.importDropped(contents));
    this.subscriptions.addRelease(
      options.api.on('import.progress', (progress) => {
        if (!this.finished.has(progress.jobId)) {
          options.progress.update({ ...progress, detail: progress.currentFile }, this.kind);
        }
      }),
    );
    this.subscriptions.addRelease(
      options.api.on('import.finished', (report) => {
        this.finished.add(report.jobId);
        options.progress.finish(report.jobId);
        this.report.show(describeImportReport(report, (id) => options.openArticle(id)));
        options.onFinished(report);
      }),
    );
  }

  dispose(): void {
    this.subscriptions.dispose();
    this.drop.dispose();
  }

  /** "Import files…": main asks which files, then imports them. */
  importFiles(): void {
    void this.start(() => this.options.api.invoke('library.importFiles'));
  }

  /** "Import folder…": main asks which folder, then imports every file in it. */
  importFolder(): void {
    void this.start(() => this.options.api.invoke('library.importFolder'));
  }

  async importDropped(contents: DropContents): Promise<void> {
    const { toasts } = this.options;
    if (contents.folders.length > 0) {
      toasts.error(
        `Folders cannot be dropped here (${namesOf(contents.folders)}). Use Import › Import folder… to import a whole folder.`,
      );
    }
    const tooLarge = oversizedFiles(contents.files);
    if (tooLarge.length > 0) {
      toasts.error(
        `Too large to drop: ${namesOf(tooLarge.map((file) => file.name))}. Use Import › Import files… instead.`,
      );
    }
    const files = contents.files.filter((file) => !tooLarge.includes(file));
    if (files.length === 0) return;
    if (files.length > MAX_DROPPED_FILES) {
      toasts.error(
        `That is ${files.length} files; drop at most ${MAX_DROPPED_FILES} at a time, or use Import › Import folder….`,
      );
      return;
    }
    await this.start(async () => {
      let dropped;
      try {
        dropped = await readDroppedFiles(files);
      } catch (error) {
        console.error('Reading dropped files failed', error);
        toasts.error(
          'The dropped files could not be read. If you dropped a folder, use Import › Import folder… instead.',
        );
        return null;
      }
      return this.options.api.invoke('library.importDropped', { files: dropped });
    });
  }

  private async start(begin: () => Promise<{ jobId: string; total: number } | null>): Promise<void> {
    try {
      const started = await begin();
      // null: the user cancelled the file dialog. Nothing to do and nothing to report.
      const { progress } = this.options;
      if (started === null || this.finished.has(started.jobId) || progress.has(started.jobId)) return;
      progress.update({ jobId: started.jobId, done: 0, total: started.total, detail: null }, this.kind);
    } catch (error) {
      this.options.reportError(error);
    }
  }

  private async cancel(jobId: string): Promise<void> {
    try {
      await this.options.api.invoke('library.cancelImport', { jobId });
    } catch (error) {
      this.options.reportError(error);
    }
  }
}

function namesOf(names: readonly string[]): string {
  const listed = names.slice(0, NAMES_IN_MESSAGE).join(', ');
  const rest = names.length - NAMES_IN_MESSAGE;
  return rest > 0 ? `${listed} and ${rest} more` : listed;
}
