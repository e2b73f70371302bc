import type { AnnotationFormat } from '../../../import-formats/import-format';
import { firstJsonRecord } from '../../../import-formats/json-record';
import { parseEachFile } from '../../../import-formats/parse-each-file';
import { parseDoccano } from './doccano-parse';

/** doccano's JSONL by its name, or its JSON export by a record with a text and its labels. */
export const doccanoImportFormat: AnnotationFormat = {
  id: 'doccano',
  title: 'doccano',
  sniff(file) {
    if (file.extension === 'jsonl') return 'extension';
    const record = firstJsonRecord(file);
    if (record === null || !('text' in record)) return null;
    return 'entities' in record || 'label' in record || 'labels' in record ? 'content' : null;
  },
  parse: parseEachFile((file) => parseDoccano(file.utf8Text() ?? '', file.name, () => file.json())),
};
