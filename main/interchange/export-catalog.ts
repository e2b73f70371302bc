import { WorkbenchError } from '../../shared/ipc/errors';
import type { ExportFormatInfo } from '../../shared/model/interchange';

/**
 * What each export format is called and writes, without the code that writes it: the window's
 * menus and the save dialog need only this, and the process that shows them then starts without
 * loading every writer (the HTML report's charting and DOM libraries alone are over a megabyte).
 * The writers (export-formats.ts, loaded by the export worker and the command line) take their
 * names from here.
 */
export const EXPORT_CATALOG = {
  bundle: {
    id: 'bundle',
    name: 'Annotation Workbench bundle (JSON)',
    offsetUnit: 'utf16-code-units',
    extension: 'awb.json',
  },
  csv: { id: 'csv', name: 'CSV tables (annotations and claims)', offsetUnit: 'code-points', extension: null },
  w3c: { id: 'w3c', name: 'W3C Web Annotation (JSON-LD)', offsetUnit: 'code-points', extension: 'jsonld' },
  brat: { id: 'brat', name: 'brat standoff (.txt + .ann)', offsetUnit: 'code-points', extension: null },
  conll: { id: 'conll-2003', name: 'CoNLL-2003 (named entities, BIO tags)', offsetUnit: 'tokens', extension: 'conll' },
  doccano: {
    id: 'doccano',
    name: 'doccano JSONL (entities and relations)',
    offsetUnit: 'code-points',
    extension: 'jsonl',
  },
  labelStudio: {
    id: 'label-studio',
    name: 'Label Studio JSON (tasks with annotations)',
    offsetUnit: 'code-points',
    extension: 'json',
  },
  spacy: {
    id: 'spacy-prodigy',
    name: 'spaCy / Prodigy JSONL (tokens and spans)',
    offsetUnit: 'code-points',
    extension: 'jsonl',
  },
  webanno: { id: 'webanno-tsv', name: 'WebAnno TSV 3.3 (INCEpTION)', offsetUnit: 'utf16-code-units', extension: null },
  qdpx: {
    id: 'refi-qda',
    name: 'REFI-QDA project (.qdpx: ATLAS.ti, MAXQDA, NVivo, QualCoder)',
    offsetUnit: 'code-points',
    extension: 'qdpx',
  },
  claimReview: {
    id: 'claimreview',
    name: 'ClaimReview JSON-LD (schema.org fact checks)',
    offsetUnit: 'none',
    extension: 'jsonld',
  },
  htmlReport: {
    id: 'html-report',
    name: 'HTML report (readable, self-contained)',
    offsetUnit: 'none',
    extension: 'html',
  },
} as const satisfies Record<string, ExportFormatInfo>;

/** Every export format, in the order menus list them: the native bundle first, then by kind of tool. */
export const EXPORT_FORMAT_INFOS: readonly ExportFormatInfo[] = Object.values(EXPORT_CATALOG);

/** The format with this id; unknown ids are refused with the list of known ones. */
export function exportFormatInfoById(id: string): ExportFormatInfo {
  const format = EXPORT_FORMAT_INFOS.find((candidate) => candidate.id === id);
  if (format === undefined) {
    const known = EXPORT_FORMAT_INFOS.map((candidate) => candidate.id).join(', ');
    throw new WorkbenchError('invalid-argument', `There is no export format “${id}”. Choose one of: ${known}.`);
  }
  return format;
}
