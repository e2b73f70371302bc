import type { AnnotationFormat } from '../../../import-formats/import-format';
import { firstJsonRecord } from '../../../import-formats/json-record';
import { parseEachFile } from '../../../import-formats/parse-each-file';
import { parseLabelStudio } from './label-studio-parse';

/** Label Studio's JSON export: tasks with `data` and their annotations, completions or predictions. */
export const labelStudioImportFormat: AnnotationFormat = {
  id: 'label-studio',
  title: 'Label Studio',
  sniff(file) {
    const record = firstJsonRecord(file);
    if (record === null || !('data' in record)) return null;
    return 'annotations' in record || 'completions' in record || 'predictions' in record ? 'content' : null;
  },
  parse: parseEachFile((file) => parseLabelStudio(file.utf8Text() ?? '', file.name, () => file.json())),
};
