import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ArticleSummary } from '../../../shared/model/article';
import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import type { ErrorLog } from '../../ipc/dispatcher';
import type { ArticleInput } from '../../store/article-repository';
import type { ProjectStore } from '../../store/project-store';
import type { ImportedArticle } from '../import/imported-article';
import { readSource, type ImportSource } from './import-sources';

export type ImportOne = (bytes: Uint8Array, fileName: string) => Promise<ImportedArticle>;

export interface ImportCallbacks {
  onProgress(progress: ImportProgress): void;
  isCancelled(): boolean;
  /** Refuses a file before and while it is read, so an enormous file costs no memory. */
  checkSize: (size: number, fileName: string) => void;
  log: ErrorLog;
}

export function toArticleInput(imported: ImportedArticle): ArticleInput {
  const { source, url, author, publishedAt, language } = imported.metadata;
  return {
    title: imported.title,
    text: imported.text,
    blocks: imported.blocks,
    links: imported.links,
    metadata: { source, url, author, publishedAt, language },
    original: imported.original,
  };
}

function failureMessage(error: unknown, file: string, log: ErrorLog): string {
  if (error instanceof WorkbenchError) return error.message;
  log(`Importing ${file} failed unexpectedly`, error);
  return `"${file}" could not be imported because of an unexpected error; details are in the log.`;
}

/** Both are kept: the files differ (another encoding, another copy), and the analyst decides. */
function sameTextNote(file: string, existing: ArticleSummary, importedId: number): ImportReport['notes'][number] {
  const where = existing.deletedAt === null ? '' : ' (in the trash)';
  return {
    file,
    message: `Same text as #${existing.id} “${existing.title}”${where}, from a different file; both are kept (this one as #${importedId}).`,
    articleId: existing.id,
  };
}

/**
 * Imports files one by one, each in its own transaction: a bad file is reported and the rest go on,
 * and cancelling stops between files, so what was imported is always complete.
 */
export async function runImport(
  jobId: string,
  sources: readonly ImportSource[],
  store: ProjectStore,
  importOne: ImportOne,
  callbacks: ImportCallbacks,
): Promise<ImportReport> {
  const report: ImportReport = {
    jobId,
    imported: [],
    duplicates: [],
    failed: [],
    notes: [],
    skipped: 0,
    cancelled: false,
  };
  for (const [index, source] of sources.entries()) {
    if (callbacks.isCancelled()) {
      report.cancelled = true;
      report.skipped = sources.length - index;
      break;
    }
    callbacks.onProgress({ jobId, done: index, total: sources.length, currentFile: source.name });
    try {
      const bytes = readSource(source, callbacks.checkSize);
      const existing = store.findDuplicate(bytes);
      if (existing !== undefined) {
        report.duplicates.push({ file: source.name, existingArticleId: existing.id, existingTitle: existing.title });
        continue;
      }
      const imported = await importOne(bytes, source.name);
      const sameText = store.findSameText(imported.text);
      const article = store.createArticle(toArticleInput(imported));
      report.imported.push({ file: source.name, articleId: article.id, title: article.title });
      report.notes.push(...imported.notes.map((message) => ({ file: source.name, message })));
      if (sameText !== undefined) report.notes.push(sameTextNote(source.name, sameText, article.id));
    } catch (error) {
      report.failed.push({ file: source.name, message: failureMessage(error, source.name, callbacks.log) });
    }
  }
  const done = report.imported.length + report.duplicates.length + report.failed.length;
  callbacks.onProgress({ jobId, done, total: sources.length, currentFile: null });
  return report;
}
