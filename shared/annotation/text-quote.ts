import { ANNOTATION_LIMITS, FRAGMENT_QUOTE_SEPARATOR, type TextQuote } from '../model/annotation';
import { checkRangeInText } from '../text/check-range';
import type { TextRange, Utf16Offset } from '../text/offsets';
import { isHighSurrogate, isLowSurrogate } from '../text/surrogates';

const CONTEXT = ANNOTATION_LIMITS.quoteContextMaxChars;

/**
 * The quote selector stored with an annotation: its fragments' texts (joined by
 * FRAGMENT_QUOTE_SEPARATOR when there are several) and up to 32 UTF-16 units of context before the
 * first fragment and after the last. The context never ends inside a surrogate pair: half a pair
 * cannot be written to the database as UTF-8 and would never match again.
 * Throws a RangeError for fragments that are empty, out of order or outside the text.
 */
export function buildTextQuote(text: string, fragments: readonly TextRange[]): TextQuote {
  const first = fragments[0];
  const last = fragments[fragments.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('An annotation needs at least one fragment.');
  fragments.forEach((fragment, i) => {
    checkRangeInText(fragment, text.length);
    const previous = fragments[i - 1];
    if (fragment.start === fragment.end || (previous !== undefined && previous.end >= fragment.start)) {
      throw new RangeError('Fragments must be non-empty, in text order and apart.');
    }
  });
  return {
    exact: fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(FRAGMENT_QUOTE_SEPARATOR),
    prefix: text.slice(awayFromPairMiddle(text, Math.max(0, first.start - CONTEXT), 1), first.start),
    suffix: text.slice(last.end, awayFromPairMiddle(text, Math.min(text.length, last.end + CONTEXT), -1)),
  };
}

/** Each fragment's own text, taken back out of the quote by the fragments' lengths. */
export function quotedFragmentTexts(quote: TextQuote, fragments: readonly TextRange[]): string[] {
  const texts: string[] = [];
  let at = 0;
  for (const fragment of fragments) {
    texts.push(quote.exact.slice(at, at + fragment.end - fragment.start));
    at += fragment.end - fragment.start + FRAGMENT_QUOTE_SEPARATOR.length;
  }
  if (at - FRAGMENT_QUOTE_SEPARATOR.length !== quote.exact.length) {
    throw new RangeError('The quote does not match the lengths of the fragments.');
  }
  return texts;
}

function awayFromPairMiddle(text: string, offset: Utf16Offset, direction: 1 | -1): Utf16Offset {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splitsPair = isHighSurrogate(before) && isLowSurrogate(after);
  return splitsPair ? offset + direction : offset;
}
