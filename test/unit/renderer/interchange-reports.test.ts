import { describe, expect, it, vi } from 'vitest';
import type { AnnotationImportReport, ExportReport } from '../../../shared/model/interchange';
import { describeAnnotationImport } from '../../../renderer/src/annotation-import/describe-annotation-import';
import { describeExportReport } from '../../../renderer/src/export/describe-export-report';
import { describeImportReport } from '../../../renderer/src/import/describe-import-report';
import type { ArticleId } from '../../../shared/model/article';
import type { ImportReport } from '../../../shared/model/library';

const WRITTEN: ExportReport = {
  jobId: 'j1',
  format: 'conll-2003',
  outcome: 'written',
  destination: '/tmp/out.conll',
  files: ['/tmp/out.conll'],
  articles: 2,
  annotations: 5,
  dropped: ['Overlapping span “Peking” in “Xi empfängt Schoigu”'],
  message: null,
};

describe('export report', () => {
  it('says where it was written, how much, and every line the format could not carry', () => {
    const view = describeExportReport(WRITTEN, 'CoNLL-2003');
    expect(view.heading).toBe('Export finished');
    expect(view.notes).toEqual(['CoNLL-2003 written to /tmp/out.conll']);
    expect(view.stats.find((stat) => stat.id === 'annotations')?.value).toBe(5);
    expect(view.sections).toHaveLength(1);
    expect(view.sections[0]?.rows).toEqual([{ primary: 'Overlapping span “Peking” in “Xi empfängt Schoigu”' }]);
  });

  it('offers to open a written export and show it in its folder, where the app can (the desktop app)', () => {
    const run = vi.fn();
    const view = describeExportReport(WRITTEN, 'CoNLL-2003', { isFolder: false, run });
    expect(view.actions?.map((action) => action.label)).toEqual(['Open file', 'Show in folder']);
    for (const action of view.actions ?? []) action.run();
    expect(run.mock.calls).toEqual([['open'], ['show-in-folder']]);
    const folder = describeExportReport(WRITTEN, 'CSV', { isFolder: true, run });
    expect(folder.actions?.map((action) => action.label)).toEqual(['Open folder', 'Show in folder']);
    expect(describeExportReport(WRITTEN, 'CoNLL-2003').actions).toBeUndefined();
    expect(
      describeExportReport({ ...WRITTEN, outcome: 'failed' }, 'CSV', { isFolder: false, run }).actions,
    ).toBeUndefined();
  });

  it('lists the files of a folder export', () => {
    const view = describeExportReport({ ...WRITTEN, dropped: [], files: ['a.csv', 'b.csv'] }, 'CSV');
    expect(view.sections.map((section) => section.title)).toEqual(['Files written (2)']);
  });

  it('says that a cancelled or failed export wrote nothing', () => {
    expect(describeExportReport({ ...WRITTEN, outcome: 'cancelled' }, 'CSV').notes).toEqual([
      'Cancelled: nothing was written.',
    ]);
    expect(describeExportReport({ ...WRITTEN, outcome: 'failed', message: 'Disk full.' }, 'CSV').notes).toEqual([
      'Disk full.',
      'Nothing was written.',
    ]);
  });
});

const IMPORTED: AnnotationImportReport = {
  files: ['news.ann', 'news.txt'],
  imported: true,
  articles: [
    { name: 'news', articleId: 3, title: 'News', annotations: 4, relations: 1 },
    { name: 'more', articleId: 4, title: '', annotations: 2, relations: 0 },
  ],
  labelsAdded: ['entity type “GPE”'],
  labelsMatched: [],
  entitiesCreated: 3,
  entitiesReused: 1,
  conflicts: [],
  warnings: [],
  skipped: [],
  problems: [],
};

