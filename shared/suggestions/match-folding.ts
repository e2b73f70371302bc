import { withoutDiacritics } from '../text/fold-for-match';

/** How tolerant matching is; the analyst chooses, per project. */
export interface FoldingOptions {
  /** "PUTIN" and "Putin" match. */
  readonly ignoreCase: boolean;
  /** "Schoigu" and "Šojgu", "Sergei" and "Sérgei" match (combining marks are dropped after NFD). */
  readonly ignoreDiacritics: boolean;
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Typographic apostrophes fold to ' so "Xi’s" and "Xi's" take the same suffix rule. */
const APOSTROPHES = /[\u2019\u02bc\uff07]/gu;

/**
 * A word as matching compares it: apostrophes unified, then (as chosen) diacritics dropped and
 * case folded. Lower-casing is locale-independent on purpose: the same name must fold the same way
 * in every article, whatever its language.
 */
export function foldWord(word: string, options: FoldingOptions): string {
  // Most words of most articles: nothing to normalise, and lower-casing ASCII cannot change length.
  if (PLAIN_ASCII.test(word)) return options.ignoreCase ? word.toLowerCase() : word;
  let folded = word.replace(APOSTROPHES, "'");
  if (options.ignoreDiacritics) {
    folded = withoutDiacritics(folded).normalize('NFC');
  } else {
    folded = folded.normalize('NFC');
  }
  return options.ignoreCase ? folded.toLowerCase() : folded;
}

/** What stands between two words, as matching compares it: any run of white space is one space. */
export function foldSeparator(separator: string): string {
  return separator.replace(/\s+/gu, ' ').replace(APOSTROPHES, "'");
}
