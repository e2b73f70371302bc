import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ExportScope } from '../../../shared/model/interchange';
import type { ExportFormat } from '../../interchange/export-format';
import { exportFormatById, type ExportOptions } from '../../interchange/export-formats';
import { runExport } from '../../interchange/export-jobs/run-export';
import type { ProjectStore } from '../../store/project-store';
import { EXIT, UsageError, type CliIo } from '../cli-io';
import { terminal, terminalJson } from '../terminal-text';

/** "1,2,5" → article ids, refused as wrong usage if anything else is in the list. */
export function parseArticleIds(list: string): number[] {
  const ids = list.split(',').map((part) => part.trim());
  if (ids.some((id) => !/^[1-9]\d{0,15}$/.test(id))) {
    throw new UsageError(`--articles takes article numbers separated by commas (such as 1,2,5), not "${list}".`);
  }
  return ids.map(Number);
}

/** The format named by --format; a name that is not one is wrong usage. */
export function parseExportFormat(id: string, options: ExportOptions): ExportFormat {
  try {
    return exportFormatById(id, options);
  } catch (error) {
    if (error instanceof WorkbenchError) throw new UsageError(error.message);
    throw error;
  }
}

export interface ExportCommandArgs {
  readonly format: ExportFormat;
  readonly articleIds: readonly number[] | undefined;
  readonly destination: string;
  readonly options: ExportOptions;
  /** --force: a single-file export may replace a file already there. */
  readonly replaceFile: boolean;
}

/** Refuses at once, before the export is built, to overwrite a file the user did not say may go. */
function refuseExistingFile(args: ExportCommandArgs, destination: string): void {
  if (args.replaceFile || args.format.extension === null) return;
  const existing = lstatSync(destination, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isDirectory()) {
    throw new WorkbenchError('invalid-argument', `“${args.destination}” already exists. Add --force to replace it.`);
  }
}

/** Same formats, snapshot and atomic write as the app's export; exits 1 when nothing could be written. */
export function exportCommand(store: ProjectStore, args: ExportCommandArgs, json: boolean, io: CliIo): number {
  const { format } = args;
  const destination = resolve(args.destination);
  refuseExistingFile(args, destination);
  const scope: ExportScope =
    args.articleIds === undefined ? { kind: 'project' } : { kind: 'articles', ids: [...args.articleIds] };
  let lastTenth = -1;
  const report = runExport(
    store,
    {
      jobId: 'cli',
      formatId: format.id,
      scope,
      destination,
      options: args.options,
      replaceFile: args.replaceFile,
    },
    {
      onProgress: (done, total) => {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth !== lastTenth) io.err(terminal`[${done}/${total}] articles`);
        lastTenth = tenth;
      },
      isCancelled: () => false,
    },
  );
  if (json) {
    io.out(terminalJson(report));
  } else if (report.outcome === 'written') {
    io.out(terminal`exported   ${report.articles} articles, ${report.annotations} annotations as ${format.name}`);
    for (const file of report.files) io.out(terminal`wrote      ${file}`);
    for (const item of report.dropped) io.out(terminal`left out   ${item}`);
  } else {
    io.out(terminal`FAILED     ${report.message ?? 'The export failed.'}`);
  }
  return report.outcome === 'written' ? EXIT.ok : EXIT.failed;
}
