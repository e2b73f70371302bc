import { firstJsonRecord } from '../../../import-formats/json-record';
import type { AnnotationFormat } from '../../../import-formats/import-format';
import { readBundle } from './bundle-import';
import { BUNDLE_FORMAT } from './bundle-schema';

/** The native bundle: one JSON file with the whole project, imported one at a time. */
export const bundleImportFormat: AnnotationFormat = {
  id: 'bundle',
  title: 'Annotation Workbench bundle',
  sniff: (file) => (firstJsonRecord(file)?.format === BUNDLE_FORMAT ? 'content' : null),
  parse(files, { selection }) {
    const [file, ...more] = files;
    if (file === undefined || more.length > 0) {
      const problems = [{ place: selection.join(', '), message: 'Import one bundle at a time.' }];
      return { kind: 'annotations', file: { documents: [], problems } };
    }
    return { kind: 'bundle', read: readBundle(file) };
  },
};
