import type { ExportReport, ExportRevealAction } from '../../../shared/model/interchange';
import type { ReportAction, ReportSection, ReportView } from '../dialogs/report-view';

/** How the desktop app opens a written export; absent in the browser, where it is a download. */
export interface ExportReveal {
  /** The export is a folder (a multi-file format), so "Open folder" rather than "Open file". */
  readonly isFolder: boolean;
  run(action: ExportRevealAction): void;
}

/** Files of a folder export listed by name; a project export can write thousands. */
const MAX_LISTED_FILES = 20;

/**
 * The report after an export: where it went and how much, then every line of what the format could
 * not carry, so nobody takes the file for the whole project. A cancelled or failed export wrote
 * nothing (main assembles beside the destination and renames at the end), and says so.
 */
export function describeExportReport(report: ExportReport, formatName: string, reveal?: ExportReveal): ReportView {
  if (report.outcome === 'cancelled') {
    return { heading: 'Export cancelled', stats: [], notes: ['Cancelled: nothing was written.'], sections: [] };
  }
  if (report.outcome === 'failed') {
    return {
      heading: 'Export failed',
      stats: [],
      notes: [report.message ?? 'The export failed.', 'Nothing was written.'],
      sections: [],
    };
  }
  const sections: ReportSection[] = [];
  if (report.dropped.length > 0) {
    sections.push({
      title: `Not exported: what ${formatName} cannot carry (${report.dropped.length})`,
      tone: 'danger',
      rows: report.dropped.map((line) => ({ primary: line })),
    });
  }
  if (report.files.length > 1) {
    const rest = report.files.length - MAX_LISTED_FILES;
    sections.push({
      title: `Files written (${report.files.length})`,
      tone: 'neutral',
      rows: [
        ...report.files.slice(0, MAX_LISTED_FILES).map((file) => ({ primary: file })),
        ...(rest > 0 ? [{ primary: `and ${rest} more` }] : []),
      ],
    });
  }
  return {
    heading: 'Export finished',
    stats: [
      { label: 'Articles', value: report.articles, tone: 'neutral', id: 'articles' },
      { label: 'Annotations exported', value: report.annotations, tone: 'success', id: 'annotations' },
      {
        label: 'Not carried',
        value: report.dropped.length,
        tone: report.dropped.length > 0 ? 'danger' : 'neutral',
        id: 'dropped',
      },
    ],
    notes: [`${formatName} written to ${report.destination}`],
    sections,
    ...(reveal === undefined ? {} : { actions: revealActions(reveal) }),
  };
}

function revealActions(reveal: ExportReveal): ReportAction[] {
  const what = reveal.isFolder ? 'folder' : 'file';
  return [
    { label: `Open ${what}`, ariaLabel: `Open ${what}`, run: () => reveal.run('open') },
    { label: 'Show in folder', ariaLabel: 'Show in folder', run: () => reveal.run('show-in-folder') },
  ];
}
