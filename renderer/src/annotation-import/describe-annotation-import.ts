import type { AnnotationImportReport } from '../../../shared/model/interchange';
import type { ReportSection, ReportView } from '../dialogs/report-view';
import { counted } from '../text/plural';

/**
 * The report after File › Import annotations…. An import is all or nothing: with any problem the
 * report lists each one with its place ("news.ann:12") and says that nothing was imported;
 * otherwise it counts what was added and lists what was merged differently from the files, what
 * was left out (files with no annotations, a span inside a character) and which labels the files
 * spell differently from the schema.
 */
export function describeAnnotationImport(report: AnnotationImportReport): ReportView {
  const files = report.files.join(', ');
  if (!report.imported) {
    return {
      heading: 'Annotations not imported',
      stats: [],
      notes: [`${counted(report.problems.length, 'problem', 'problems')} in ${files}.`, 'Nothing was imported.'],
      sections: [
        {
          title: `Problems (${report.problems.length})`,
          tone: 'danger',
          rows: report.problems.map((problem) => ({ primary: problem.place, detail: problem.message })),
        },
      ],
    };
  }
  const sum = (pick: (article: AnnotationImportReport['articles'][number]) => number) =>
    report.articles.reduce((total, article) => total + pick(article), 0);
  const sections: ReportSection[] = [];
  const lines = (title: string, items: readonly string[], tone: ReportSection['tone'] = 'neutral') => {
    if (items.length > 0)
      sections.push({ title: `${title} (${items.length})`, tone, rows: items.map((primary) => ({ primary })) });
  };
  lines('Conflicts', report.conflicts, 'danger');
  if (report.skipped.length > 0) {
    sections.push({
      title: `Left out (${report.skipped.length})`,
      tone: 'neutral',
      rows: report.skipped.map((item) => ({ primary: item.place, detail: item.message })),
    });
  }
  lines('Labels added to the schema', report.labelsAdded);
  lines('Labels matched to the schema', report.labelsMatched);
  lines('Warnings', report.warnings);
  if (report.articles.length > 0) {
    sections.push({
      title: `Articles (${report.articles.length})`,
      tone: 'neutral',
      rows: report.articles.map((article) => ({
        primary: article.title || 'Untitled article',
        detail: `${article.name}: ${counted(article.annotations, 'annotation', 'annotations')}, ${counted(article.relations, 'relation', 'relations')}`,
      })),
    });
  }
  return {
    heading: 'Annotations imported',
    stats: [
      { label: 'Articles', value: report.articles.length, tone: 'success', id: 'articles' },
      { label: 'Annotations', value: sum((article) => article.annotations), tone: 'success', id: 'annotations' },
      { label: 'Entities added', value: report.entitiesCreated, tone: 'neutral', id: 'entities' },
      { label: 'Relations', value: sum((article) => article.relations), tone: 'neutral', id: 'relations' },
      { label: 'Labels added', value: report.labelsAdded.length, tone: 'neutral', id: 'labels' },
      {
        label: 'Conflicts',
        value: report.conflicts.length,
        tone: report.conflicts.length > 0 ? 'danger' : 'neutral',
        id: 'conflicts',
      },
    ],
    notes: [
      `From ${files}.`,
      ...(report.entitiesReused > 0
        ? [`${counted(report.entitiesReused, 'entity', 'entities')} matched to ones already in the project.`]
        : []),
    ],
    sections,
  };
}
