import type { ArticleId } from '../../../shared/model/article';
import { AnnotationImportController } from '../annotation-import/annotation-import-controller';
import type { AnnotationSession } from '../annotation/annotation-session';
import { ExportController } from '../export/export-controller';
import { ExportDialog } from '../export/export-dialog';
import { ImportController } from '../import/import-controller';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { WindowServices } from './window-services';
import type { Workbench } from './workbench';

/** Imports, exports and annotation imports: their controllers, dialog and reports. */
export interface WindowJobs extends Disposable {
  readonly imports: ImportController;
  readonly exports: ExportController;
  readonly exportDialog: ExportDialog;
  readonly annotationImports: AnnotationImportController;
}

export interface WindowJobDeps {
  readonly services: WindowServices;
  readonly session: AnnotationSession;
  readonly workbench: Workbench;
  /** Shows the article list (not the trash), before an imported article opens. */
  showArticleList(): void;
}

export function createWindowJobs(deps: WindowJobDeps): WindowJobs {
  const { services, session, workbench } = deps;
  const { api, reportError } = services;
  const store = new DisposableStore();
  const openArticle = (id: ArticleId) => {
    deps.showArticleList();
    void workbench.openArticle(id);
  };
  const imports = store.add(
    new ImportController({
      api,
      toasts: services.toasts,
      progress: services.jobProgress,
      reportError,
      onFinished: (report) => {
        if (report.imported[0]?.articleId !== undefined) deps.showArticleList();
        workbench.importFinished(report);
      },
      openArticle,
    }),
  );
  const exports = store.add(new ExportController({ api, progress: services.jobProgress, reportError }));
  const exportDialog = new ExportDialog({
    formats: () => exports.formats(),
    articles: () => api.invoke('article.list'),
    openArticle: () => {
      const shown = session.model.article;
      return shown === null ? null : { id: shown.id, title: shown.title };
    },
    start: (request) => void exports.start(request),
    reportError,
  });
  const annotationImports = new AnnotationImportController({
    api,
    write: (action) => session.write(action),
    reload: async (firstArticle) => {
      if (firstArticle !== undefined) deps.showArticleList();
      await workbench.reload(firstArticle);
      await session.reloadShownArticle().catch(reportError);
    },
  });
  return { imports, exports, exportDialog, annotationImports, dispose: () => store.dispose() };
}
