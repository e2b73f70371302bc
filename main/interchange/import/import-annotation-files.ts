import type { AnnotationImportReport, ImportProblem } from '../../../shared/model/interchange';
import type { ProjectStore } from '../../store/project-store';
import { parseBratDocuments, type BratDocument } from '../formats/brat/brat-parse';
import { importBundle } from '../formats/bundle/bundle-import';
import { BUNDLE_FORMAT } from '../formats/bundle/bundle-schema';
import { parseDoccano } from '../formats/doccano/doccano-parse';
import { parseLabelStudio } from '../formats/label-studio/label-studio-parse';
import { projectSourceLookup } from '../formats/w3c/project-source-lookup';
import { parseW3c } from '../formats/w3c/w3c-parse';
import { applyParsedAnnotations } from './apply-parsed-annotations';
import { isAnnotationFileName } from './annotation-file-names';
import { readAnnotationSources, type AnnotationSource } from './annotation-sources';
import { refusedImportReport } from './import-report';
import type { ParsedAnnotationFile } from './parsed-annotations';

type AnnotationFormat = 'bundle' | 'brat' | 'w3c' | 'doccano' | 'label-studio';

const FORMAT_NAMES: Record<AnnotationFormat, string> = {
  bundle: 'Annotation Workbench bundle',
  brat: 'brat standoff',
  w3c: 'W3C Web Annotation',
  doccano: 'doccano',
  'label-studio': 'Label Studio',
};

/** The text a brat `.ann` file annotates, read along with it. */
const BRAT_TEXT = /\.txt$/i;

const NOT_ANNOTATIONS =
  'This is not an annotation file the workbench reads (bundle, brat .ann, W3C JSON-LD, doccano, Label Studio).';

function decode(source: AnnotationSource): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(source.bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The format of one JSON file, by what it holds. */
function jsonFormat(value: unknown): AnnotationFormat | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'object' || first === null) return null;
  const record = first as Record<string, unknown>;
  if (record.format === BUNDLE_FORMAT) return 'bundle';
  const type = [record.type ?? record['@type']].flat();
  if ('@context' in record || type.some((t) => typeof t === 'string' && /^Annotation/.test(t))) return 'w3c';
  if ('data' in record && ('annotations' in record || 'completions' in record || 'predictions' in record)) {
    return 'label-studio';
  }
  if ('text' in record && ('entities' in record || 'label' in record || 'labels' in record)) return 'doccano';
  return null;
}

/**
 * What format an annotation file is, by its name and, for JSON, by its content; null when it is
 * none the workbench reads. A W3C file's parsed JSON is kept in `w3cJson`, so it is not parsed a
 * second time.
 */
function formatOf(source: AnnotationSource, text: string, w3cJson: Map<string, unknown>): AnnotationFormat | null {
  const name = source.name.toLowerCase();
  if (name.endsWith('.ann')) return 'brat';
  if (name.endsWith('.jsonl')) return 'doccano';
  const value = parseJson(text);
  const format = jsonFormat(value);
  if (format === 'w3c') w3cJson.set(source.name, value);
  return format;
}

/** The files of a selection by what they are. */
interface SortedSources {
  /** Annotation files by format. */
  readonly formats: Map<AnnotationFormat, AnnotationSource[]>;
  /** The decoded text of every annotation file and `.txt` file, by name. */
  readonly texts: Map<string, string>;
  readonly w3cJson: Map<string, unknown>;
  /** Files with no annotations by their names (a corpus's README, LICENSE, brat's .conf files). */
  readonly others: AnnotationSource[];
}

function sortSources(sources: readonly AnnotationSource[], problems: ImportProblem[]): SortedSources {
  const sorted: SortedSources = { formats: new Map(), texts: new Map(), w3cJson: new Map(), others: [] };
  for (const source of sources) {
    const isText = BRAT_TEXT.test(source.name);
    if (!isText && !isAnnotationFileName(source.name)) {
      sorted.others.push(source);
      continue;
    }
    const text = decode(source);
    if (text === null) {
      problems.push({ place: source.name, message: 'The file is not UTF-8 text.' });
      continue;
    }
    sorted.texts.set(source.name, text);
    if (isText) continue;
    const format = formatOf(source, text, sorted.w3cJson);
    if (format === null) problems.push({ place: source.name, message: NOT_ANNOTATIONS });
    else sorted.formats.set(format, [...(sorted.formats.get(format) ?? []), source]);
  }
  return sorted;
}

