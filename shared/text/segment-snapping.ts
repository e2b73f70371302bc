import { checkRangeInText } from './check-range';
import { cjkBlockLanguage, shortCjkRunAt } from './cjk-runs';
import type { TextRange, Utf16Offset } from './offsets';
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from './segment-boundaries';
import { segmentContaining, type TextSegment } from './segment-window';
import { wordSegmenter } from './segmenters';

/**
 * Spaces and punctuation, with any marks riding on them: what a selection drags along by accident.
 * Not emoji or symbols, which can be what the analyst means.
 */
const TRIMMABLE = /^[\s\p{P}][\s\p{P}\p{M}\p{Cf}]*$/u;

/**
 * Widens a selection so that it never splits a user-perceived character: a start inside an emoji
 * sequence, a flag or a letter with combining marks moves to its start, an end inside one to its end.
 * An empty selection (a caret) stays empty, moved to the start of the character it is in.
 * Throws a RangeError if the range is not inside the text.
 */
export function snapToGraphemes(text: string, range: TextRange): TextRange {
  checkRangeInText(range, text.length);
  const start = graphemeStartAtOrBefore(text, range.start);
  if (range.end === range.start) return { start, end: start };
  return { start, end: graphemeEndAtOrAfter(text, range.end) };
}

/**
 * Snaps a selection to whole words as the language segments them (`language` is a BCP 47 tag such
 * as "de", "fa" or "ja"; undefined uses the app's locale): a partly selected word is taken whole,
 * then spaces and punctuation at either end are dropped, so "r Olaf Scholz, " becomes "der Olaf
 * Scholz". A closing period stays when the word before it has one too ("U.S.", "z.B."), because it
 * belongs to the abbreviation.
 *
 * German compounds are one word to the segmenter ("Bundesverfassungsgericht"), hyphenated ones are
 * several ("CDU-Politiker"); Chinese and Japanese words come from ICU's dictionary. Emoji count as
 * words here, so a selected emoji is kept.
 *
 * The script of the paragraph decides, not only the article's language: a paragraph written mostly
 * in Chinese, Japanese or Korean is segmented as that language in an article of another. Inside a
 * paragraph of another script, a short run of those letters (a name such as 王毅 or 岸田文雄 quoted
 * in a German article; see MAX_QUOTED_NAME_LENGTH) is one word: the dictionary would split a name
 * it does not know into single characters, so that selecting 王 would label only 王.
 *
 * A caret (empty selection) becomes the word it touches, preferring the one after it. The result is
 * empty, at a word boundary, when the selection held nothing but spaces and punctuation. Throws a RangeError if the
 * range is not inside the text, or if the language tag is malformed.
 */
export function snapToWords(text: string, range: TextRange, language: string | undefined): TextRange {
  checkRangeInText(range, text.length);
  const blockLanguage = cjkBlockLanguage(text, range.start);
  const segmenterLanguage =
    blockLanguage === null || primarySubtag(language) === blockLanguage ? language : blockLanguage;
  const words = snapWithSegmenter(text, range, wordSegmenter(segmenterLanguage));
  if (blockLanguage !== null || words.start === words.end) return words;
  const widened = {
    start: shortCjkRunAt(text, words.start)?.start ?? words.start,
    end: shortCjkRunAt(text, words.end - 1)?.end ?? words.end,
  };
  return widened.start === words.start && widened.end === words.end
    ? words
    : snapWithSegmenter(text, widened, wordSegmenter(segmenterLanguage));
}

function snapWithSegmenter(text: string, range: TextRange, segmenter: Intl.Segmenter): TextRange {
  const segmentAt = (offset: Utf16Offset) => segmentContaining(text, offset, segmenter);
  const isTrimmable = (segment: TextSegment) => !segment.isWordLike && TRIMMABLE.test(slice(text, segment));

  if (range.start === range.end) {
    const touching = [
      range.start < text.length ? segmentAt(range.start) : null,
      range.start > 0 ? segmentAt(range.start - 1) : null,
    ];
    const word = touching.find((segment) => segment !== null && !isTrimmable(segment));
    if (word) return { start: word.start, end: word.end };
    const caret = touching[0]?.start ?? text.length;
    return { start: caret, end: caret };
  }

  let first = segmentAt(range.start);
  let last = segmentAt(range.end - 1);
  while (isTrimmable(first)) {
    if (first.end >= last.end) return { start: first.start, end: first.start };
    first = segmentAt(first.end);
  }
  while (isTrimmable(last) && !isAbbreviationPeriod(text, last, segmentAt)) last = segmentAt(last.start - 1);
  return { start: first.start, end: last.end };
}

function isAbbreviationPeriod(text: string, segment: TextSegment, segmentAt: (offset: Utf16Offset) => TextSegment) {
  if (slice(text, segment) !== '.' || segment.start === 0) return false;
  const word = segmentAt(segment.start - 1);
  return word.isWordLike && slice(text, word).includes('.');
}

const slice = (text: string, range: TextRange) => text.slice(range.start, range.end);

const primarySubtag = (language: string | undefined) => language?.split('-')[0]?.toLowerCase();
