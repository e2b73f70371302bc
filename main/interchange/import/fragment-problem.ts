import { ANNOTATION_LIMITS } from '../../../shared/model/annotation';
import type { TextRange } from '../../../shared/text/offsets';
import {
  graphemeEndAtOrAfter,
  graphemeStartAtOrBefore,
  isGraphemeBoundary,
} from '../../../shared/text/segment-boundaries';

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Why these fragments (UTF-16, stored text) cannot be an annotation of the text, in words for an
 * import report; null when they can. The same rules the store enforces, checked up front so every
 * bad span of a file is reported at once instead of the first one aborting the import.
 */
export function fragmentProblem(text: string, fragments: readonly TextRange[]): string | null {
  if (fragments.length === 0) return 'it has no position in the text';
  if (fragments.length > ANNOTATION_LIMITS.fragmentsMax) {
    return `it has ${fragments.length} pieces; an annotation can have at most ${ANNOTATION_LIMITS.fragmentsMax}`;
  }
  let previousEnd = -1;
  for (const { start, end } of fragments) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
      return `${start}–${end} is outside the text, which is ${text.length} characters long`;
    }
    if (start >= end) return `${start}–${end} is empty`;
    if (start <= previousEnd) return 'its pieces overlap, touch or are out of order';
    for (const offset of [start, end]) {
      if (offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) {
        return `${start}–${end} cuts a character (such as an emoji) in half`;
      }
    }
    previousEnd = end;
  }
  return null;
}

/**
 * The user-perceived character (an emoji sequence, a flag, a letter with its marks) that a piece
 * starts or ends inside, or null when every piece starts and ends between characters, as the
 * editor's selections always do.
 */
export function splitCharacter(text: string, fragments: readonly TextRange[]): string | null {
  for (const { start, end } of fragments) {
    for (const offset of [start, end]) {
      if (!isGraphemeBoundary(text, offset)) {
        return text.slice(graphemeStartAtOrBefore(text, offset), graphemeEndAtOrAfter(text, offset));
      }
    }
  }
  return null;
}
