import type { AnnotationImportReport, ImportProblem } from '../../../shared/model/interchange';
import { sniffAnnotationFormat } from '../../import-formats/annotation-formats';
import { FileToImport } from '../../import-formats/file-to-import';
import type { AnnotationFormat, AnnotationParseContext, ParsedAnnotations } from '../../import-formats/import-format';
import type { ProjectStore } from '../../store/project-store';
import { importBundle } from '../formats/bundle/bundle-import';
import { projectSourceLookup } from '../formats/w3c/project-source-lookup';
import { applyParsedAnnotations } from './apply-parsed-annotations';
import { isAnnotationFileName } from './annotation-file-names';
import { readAnnotationSources, type AnnotationSource } from './annotation-sources';
import { refusedImportReport } from './import-report';

/** A text an annotation file may need beside it (a brat `.ann` file's). */
const COMPANION_TEXT = /\.txt$/i;

const NOT_ANNOTATIONS =
  'This is not an annotation file the workbench reads (bundle, brat .ann, W3C JSON-LD, doccano, Label Studio).';

/** The files of a selection by what they are. */
interface SortedFiles {
  /** Annotation files by format. */
  readonly formats: Map<AnnotationFormat, FileToImport[]>;
  /** The `.txt` files, by name, in the order chosen. */
  readonly texts: Map<string, FileToImport>;
  /** Files with no annotations by their names (a corpus's README, LICENSE, brat's .conf files). */
  readonly others: FileToImport[];
}

function sortFiles(files: readonly FileToImport[], problems: ImportProblem[]): SortedFiles {
  const sorted: SortedFiles = { formats: new Map(), texts: new Map(), others: [] };
  for (const file of files) {
    const isText = COMPANION_TEXT.test(file.name);
    if (!isText && !isAnnotationFileName(file.name)) {
      sorted.others.push(file);
      continue;
    }
    if (file.utf8Text() === null) {
      problems.push({ place: file.name, message: 'The file is not UTF-8 text.' });
      continue;
    }
    if (isText) {
      sorted.texts.set(file.name, file);
      continue;
    }
    const format = sniffAnnotationFormat(file);
    if (format === null) problems.push({ place: file.name, message: NOT_ANNOTATIONS });
    else sorted.formats.set(format, [...(sorted.formats.get(format) ?? []), file]);
  }
  return sorted;
}

/**
 * The files an import leaves out, as corpora ship them beside their annotations: files that are
 * no annotation files, and texts no annotation file read.
 */
function skippedFiles(sorted: SortedFiles, readTexts: ReadonlySet<string>): ImportProblem[] {
  const texts = [...sorted.texts.keys()].filter((name) => !readTexts.has(name));
  return [
    ...sorted.others.map((file) => ({ place: file.name, message: `${NOT_ANNOTATIONS} It was skipped.` })),
    ...texts.map((name) => ({ place: name, message: 'No brat .ann file annotates this text; it was skipped.' })),
  ];
}

/** The files of a selection read in the one format they share, or the problems that refuse them all. */
export type ParsedSelection = { readonly names: readonly string[] } & (
  | { readonly parsed: ParsedAnnotations; readonly format: AnnotationFormat; readonly skipped: ImportProblem[] }
  | { readonly problems: ImportProblem[] }
);

/**
 * Reads the chosen files in the one annotation format they are in, recognised by extension and
 * content, each file decoded and parsed once, with what was left out of the selection; any
 * problem (`problems` holds those found reading them) refuses the whole selection.
 */
export function parseAnnotationSelection(
  store: ProjectStore,
  sources: readonly AnnotationSource[],
  problems: ImportProblem[],
): ParsedSelection {
  const names = sources.map((source) => source.name);
  const sorted = sortFiles(
    sources.map((source) => new FileToImport(source.name, source.bytes)),
    problems,
  );
  const { formats, texts } = sorted;
  if (formats.size > 1) {
    const found = [...formats.keys()].map((format) => format.title).join(', ');
    problems.push({
      place: names.join(', '),
      message: `These files are in several formats (${found}); import one format at a time.`,
    });
  }
  // Without any annotation file, the other files were what the user meant to import.
  if (formats.size === 0) {
    problems.push(...sorted.others.map((file) => ({ place: file.name, message: NOT_ANNOTATIONS })));
  }
  if (formats.size === 0 && problems.length === 0) {
    problems.push({ place: names.join(', ') || 'the selection', message: 'No annotation files were found.' });
  }
  const [entry] = [...formats];
  if (problems.length > 0 || entry === undefined) return { names, problems };
  const [format, files] = entry;
  const readTexts = new Set<string>();
  const context: AnnotationParseContext = {
    selection: names,
    companionText: (name) => {
      readTexts.add(name);
      return texts.get(name)?.utf8Text() ?? undefined;
    },
    // One look-up for all W3C files: it reads every article of the project once, on first use.
    findSourceText: projectSourceLookup(store),
  };
  const parsed = format.parse(files, context);
  return { names, parsed, format, skipped: skippedFiles(sorted, readTexts) };
}

/**
 * Imports annotation files of one format, with their texts, in one transaction. Any problem in
 * any file is reported with its place and nothing at all is imported.
 */
export async function importAnnotationFiles(
  store: ProjectStore,
  paths: readonly string[],
): Promise<AnnotationImportReport> {
  const { sources, problems } = readAnnotationSources(paths);
  const selection = parseAnnotationSelection(store, sources, problems);
  const { names } = selection;
  if ('problems' in selection) return refusedImportReport(names, selection.problems);
  const { parsed, skipped } = selection;
  if (parsed.kind === 'bundle') {
    const report = await importBundle(store, parsed.read);
    return report.imported ? { ...report, skipped: [...skipped, ...report.skipped] } : report;
  }
  return applyParsedAnnotations(
    store,
    { ...parsed.file, skipped: [...skipped, ...(parsed.file.skipped ?? [])] },
    names,
  );
}
