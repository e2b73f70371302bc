import type { TextFragment } from '../../shared/model/annotation';
import { invalid } from './store-input';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** An offset between the two halves of an emoji or other character outside the BMP. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * Refuses fragments that do not select whole characters of this article's text. Order and
 * emptiness are the model's (Fragments); this adds what only the text can tell.
 */
export function checkFragmentsInText(text: string, fragments: readonly TextFragment[]): void {
  for (const { start, end } of fragments) {
    if (end > text.length) {
      throw invalid(
        `The selection ${start}–${end} reaches past the end of the article, which is ${text.length} characters long.`,
      );
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      throw invalid(
        `The selection ${start}–${end} cuts a character (such as an emoji) in half. Select whole characters.`,
      );
    }
  }
}
