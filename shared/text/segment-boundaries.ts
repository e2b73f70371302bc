import type { Utf16Offset } from './offsets';
import { graphemeSegmenter, wordSegmenter } from './segmenters';
import { segmentContaining } from './segment-window';

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;

/**
 * `offset` if it is a grapheme boundary, else the start of the user-perceived character (emoji
 * sequence, flag, letter with combining marks, surrogate pair) it falls inside.
 */
export function graphemeStartAtOrBefore(text: string, offset: Utf16Offset): Utf16Offset {
  return isCertainGraphemeBoundary(text, offset) ? offset : segmentContaining(text, offset, graphemeSegmenter()).start;
}

/** `offset` if it is a grapheme boundary, else the end of the character it falls inside. */
export function graphemeEndAtOrAfter(text: string, offset: Utf16Offset): Utf16Offset {
  if (isCertainGraphemeBoundary(text, offset)) return offset;
  const cluster = segmentContaining(text, offset, graphemeSegmenter());
  return cluster.start === offset ? offset : cluster.end;
}

/** True if an annotation may start or end at `offset` without splitting a character. */
export function isGraphemeBoundary(text: string, offset: Utf16Offset): boolean {
  return graphemeStartAtOrBefore(text, offset) === offset;
}

/** True if `offset` lies between two words, or a word and a space or punctuation, in the language. */
export function isWordBoundary(text: string, offset: Utf16Offset, language: string | undefined): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return segmentContaining(text, offset, wordSegmenter(language)).start === offset;
}

/**
 * The text's ends, and any place between two ASCII characters other than CR LF, are boundaries
 * whatever the rest of the text: this skips the segmenter for most positions in Latin-script text.
 */
function isCertainGraphemeBoundary(text: string, offset: Utf16Offset): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before < 0x80 && after < 0x80 && !(before === CARRIAGE_RETURN && after === LINE_FEED);
}