/**
 * The files an import leaves out, as corpora ship them beside their annotations: files that are
 * no annotation files, and texts no brat file annotates.
 */
function skippedFiles(sorted: SortedSources, bratFiles: readonly AnnotationSource[]): ImportProblem[] {
  const annotated = new Set(bratFiles.map((source) => source.name.replace(/\.ann$/i, '.txt')));
  const texts = [...sorted.texts.keys()].filter((name) => BRAT_TEXT.test(name) && !annotated.has(name));
  return [
    ...sorted.others.map((source) => ({ place: source.name, message: `${NOT_ANNOTATIONS} It was skipped.` })),
    ...texts.map((name) => ({ place: name, message: 'No brat .ann file annotates this text; it was skipped.' })),
  ];
}

function bratDocuments(
  sources: readonly AnnotationSource[],
  texts: Map<string, string>,
  problems: ImportProblem[],
): BratDocument[] {
  return sources
    .filter((source) => source.name.toLowerCase().endsWith('.ann'))
    .flatMap((source) => {
      const textName = source.name.replace(/\.ann$/i, '.txt');
      const text = texts.get(textName);
      if (text === undefined) {
        problems.push({
          place: source.name,
          message: `The text ${textName} must be imported with it (choose both, or their folder).`,
        });
        return [];
      }
      return [{ annName: source.name, ann: texts.get(source.name) ?? '', text }];
    });
}

/**
 * Imports annotation files of one format, with their texts, in one transaction: the native bundle,
 * brat standoff (.ann with its .txt), W3C Web Annotation (.jsonld/.json), doccano (.jsonl/.json)
 * or Label Studio (.json). The format is recognised by extension and content. Any problem in any
 * file is reported with its place and nothing at all is imported.
 */
export async function importAnnotationFiles(
  store: ProjectStore,
  paths: readonly string[],
): Promise<AnnotationImportReport> {
  const { sources, problems } = readAnnotationSources(paths);
  const names = sources.map((source) => source.name);
  const sorted = sortSources(sources, problems);
  const { formats, texts, w3cJson } = sorted;
  if (formats.size > 1) {
    const found = [...formats.keys()].map((format) => FORMAT_NAMES[format]).join(', ');
    problems.push({
      place: names.join(', '),
      message: `These files are in several formats (${found}); import one format at a time.`,
    });
  }
  // Without any annotation file, the other files were what the user meant to import.
  if (formats.size === 0) {
    problems.push(...sorted.others.map((source) => ({ place: source.name, message: NOT_ANNOTATIONS })));
  }
  if (formats.size === 0 && problems.length === 0) {
    problems.push({ place: names.join(', ') || 'the selection', message: 'No annotation files were found.' });
  }
  const [entry] = [...formats];
  if (problems.length > 0 || entry === undefined) return refusedImportReport(names, problems);
  const [format, files] = entry;
  const skipped = skippedFiles(sorted, format === 'brat' ? files : []);
  const text = (source: AnnotationSource) => texts.get(source.name) ?? '';

  if (format === 'bundle') {
    const [bundle, ...more] = files;
    if (bundle === undefined || more.length > 0) {
      return refusedImportReport(names, [{ place: names.join(', '), message: 'Import one bundle at a time.' }]);
    }
    const report = await importBundle(store, bundle.bytes, bundle.name);
    return report.imported ? { ...report, skipped: [...skipped, ...report.skipped] } : report;
  }
  // One look-up for all W3C files: it reads every article of the project once, on first use.
  const findSourceText = projectSourceLookup(store);
  const parsed: ParsedAnnotationFile[] =
    format === 'brat'
      ? [parseBratDocuments(bratDocuments(files, texts, problems))]
      : files.map((source) => {
          if (format === 'doccano') return parseDoccano(text(source), source.name);
          if (format === 'label-studio') return parseLabelStudio(text(source), source.name);
          return parseW3c(w3cJson.get(source.name), source.name, findSourceText);
        });
  const combined: ParsedAnnotationFile = {
    documents: parsed.flatMap((file) => file.documents),
    problems: [...problems, ...parsed.flatMap((file) => file.problems)],
    skipped: [...skipped, ...parsed.flatMap((file) => file.skipped ?? [])],
    warnings: parsed.flatMap((file) => file.warnings ?? []),
  };
  return applyParsedAnnotations(store, combined, names);
}
