import type { TextRange } from '../text/offsets';
import { wordSegmenter } from '../text/segmenters';

/**
 * The tokens token-level agreement counts: the segments of Intl.Segmenter's word segmentation (UAX
 * #29, with dictionaries for Chinese, Japanese and Thai) that hold anything but white space — words,
 * numbers, punctuation, emoji. White space is left out, so two spans that differ only by a space
 * they include agree. Annotation snaps to the same word boundaries, so tokens and spans line up.
 */
export function wordTokens(text: string, language: string | undefined): TextRange[] {
  const tokens: TextRange[] = [];
  for (const { segment, index, isWordLike } of segmenterFor(language).segment(text)) {
    if (isWordLike === true || /\S/u.test(segment)) tokens.push({ start: index, end: index + segment.length });
  }
  return tokens;
}

/** An article's language tag comes from its metadata; one Intl refuses is segmented as the default. */
function segmenterFor(language: string | undefined): Intl.Segmenter {
  try {
    return wordSegmenter(language);
  } catch (error) {
    if (error instanceof RangeError) return wordSegmenter(undefined);
    throw error;
  }
}
