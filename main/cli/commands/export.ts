import { resolve } from 'node:path';
import type { ExportScope } from '../../../shared/model/interchange';
import { exportFormatById, type ExportOptions } from '../../interchange/export-formats';
import { runExport } from '../../interchange/export-jobs/run-export';
import type { ProjectStore } from '../../store/project-store';
import { EXIT, UsageError, type CliIo } from '../cli-io';

/** "1,2,5" → article ids, refused as wrong usage if anything else is in the list. */
export function parseArticleIds(list: string): number[] {
  const ids = list.split(',').map((part) => part.trim());
  if (ids.some((id) => !/^[1-9]\d{0,15}$/.test(id))) {
    throw new UsageError(`--articles takes article numbers separated by commas (such as 1,2,5), not "${list}".`);
  }
  return ids.map(Number);
}

export interface ExportCommandArgs {
  readonly formatId: string;
  readonly articleIds: readonly number[] | undefined;
  readonly destination: string;
  readonly options: ExportOptions;
}

/** Same formats, snapshot and atomic write as the app's export; exits 1 when nothing could be written. */
export function exportCommand(store: ProjectStore, args: ExportCommandArgs, json: boolean, io: CliIo): number {
  const format = exportFormatById(args.formatId, args.options);
  const scope: ExportScope =
    args.articleIds === undefined ? { kind: 'project' } : { kind: 'articles', ids: [...args.articleIds] };
  let lastTenth = -1;
  const report = runExport(
    store,
    { jobId: 'cli', formatId: format.id, scope, destination: resolve(args.destination), options: args.options },
    {
      onProgress: (done, total) => {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth !== lastTenth) io.err(`[${done}/${total}] articles`);
        lastTenth = tenth;
      },
      isCancelled: () => false,
    },
  );
  if (json) {
    io.out(JSON.stringify(report, null, 2));
  } else if (report.outcome === 'written') {
    io.out(`exported   ${report.articles} articles, ${report.annotations} annotations as ${format.name}`);
    for (const file of report.files) io.out(`wrote      ${file}`);
    for (const item of report.dropped) io.out(`left out   ${item}`);
  } else {
    io.out(`FAILED     ${report.message ?? 'The export failed.'}`);
  }
  return report.outcome === 'written' ? EXIT.ok : EXIT.failed;
}
