import type { AnnotationFormat } from '../../../import-formats/import-format';
import { firstJsonRecord } from '../../../import-formats/json-record';
import { parseEachFile } from '../../../import-formats/parse-each-file';
import { parseW3c } from './w3c-parse';

/** W3C Web Annotation JSON-LD: a record with a JSON-LD context or an Annotation type. */
export const w3cImportFormat: AnnotationFormat = {
  id: 'w3c',
  title: 'W3C Web Annotation',
  sniff(file) {
    const record = firstJsonRecord(file);
    if (record === null) return null;
    const types = [record.type ?? record['@type']].flat();
    const annotation = types.some((type) => typeof type === 'string' && type.startsWith('Annotation'));
    return '@context' in record || annotation ? 'content' : null;
  },
  parse: parseEachFile((file, { findSourceText }) => {
    const json = file.json();
    return parseW3c(json.ok ? json.value : undefined, file.name, findSourceText);
  }),
};
