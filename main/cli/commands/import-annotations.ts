import type { AnnotationImportReport } from '../../../shared/model/interchange';
import { importAnnotationFiles } from '../../interchange/import/import-annotation-files';
import { refusedImportReport } from '../../interchange/import/import-report';
import type { ProjectStore } from '../../store/project-store';
import { EXIT, type CliIo } from '../cli-io';
import { checkInputPaths } from '../input-paths';
import { terminal, terminalJson } from '../terminal-text';

function printReport(report: AnnotationImportReport, io: CliIo): void {
  for (const article of report.articles) {
    io.out(
      terminal`imported   ${article.name}  →  #${article.articleId} ${article.title} (${article.annotations} annotations, ${article.relations} relations)`,
    );
  }
  for (const label of report.labelsAdded) io.out(terminal`added      ${label}`);
  for (const label of report.labelsMatched) io.out(terminal`matched    ${label}`);
  for (const conflict of report.conflicts) io.out(terminal`conflict   ${conflict}`);
  for (const warning of report.warnings) io.out(terminal`note       ${warning}`);
  for (const item of report.skipped) io.out(terminal`skipped    ${item.place}: ${item.message}`);
  for (const problem of report.problems) io.out(terminal`PROBLEM    ${problem.place}: ${problem.message}`);
  io.out(
    report.imported
      ? terminal`${report.articles.length} articles imported, ${report.entitiesCreated} entities added, ${report.entitiesReused} matched`
      : terminal`Nothing was imported: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`,
  );
}

/**
 * Same checks and report as the app's annotation import, and a path that cannot be read is one more
 * problem; exits 1 when anything was wrong (then nothing is imported).
 */
export async function importAnnotationsCommand(
  store: ProjectStore,
  paths: string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  const { readable, failed } = checkInputPaths(paths);
  const report =
    failed.length > 0
      ? refusedImportReport(
          readable,
          failed.map(({ file, message }) => ({ place: file, message })),
        )
      : await importAnnotationFiles(store, paths);
  if (json) io.out(terminalJson(report));
  else printReport(report, io);
  return report.imported ? EXIT.ok : EXIT.failed;
}
