import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFOS } from '../../../main/interchange/export-catalog';
import { EXPORT_FORMATS, exportFormatById } from '../../../main/interchange/export-formats';
import { ExportFormatInfo } from '../../../shared/model/interchange';
import { useTempDir } from '../support/temp-dir';
import { exportAnnotatedProject } from './support/export-annotated-project';

describe('the export format registry', () => {
  const tempDir = useTempDir();

  it('lists the twelve formats of the issue, each with a unique id the IPC contract accepts', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual([
      'bundle',
      'csv',
      'w3c',
      'brat',
      'conll-2003',
      'doccano',
      'label-studio',
      'spacy-prodigy',
      'webanno-tsv',
      'refi-qda',
      'claimreview',
      'html-report',
    ]);
    for (const format of EXPORT_FORMAT_INFOS) expect(ExportFormatInfo.parse(format)).toBeDefined();
  });

  it('has a writer for every format the menus list, under the same name and in the same order', () => {
    expect(EXPORT_FORMATS.map(({ id, name, offsetUnit, extension }) => ({ id, name, offsetUnit, extension }))).toEqual(
      EXPORT_FORMAT_INFOS,
    );
    expect(() => exportFormatById('docx')).toThrow(/There is no export format “docx”. Choose one of: bundle, csv,/);
  });

  it.each(EXPORT_FORMATS.map((format) => [format.id, format] as const))(
    '%s writes the annotated fixture to its destination and reports it',
    (_id, format) => {
      const dir = tempDir();
      const { destination, report } = exportAnnotatedProject(dir, format);
      expect(report).toMatchObject({ outcome: 'written', articles: 2, message: null });
      expect(statSync(destination).isDirectory()).toBe(format.extension === null);
      expect(report.files.length).toBeGreaterThan(0);
      for (const file of report.files) expect(existsSync(join(dir, file))).toBe(true);
      expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    },
  );
});
