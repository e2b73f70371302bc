/**
 * The workbench's one internal offset unit: UTF-16 code units into an article's normalised text
 * (see normalize-text.ts). It is what JavaScript strings, the DOM and ProseMirror count in, so the
 * editor never converts on the hot path. Formats that count otherwise (code points for W3C Web
 * Annotation and brat, bytes elsewhere) convert explicitly at their boundary.
 */
export type Utf16Offset = number;

/** A half-open range [start, end) in UTF-16 code units. */
export interface TextRange {
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
}
