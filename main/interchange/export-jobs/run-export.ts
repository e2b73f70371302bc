import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ExportReport, ExportScope } from '../../../shared/model/interchange';
import type { ProjectStore } from '../../store/project-store';
import { exportFormatById, type ExportOptions } from '../export-formats';
import { readExportSet, type ExportSet } from '../export-set';
import { writeExportOutput } from '../write-export';

/** One export as the user asked for it: which format, which articles, where to. */
export interface ExportRequest {
  readonly jobId: string;
  readonly formatId: string;
  readonly scope: ExportScope;
  /** The file (single-file formats) or new folder (the others) the user chose. */
  readonly destination: string;
  readonly options?: ExportOptions;
  /**
   * False (the command line without --force) leaves a file already at a single-file destination
   * alone. The app's save dialog has asked the user before, so by default it is replaced.
   */
  readonly replaceFile?: boolean;
}

export interface ExportCallbacks {
  onProgress(done: number, total: number): void;
  isCancelled(): boolean;
}

/**
 * Reads the chosen articles on one snapshot, lets the format make its output article by article
 * (stopping between articles once the user cancels) and writes it atomically; a format whose output
 * is a sequence of chunks makes them as the writer streams them to disk, so its `dropped` is read
 * after writing. A failed or cancelled export writes nothing; either way the report says what happened.
 */
export function runExport(store: ProjectStore, request: ExportRequest, callbacks: ExportCallbacks): ExportReport {
  const report: ExportReport = {
    jobId: request.jobId,
    format: request.formatId,
    outcome: 'failed',
    destination: request.destination,
    files: [],
    articles: 0,
    annotations: 0,
    dropped: [],
    message: null,
  };
  try {
    const format = exportFormatById(request.formatId, request.options);
    store.readConsistently(() => {
      const set = readExportSet(store, request.scope.kind === 'articles' ? request.scope.ids : undefined);
      let annotations = 0;
      const output = format.export(
        countingAnnotations(set, (count) => (annotations += count)),
        {
          articleDone(done, total) {
            callbacks.onProgress(done, total);
            if (callbacks.isCancelled())
              throw new WorkbenchError('cancelled', 'The export was cancelled; nothing was written.');
          },
        },
      );
      if (callbacks.isCancelled())
        throw new WorkbenchError('cancelled', 'The export was cancelled; nothing was written.');
      report.files = writeExportOutput(output, request.destination, request.replaceFile);
      report.articles = set.articles.length;
      report.annotations = annotations;
      report.dropped = [...output.dropped];
    });
    report.outcome = 'written';
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error;
    report.outcome = error.code === 'cancelled' ? 'cancelled' : 'failed';
    report.message = error.message;
  }
  return report;
}

/**
 * The set, reporting each article's annotations on the format's first pass over the articles (a
 * format may pass more than once, and the snapshot holds no total of its own).
 */
function countingAnnotations(set: ExportSet, count: (annotations: number) => void): ExportSet {
  const { articles } = set;
  let counted = false;
  return {
    ...set,
    articles: {
      length: articles.length,
      *[Symbol.iterator]() {
        const counting = !counted;
        counted = true;
        for (const exported of articles) {
          if (counting) count(exported.annotations.length);
          yield exported;
        }
      },
    },
  };
}
