import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ExportFormatInfo, ExportReport, ExportRevealAction } from '../../../shared/model/interchange';
import { ReportDialog } from '../dialogs/report-dialog';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { JobKind, JobProgressPanel } from '../dom/job-progress-panel';
import { describeExportReport } from './describe-export-report';
import type { ExportRequest } from './export-dialog';

export interface ExportControllerOptions {
  api: WorkbenchApi;
  /** The progress card, shared with imports. */
  progress: JobProgressPanel;
  reportError(error: unknown): void;
}

/**
 * Runs exports: main asks where to write and exports in the background, reporting through events
 * that may overtake the call that started the job (a one-article export can finish first), so
 * finished jobs are remembered and never shown as running again.
 */
export class ExportController implements Disposable {
  readonly report = new ReportDialog('export-report-dialog');
  private readonly options: ExportControllerOptions;
  private readonly kind: JobKind;
  private readonly subscriptions = new DisposableStore();
  private readonly finished = new Set<string>();
  /** The format of each running job, for its card. */
  private readonly formatNames = new Map<string, string>();
  private formatList: Promise<readonly ExportFormatInfo[]> | null = null;
  /** Whether this is the desktop app, which can open what it exported; asked once. */
  private desktop: Promise<boolean> | null = null;

  constructor(options: ExportControllerOptions) {
    this.options = options;
    this.kind = {
      doing: 'Exporting',
      unit: ['article', 'articles'],
      barLabel: 'Export progress',
      stopping: 'Stopping; nothing will be written…',
      cancel: (jobId) => void this.cancel(jobId),
    };
    this.subscriptions.addRelease(
      options.api.on('export.progress', (progress) => {
        if (this.finished.has(progress.jobId)) return;
        options.progress.update({ ...progress, detail: this.formatNames.get(progress.jobId) ?? null }, this.kind);
      }),
    );
    this.subscriptions.addRelease(options.api.on('export.finished', (report) => void this.showReport(report)));
  }

  dispose(): void {
    this.subscriptions.dispose();
  }

  /** The formats, asked once: they are fixed for the life of the app. */
  formats(): Promise<readonly ExportFormatInfo[]> {
    this.formatList ??= this.options.api.invoke('export.formats').catch((error: unknown) => {
      this.formatList = null;
      throw error;
    });
    return this.formatList;
  }

  async start(request: ExportRequest): Promise<void> {
    const { api, progress } = this.options;
    try {
      const started = await api.invoke('export.start', {
        formatId: request.format.id,
        scope: request.scope,
        ...(request.options === undefined ? {} : { options: request.options }),
      });
      // null: the user cancelled main's save or folder dialog.
      if (started === null || this.finished.has(started.jobId)) return;
      this.formatNames.set(started.jobId, request.format.name);
      if (!progress.has(started.jobId)) {
        progress.update(
          { jobId: started.jobId, done: 0, total: request.articles, detail: request.format.name },
          this.kind,
        );
      }
    } catch (error) {
      this.options.reportError(error);
    }
  }

  private async showReport(report: ExportReport): Promise<void> {
    this.finished.add(report.jobId);
    this.options.progress.finish(report.jobId);
    this.formatNames.delete(report.jobId);
    let format: ExportFormatInfo | undefined;
    try {
      format = (await this.formats()).find((candidate) => candidate.id === report.format);
    } catch (error) {
      console.warn('Export formats unavailable for the report; naming the format by its id', error);
    }
    const reveal =
      report.outcome === 'written' && (await this.isDesktop())
        ? {
            isFolder: format?.extension === null,
            run: (action: ExportRevealAction) => void this.reveal(report.jobId, action),
          }
        : undefined;
    this.report.show(describeExportReport(report, format?.name ?? report.format, reveal));
  }

  /** In the browser an export is a download, which the browser's downloads list opens. */
  private isDesktop(): Promise<boolean> {
    this.desktop ??= this.options.api.invoke('app.info').then(
      (info) => info.shell === 'electron',
      (error: unknown) => {
        console.warn('App info unavailable; the export report offers no Open file', error);
        return false;
      },
    );
    return this.desktop;
  }

  private async reveal(jobId: string, action: ExportRevealAction): Promise<void> {
    try {
      await this.options.api.invoke('export.reveal', { jobId, action });
    } catch (error) {
      this.options.reportError(error);
    }
  }

  private async cancel(jobId: string): Promise<void> {
    try {
      await this.options.api.invoke('export.cancel', { jobId });
    } catch (error) {
      this.options.reportError(error);
    }
  }
}
