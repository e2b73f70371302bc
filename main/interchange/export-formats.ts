import { WorkbenchError } from '../../shared/ipc/errors';
import type { ExportFormatInfo } from '../../shared/model/interchange';
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

/** Every export format, in the order menus list them: the native bundle first, then by kind of tool. */
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

export function exportFormatInfo(format: ExportFormat): ExportFormatInfo {
  return { id: format.id, name: format.name, offsetUnit: format.offsetUnit, extension: format.extension };
}

/** The format with this id, configured by the options; unknown ids are refused with the list of known ones. */
export function exportFormatById(id: string, options: ExportOptions = {}): ExportFormat {
  if (id === csvFormat.id && options.byteOrderMark === false) return createCsvFormat({ byteOrderMark: false });
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === id);
  if (format === undefined) {
    const known = EXPORT_FORMATS.map((candidate) => candidate.id).join(', ');
    throw new WorkbenchError('invalid-argument', `There is no export format “${id}”. Choose one of: ${known}.`);
  }
  return format;
}
