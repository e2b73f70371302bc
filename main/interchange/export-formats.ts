import { exportFormatInfoById } from './export-catalog';
import type { ExportFormat } from './export-format';
import { bratFormat } from './formats/brat/brat-export';
import { bundleFormat } from './formats/bundle/bundle-export';
import { claimReviewFormat } from './formats/claimreview/claimreview-export';
import { conllFormat } from './formats/conll/conll-export';
import { createCsvFormat, csvFormat } from './formats/csv/csv-export';
import { doccanoFormat } from './formats/doccano/doccano-export';
import { htmlReportFormat } from './formats/html-report/html-report-export';
import { labelStudioFormat } from './formats/label-studio/label-studio-export';
import { qdpxFormat } from './formats/refi-qda/qdpx-export';
import { spacyFormat } from './formats/spacy/spacy-export';
import { w3cFormat } from './formats/w3c/w3c-export';
import { webannoFormat } from './formats/webanno/webanno-export';

/** The writer of every format of the catalog (export-catalog.ts), in its order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  bundleFormat,
  csvFormat,
  w3cFormat,
  bratFormat,
  conllFormat,
  doccanoFormat,
  labelStudioFormat,
  spacyFormat,
  webannoFormat,
  qdpxFormat,
  claimReviewFormat,
  htmlReportFormat,
];

/** Choices that change how a format writes, not what: only CSV has one today. */
export interface ExportOptions {
  /** CSV: start with a UTF-8 byte order mark (on by default, for Excel). */
  readonly byteOrderMark?: boolean;
}

/** The format with this id, configured by the options; unknown ids are refused with the list of known ones. */
export function exportFormatById(id: string, options: ExportOptions = {}): ExportFormat {
  const info = exportFormatInfoById(id);
  if (info.id === csvFormat.id && options.byteOrderMark === false) return createCsvFormat({ byteOrderMark: false });
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === info.id);
  if (format === undefined) throw new Error(`The export format “${info.id}” has no writer`);
  return format;
}
