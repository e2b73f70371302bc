import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationImportReport } from '../../../shared/model/interchange';
import { DialogImport, type SavingWrite } from '../dialogs/dialog-import';
import { ReportDialog } from '../dialogs/report-dialog';
import { describeAnnotationImport } from './describe-annotation-import';

export interface AnnotationImportOptions {
  api: WorkbenchApi;
  write: SavingWrite;
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
  private readonly importing: DialogImport<AnnotationImportReport>;

  constructor(private readonly options: AnnotationImportOptions) {
    this.importing = new DialogImport(options.write);
  }

  run(): Promise<void> {
    return this.importing.run(
      () => this.options.api.invoke('annotations.import'),
      async (report) => {
        if (report.imported) await this.options.reload(report.articles[0]?.articleId);
        this.report.show(describeAnnotationImport(report));
      },
    );
  }
}
