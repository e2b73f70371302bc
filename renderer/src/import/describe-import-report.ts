import type { ArticleId } from '../../../shared/model/article';
import type { ImportReport } from '../../../shared/model/library';
import type { ReportAction, ReportSection, ReportView } from '../dialogs/report-view';
import { counted } from '../text/plural';

/** Imported articles listed by name; more are summarised, as a folder can hold thousands. */
const MAX_LISTED_IMPORTED = 50;

/**
 * The report after an article import: counts, then every failed file with the reason, every
 * duplicate with the article it duplicates, what to check in imported files (bytes that were not
 * UTF-8, the same text as another article), and the imported articles, each with an Open button.
 */
export function describeImportReport(report: ImportReport, openArticle: (id: ArticleId) => void): ReportView {
  const open = (id: ArticleId, title: string): ReportAction => ({
    label: 'Open',
    ariaLabel: `Open ${title || 'Untitled article'}`,
    run: () => openArticle(id),
  });
  const notes: string[] = [];
  if (report.cancelled) {
    notes.push(
      `The import was stopped. ${counted(report.skipped, 'file was', 'files were')} not attempted; everything imported before stays in the project.`,
    );
  }
  const sections: ReportSection[] = [];
  if (report.failed.length > 0) {
    sections.push({
      title: `Failed (${report.failed.length})`,
      tone: 'danger',
      rows: report.failed.map((failure) => ({ primary: failure.file, detail: failure.message })),
    });
  }
  if (report.duplicates.length > 0) {
    sections.push({
      title: `Already in the project (${report.duplicates.length})`,
      tone: 'neutral',
      rows: report.duplicates.map((duplicate) => ({
        primary: duplicate.file,
        detail: 'Same file as ',
        quote: duplicate.existingTitle || 'Untitled article',
        icon: 'document',
        action: open(duplicate.existingArticleId, duplicate.existingTitle),
      })),
    });
  }
  if (report.notes.length > 0) {
    sections.push({
      title: `To check (${report.notes.length})`,
      tone: 'neutral',
      rows: report.notes.map((note) => ({
        primary: note.file,
        detail: note.message,
        ...(note.articleId === undefined
          ? {}
          : {
              action: {
                label: 'Open',
                ariaLabel: `Open article #${note.articleId}`,
                run: () => openArticle(note.articleId as ArticleId),
              },
            }),
      })),
    });
  }
  if (report.imported.length > 0) {
    const listed = report.imported.slice(0, MAX_LISTED_IMPORTED);
    sections.push({
      title: `Imported (${report.imported.length})`,
      tone: 'success',
      rows: listed.map((imported) => ({
        primary: imported.title || 'Untitled article',
        primaryKind: 'title',
        detail: imported.file,
        icon: 'check',
        action: open(imported.articleId, imported.title),
      })),
      more: report.imported.length - listed.length,
    });
  }
  if (report.imported.length + report.duplicates.length + report.failed.length === 0 && !report.cancelled) {
    notes.push('There was nothing to import.');
  }
  return {
    heading: report.cancelled ? 'Import cancelled' : 'Import finished',
    stats: [
      { label: 'Imported', value: report.imported.length, tone: 'success', id: 'imported' },
      { label: 'Already in the project', value: report.duplicates.length, tone: 'neutral', id: 'duplicates' },
      {
        label: 'Failed',
        value: report.failed.length,
        tone: report.failed.length > 0 ? 'danger' : 'neutral',
        id: 'failed',
      },
      ...(report.skipped > 0
        ? [{ label: 'Not attempted', value: report.skipped, tone: 'neutral' as const, id: 'skipped' }]
        : []),
    ],
    notes,
    sections,
  };
}