describe('annotation import report', () => {
  it('counts what was added and lists the labels the schema gained', () => {
    const view = describeAnnotationImport(IMPORTED);
    expect(view.heading).toBe('Annotations imported');
    const value = (id: string) => view.stats.find((stat) => stat.id === id)?.value;
    expect([value('articles'), value('annotations'), value('entities'), value('relations'), value('labels')]).toEqual([
      2, 6, 3, 1, 1,
    ]);
    expect(view.notes).toEqual(['From news.ann, news.txt.', '1 entity matched to ones already in the project.']);
    expect(view.sections.map((section) => section.title)).toEqual(['Labels added to the schema (1)', 'Articles (2)']);
    expect(view.sections[1]?.rows[1]).toEqual({
      primary: 'Untitled article',
      detail: 'more: 2 annotations, 0 relations',
    });
  });

  it('lists what was left out by place, and the labels matched to differently spelt ones', () => {
    const view = describeAnnotationImport({
      ...IMPORTED,
      labelsMatched: ['“PERSON” → entity type “Person”'],
      skipped: [
        { place: 'news/README', message: 'This is not an annotation file; it was skipped.' },
        { place: 'news.ann:3', message: 'The span 6–7 starts inside the character “🇮🇷”; it was left out.' },
      ],
    });
    expect(view.sections.map((section) => section.title)).toEqual([
      'Left out (2)',
      'Labels added to the schema (1)',
      'Labels matched to the schema (1)',
      'Articles (2)',
    ]);
    expect(view.sections[0]?.rows[1]).toEqual({
      primary: 'news.ann:3',
      detail: 'The span 6–7 starts inside the character “🇮🇷”; it was left out.',
    });
    expect(view.sections[2]?.rows).toEqual([{ primary: '“PERSON” → entity type “Person”' }]);
  });

  it('lists every problem by place and says nothing was imported', () => {
    const view = describeAnnotationImport({
      ...IMPORTED,
      imported: false,
      articles: [],
      problems: [{ place: 'news.ann:2', message: 'The text at 5–9 is “abcd”, not “Xi”.' }],
    });
    expect(view.notes).toContain('Nothing was imported.');
    expect(view.stats).toEqual([]);
    expect(view.sections[0]?.rows).toEqual([{ primary: 'news.ann:2', detail: 'The text at 5–9 is “abcd”, not “Xi”.' }]);
  });
});

describe('article import report', () => {
  const REPORT: ImportReport = {
    jobId: 'i1',
    imported: [{ file: 'a.txt', articleId: 1, title: '' }],
    duplicates: [{ file: 'b.txt', existingArticleId: 2, existingTitle: 'Wire copy' }],
    failed: [{ file: 'c.txt', message: 'The file is empty.' }],
    notes: [],
    skipped: 0,
    cancelled: false,
  };

  it('counts, then lists failures, duplicates and imported articles with an Open action', () => {
    const opened: ArticleId[] = [];
    const view = describeImportReport(REPORT, (id) => opened.push(id));
    expect(view.heading).toBe('Import finished');
    expect(view.stats.map((stat) => [stat.id, stat.value])).toEqual([
      ['imported', 1],
      ['duplicates', 1],
      ['failed', 1],
    ]);
    expect(view.sections.map((section) => section.title)).toEqual([
      'Failed (1)',
      'Already in the project (1)',
      'Imported (1)',
    ]);
    expect(view.sections[1]?.rows[0]).toMatchObject({ primary: 'b.txt', quote: 'Wire copy' });
    const imported = view.sections[2]?.rows[0];
    expect(imported).toMatchObject({ primary: 'Untitled article', primaryKind: 'title', detail: 'a.txt' });
    imported?.action?.run();
    expect(opened).toEqual([1]);
  });

  it('lists what to check in imported files, with an Open action for the article of the same text', () => {
    const opened: ArticleId[] = [];
    const notes: ImportReport['notes'] = [
      { file: 'mixed.txt', message: '1 byte is not valid UTF-8 (the first on line 2); …' },
      { file: 'latin1.txt', message: 'Same text as #1 “Grüße”, from a different file; …', articleId: 1 },
    ];
    const view = describeImportReport({ ...REPORT, notes }, (id) => opened.push(id));
    const section = view.sections.find((candidate) => candidate.title === 'To check (2)');
    expect(section?.rows.map((row) => [row.primary, row.detail, row.action?.label])).toEqual([
      ['mixed.txt', notes[0]?.message, undefined],
      ['latin1.txt', notes[1]?.message, 'Open'],
    ]);
    section?.rows[1]?.action?.run();
    expect(opened).toEqual([1]);
  });

  it('says what a cancelled import left undone, and when there was nothing to import', () => {
    const cancelled = describeImportReport({ ...REPORT, skipped: 3, cancelled: true }, () => undefined);
    expect(cancelled.heading).toBe('Import cancelled');
    expect(cancelled.stats.at(-1)).toMatchObject({ id: 'skipped', value: 3 });
    expect(cancelled.notes[0]).toContain('3 files were not attempted');
    const empty = describeImportReport({ ...REPORT, imported: [], duplicates: [], failed: [] }, () => undefined);
    expect(empty.notes).toEqual(['There was nothing to import.']);
  });
});
