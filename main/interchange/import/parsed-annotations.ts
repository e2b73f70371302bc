/**
 * What an annotation file (brat, W3C Web Annotation, doccano, Label Studio) says, before it is
 * checked against its text and applied to a project. Parsers only read their format into this;
 * one applier validates every offset against the text and writes all of it in one transaction.
 */

/** The unit the file counts in, converted to the internal unit by the applier. */
export type ParsedOffsetUnit = 'utf16-code-units' | 'code-points';

/** Where in the source file something was read, for the line-by-line report ("doc.ann:12"). */
export type SourcePlace = string;

export interface ParsedFragment {
  readonly start: number;
  readonly end: number;
}

export interface ParsedSpan {
  /** The file's own id for the span (brat "T3", Label Studio result id), for relations and notes. */
  readonly localId: string;
  readonly place: SourcePlace;
  /** The label's name as the file spells it; matched to the project's labels case-insensitively. */
  readonly label: string;
  readonly fragments: readonly ParsedFragment[];
  /** The covered text if the file states it; must equal the text at the offsets. */
  readonly coveredText?: string;
  /** A canonical entity the file links the span to (brat normalisation, W3C body). */
  readonly entity?: { readonly name: string; readonly externalIds?: readonly { scheme: string; value: string }[] };
  readonly note?: string;
  /** Claim attributes by attribute name → value name (brat A lines), when the span is a claim. */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface ParsedRelation {
  readonly place: SourcePlace;
  readonly type: string;
  readonly fromLocalId: string;
  readonly toLocalId: string;
  /** A note on the relation (brat AnnotatorNotes on an R line). */
  readonly note?: string;
}

export interface ParsedDocument {
  /** The file or task the document came from, for reports and as the article title fallback. */
  readonly name: string;
  readonly title?: string;
  /** The text the offsets index, exactly as the file gives it (CRLF and NFC are handled by the applier). */
  readonly text: string;
  readonly offsetUnit: ParsedOffsetUnit;
  readonly spans: readonly ParsedSpan[];
  readonly relations: readonly ParsedRelation[];
  readonly documentNotes?: readonly string[];
  /**
   * The project article the offsets index, when the file annotates one already in the project
   * (a W3C target naming it) instead of bringing its own text; `text` is then that article's text.
   */
  readonly articleId?: number;
  /**
   * The file's own name for the text when it has one (a W3C source's address): it tells apart two
   * documents of one file whose texts are the same.
   */
  readonly sourceId?: string;
}

/** A problem found while reading, reported with its place; any problem means nothing is imported. */
export interface ParseProblem {
  readonly place: SourcePlace;
  readonly message: string;
}

/** Who a file says made it (a W3C `creator`, Label Studio's `completed_by`), as it says it: unchecked. */
export interface FileCreator {
  readonly id?: string;
  readonly name?: string;
  readonly email?: string;
}

export interface ParsedAnnotationFile {
  readonly documents: readonly ParsedDocument[];
  readonly problems: readonly ParseProblem[];
  /** What the reader left out and why, with its place (a degenerate brat equivalence); the rest is imported. */
  readonly skipped?: readonly ParseProblem[];
  /** What the reader kept in another form than the file's, in words for the report (brat events). */
  readonly warnings?: readonly string[];
  /** The first author the file names; a colleague's layer is theirs rather than the file name's. */
  readonly creator?: FileCreator;
}
