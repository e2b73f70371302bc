import type { ImportReport } from '../../../shared/model/library';
import { checkFileSize } from '../../library/import/import-limits';
import { importFile } from '../../library/import/import-file';
import { filesAtPaths } from '../../library/import-jobs/import-sources';
import { runImport } from '../../library/import-jobs/run-import';
import type { ProjectStore } from '../../store/project-store';
import { EXIT, type CliIo } from '../cli-io';
import { checkInputPaths } from '../input-paths';
import { terminal, terminalJson } from '../terminal-text';

function printReport(report: ImportReport, io: CliIo): void {
  for (const item of report.imported) io.out(terminal`imported   ${item.file}  →  #${item.articleId} ${item.title}`);
  for (const item of report.duplicates) {
    io.out(terminal`duplicate  ${item.file}  (already #${item.existingArticleId} ${item.existingTitle})`);
  }
  for (const item of report.failed) io.out(terminal`FAILED     ${item.file}: ${item.message}`);
  for (const note of report.notes) io.out(terminal`note       ${note.file}: ${note.message}`);
  io.out(
    terminal`${report.imported.length} imported, ${report.duplicates.length} duplicates, ${report.failed.length} failed`,
  );
}

/**
 * Same pipeline and report as the app's import; a path that cannot be read fails like a bad file.
 * Exits 1 when any file failed.
 */
export async function importCommand(store: ProjectStore, paths: string[], json: boolean, io: CliIo): Promise<number> {
  const { readable, failed } = checkInputPaths(paths);
  const report = await runImport('cli', filesAtPaths(readable), store, (bytes, name) => importFile(bytes, name), {
    onProgress: (progress) => {
      if (progress.currentFile !== null)
        io.err(terminal`[${progress.done + 1}/${progress.total}] ${progress.currentFile}`);
    },
    isCancelled: () => false,
    checkSize: checkFileSize,
    log: (message, error) => io.err(terminal`${message}: ${String(error)}`),
  });
  report.failed.unshift(...failed);
  if (json) io.out(terminalJson(report));
  else printReport(report, io);
  return report.failed.length > 0 ? EXIT.failed : EXIT.ok;
}
