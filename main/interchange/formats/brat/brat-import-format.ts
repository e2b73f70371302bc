import type { AnnotationFormat } from '../../../import-formats/import-format';
import type { ParseProblem } from '../../import/parsed-annotations';
import { parseBratDocuments, type BratDocument } from './brat-parse';

/** brat standoff: each `.ann` file with the `.txt` beside it, which must be chosen with it. */
export const bratImportFormat: AnnotationFormat = {
  id: 'brat',
  title: 'brat standoff',
  sniff: (file) => (file.extension === 'ann' ? 'extension' : null),
  parse(files, { companionText }) {
    const problems: ParseProblem[] = [];
    const documents = files.flatMap((file): BratDocument[] => {
      const textName = file.name.replace(/\.ann$/i, '.txt');
      const text = companionText(textName);
      if (text === undefined) {
        problems.push({
          place: file.name,
          message: `The text ${textName} must be imported with it (choose both, or their folder).`,
        });
        return [];
      }
      return [{ annName: file.name, ann: file.utf8Text() ?? '', text }];
    });
    const parsed = parseBratDocuments(documents);
    return { kind: 'annotations', file: { ...parsed, problems: [...problems, ...parsed.problems] } };
  },
};
