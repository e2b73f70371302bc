import type { TextRange, Utf16Offset } from './offsets';

/** A grapheme cluster or word-segmenter segment, in offsets of the whole text. */
export interface TextSegment extends TextRange {
  /** As Intl reports it: letters, numbers or ideographs, not spaces, punctuation or emoji. */
  readonly isWordLike: boolean;
}

/**
 * How far to look for a place where segmentation can start afresh. Real text has a space or line
 * break within a few dozen characters; only unspaced scripts (Chinese, Japanese, Thai) in long
 * paragraphs reach the limit, and there the segmenter has resynchronised long before it gets back
 * to the position asked about.
 */
const CONTEXT_REACH = 1024;

const LINE_FEED = 0x0a;
/** Spaces that end a word and a grapheme cluster whatever comes before them (not NBSP and kin). */
const BREAKING_SPACE = /^[ \t\u3000]$/;
/**
 * Characters that join the cluster or word before them: combining and spacing marks, emoji skin
 * tones, format characters (ZWJ, ZWNJ, soft hyphen), and the two Thai/Lao vowels UAX #29 lists.
 * A superset is harmless: it only makes a position look less safe.
 */
const JOINS_PREVIOUS = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Mc}\p{Cf}\u0e33\u0eb3]/u;

/**
 * The segment of `text` containing `position` (0 ≤ position < text.length), found by segmenting
 * only a window around it, so snapping a selection in a 1 MB article costs microseconds.
 *
 * The window's ends are positions where the UAX #29 rules and ICU's dictionary segmentation cannot
 * see across: just after a line break, or just after a space that is followed by neither another
 * space nor a joining mark. Segmenting the window then gives exactly the boundaries of segmenting
 * the whole text. Where no such position lies within CONTEXT_REACH, the window is cut there anyway.
 */
export function segmentContaining(text: string, position: Utf16Offset, segmenter: Intl.Segmenter): TextSegment {
  const windowStart = windowStartFor(text, position);
  const windowEnd = windowEndFor(text, position);
  const found = segmenter.segment(text.slice(windowStart, windowEnd)).containing(position - windowStart);
  if (found === undefined) throw new RangeError(`Position ${position} is outside the text.`);
  const start = windowStart + found.index;
  return { start, end: start + found.segment.length, isWordLike: found.isWordLike === true };
}

function windowStartFor(text: string, position: Utf16Offset): Utf16Offset {
  const limit = Math.max(0, position - CONTEXT_REACH);
  for (let i = position; i > limit; i--) if (isContextFreeBoundary(text, i)) return i;
  return outsideSurrogatePair(text, limit);
}

function windowEndFor(text: string, position: Utf16Offset): Utf16Offset {
  const limit = Math.min(text.length, position + CONTEXT_REACH);
  for (let i = position + 1; i < limit; i++) if (isContextFreeBoundary(text, i)) return i;
  return outsideSurrogatePair(text, limit);
}

function isContextFreeBoundary(text: string, i: Utf16Offset): boolean {
  if (text.charCodeAt(i - 1) === LINE_FEED) return true;
  return (
    BREAKING_SPACE.test(text.charAt(i - 1)) &&
    !BREAKING_SPACE.test(text.charAt(i)) &&
    !JOINS_PREVIOUS.test(text.slice(i, i + 2))
  );
}

/** A cut for the fallback window that keeps both halves of a surrogate pair on one side. */
function outsideSurrogatePair(text: string, offset: Utf16Offset): Utf16Offset {
  const unit = text.charCodeAt(offset);
  return unit >= 0xdc00 && unit <= 0xdfff && offset > 0 ? offset - 1 : offset;
}
