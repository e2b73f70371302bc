import type { ParsedAnnotationFile } from '../interchange/import/parsed-annotations';
import type { BundleRead } from '../interchange/formats/bundle/bundle-import';
import type { FindSourceText } from '../interchange/formats/w3c/w3c-parse';
import type { SupportedEncoding } from '../library/import/decode-text';
import type { ExtractedContent } from '../library/import/extracted-content';
import type { FileToImport } from './file-to-import';

/**
 * How sure a format is that a file is its own, surest first: a binary signature (PDF, a ZIP holding
 * a Word document), the name's extension, the content's shape (HTML markup, a JSON record with the
 * format's keys), or only that the file can be read that way at all (any text is plain text).
 */
export type SniffConfidence = 'signature' | 'extension' | 'content' | 'fallback';

const RANK: Readonly<Record<SniffConfidence, number>> = { signature: 3, extension: 2, content: 1, fallback: 0 };

/** What every import format has: an id, a title for messages, and a sniff. */
export interface ImportFormat {
  /** Unique among import formats; an annotation format's id is that of its export where there is one. */
  readonly id: string;
  /** As messages name the format ("brat standoff"). */
  readonly title: string;
  /**
   * Whether the file is in this format, and how sure that is; null when it is not. Cheap: looks at
   * the name and the first bytes, or decodes and parses through the file, which keeps the result
   * for the parse.
   */
  sniff(file: FileToImport): SniffConfidence | null;
}

/** A file that becomes one article: text, structure and what the file says about itself. */
export interface ArticleFormat extends ImportFormat {
  /** Reads the file into an article; every failure is a WorkbenchError whose message names the file. */
  parse(file: FileToImport, options: { encoding?: SupportedEncoding }): ExtractedContent | Promise<ExtractedContent>;
}

/** What the files of one annotation format are read into, before anything is written. */
export type ParsedAnnotations =
  | { readonly kind: 'annotations'; readonly file: ParsedAnnotationFile }
  /** A bundle carries a whole project (originals, schema, entities), so it is merged as it is. */
  | { readonly kind: 'bundle'; readonly read: BundleRead };

/** What an annotation format may consult beyond its own files. */
export interface AnnotationParseContext {
  /** The names of every file chosen, for problems about the selection as a whole. */
  readonly selection: readonly string[];
  /** The UTF-8 text of a `.txt` file chosen with them (a brat `.ann` file's text); undefined when none was. */
  readonly companionText: (name: string) => string | undefined;
  /** The project's article a W3C target names, for files that do not carry their texts. */
  readonly findSourceText: FindSourceText;
}

/** A file of annotations on texts (that it carries or that the project has). */
export interface AnnotationFormat extends ImportFormat {
  /** Reads every file of this format in the selection at once: all of them are imported, or none. */
  parse(files: readonly FileToImport[], context: AnnotationParseContext): ParsedAnnotations;
}

/** The format surest of the file, the earlier one of equally sure formats; undefined when none claims it. */
export function bestMatch<Format extends ImportFormat>(
  formats: readonly Format[],
  file: FileToImport,
): { format: Format; confidence: SniffConfidence } | undefined {
  let best: { format: Format; confidence: SniffConfidence } | undefined;
  for (const format of formats) {
    const confidence = format.sniff(file);
    if (confidence !== null && (best === undefined || RANK[confidence] > RANK[best.confidence])) {
      best = { format, confidence };
    }
  }
  return best;
}
