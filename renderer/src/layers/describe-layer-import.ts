import type { LayerImportReport } from '../../../shared/model/layer';
import type { ReportSection, ReportView } from '../dialogs/report-view';
import { counted } from '../text/plural';

/**
 * The report after "Import a colleague's layer…". Like an annotation import it is all or nothing:
 * with any problem nothing was added and each problem is listed with its place. Otherwise it says
 * which layer was added, which documents matched the project's articles (by text hash), which did
 * not and were left out, and which labels the files brought into the schema.
 */
export function describeLayerImport(report: LayerImportReport): ReportView {
  const files = report.files.join(', ');
  if (!report.imported || report.layer === undefined) {
    return {
      heading: 'Layer not imported',
      stats: [],
      notes: [`${counted(report.problems.length, 'problem', 'problems')} in ${files}.`, 'No layer was added.'],
      sections: [
        {
          title: `Problems (${report.problems.length})`,
          tone: 'danger',
          rows: report.problems.map((problem) => ({ primary: problem.place, detail: problem.message })),
        },
      ],
    };
  }
  const sections: ReportSection[] = [];
  if (report.matched.length > 0) {
    sections.push({
      title: `Matched (${report.matched.length})`,
      tone: 'neutral',
      rows: report.matched.map((document) => ({
        primary: document.name,
        detail: counted(document.annotations, 'annotation', 'annotations'),
        icon: 'check',
      })),
    });
  }
  const lines = (title: string, items: readonly string[], tone: ReportSection['tone'] = 'neutral') => {
    if (items.length > 0)
      sections.push({ title: `${title} (${items.length})`, tone, rows: items.map((primary) => ({ primary })) });
  };
  lines('Not in this project, left out', report.unmatched, 'danger');
  lines('Labels added to the schema', report.labelsAdded);
  lines('Warnings', report.warnings);
  const annotations = report.matched.reduce((total, document) => total + document.annotations, 0);
  return {
    heading: 'Layer imported',
    stats: [
      { label: 'Matched', value: report.matched.length, tone: 'success', id: 'matched' },
      {
        label: 'Unmatched',
        value: report.unmatched.length,
        tone: report.unmatched.length > 0 ? 'danger' : 'neutral',
        id: 'unmatched',
      },
      { label: 'Annotations', value: annotations, tone: 'success', id: 'annotations' },
      { label: 'Labels added', value: report.labelsAdded.length, tone: 'neutral', id: 'labels' },
    ],
    notes: [`“${report.layer.name}” from ${files}, beside the project’s own annotations: nothing was overwritten.`],
    sections,
  };
}
