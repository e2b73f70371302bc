import type { AnnotationImportReport } from '../../../shared/model/interchange';
import { importAnnotationFiles } from '../../interchange/import/import-annotation-files';
import type { ProjectStore } from '../../store/project-store';
import { EXIT, type CliIo } from '../cli-io';

function printReport(report: AnnotationImportReport, io: CliIo): void {
  for (const article of report.articles) {
    io.out(
      `imported   ${article.name}  →  #${article.articleId} ${article.title} (${article.annotations} annotations, ${article.relations} relations)`,
    );
  }
  for (const label of report.labelsAdded) io.out(`added      ${label}`);
  for (const conflict of report.conflicts) io.out(`conflict   ${conflict}`);
  for (const warning of report.warnings) io.out(`note       ${warning}`);
  for (const problem of report.problems) io.out(`PROBLEM    ${problem.place}: ${problem.message}`);
  io.out(
    report.imported
      ? `${report.articles.length} articles imported, ${report.entitiesCreated} entities added, ${report.entitiesReused} matched`
      : `Nothing was imported: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`,
  );
}

/** Same checks and report as the app's annotation import; exits 1 when anything was wrong (then nothing is imported). */
export function importAnnotationsCommand(store: ProjectStore, paths: string[], json: boolean, io: CliIo): number {
  const report = importAnnotationFiles(store, paths);
  if (json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io);
  return report.imported ? EXIT.ok : EXIT.failed;
}
