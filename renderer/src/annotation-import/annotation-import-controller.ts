import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationImportReport } from '../../../shared/model/interchange';
import { ReportDialog } from '../dialogs/report-dialog';
import { describeAnnotationImport } from './describe-annotation-import';

export interface AnnotationImportOptions {
  api: WorkbenchApi;
  /** Runs the import with the status bar's save state; null when it failed (already reported). */
  write: <T>(action: () => Promise<T>) => Promise<T | null>;
  /** Labels, entities, the library and the open article's annotations, after an import added to them. */
  reload(firstArticle: ArticleId | undefined): Promise<void>;
}

/**
 * File › Import annotations…: main asks for the files and imports all of them or nothing; the
 * report says which. After a successful import everything the files added is reloaded and the
 * first imported article is shown.
 */
export class AnnotationImportController {
  readonly report = new ReportDialog('annotation-import-report-dialog');
  private readonly options: AnnotationImportOptions;
  private running = false;

  constructor(options: AnnotationImportOptions) {
    this.options = options;
  }

  async run(): Promise<void> {
    // A second dialog on top of the first would import the same files twice.
    if (this.running) return;
    this.running = true;
    try {
      const { api, write } = this.options;
      // Wrapped, so that a failed write (null) is told apart from a cancelled file dialog.
      const outcome = await write(async (): Promise<{ report: AnnotationImportReport | null }> => ({
        report: await api.invoke('annotations.import'),
      }));
      const report = outcome?.report ?? null;
      if (report === null) return;
      if (report.imported) await this.options.reload(report.articles[0]?.articleId);
      this.report.show(describeAnnotationImport(report));
    } finally {
      this.running = false;
    }
  }
}
