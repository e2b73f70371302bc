import { numberFormat } from './intl-formats';

/**
 * Counts with a noun: "1 mention", "2 mentions", "0 mentions". The words are English, so English
 * plural rules choose them; the number follows the system locale (1,204 or 1.204) unless a test
 * pins one.
 */

const ENGLISH_PLURALS = new Intl.PluralRules('en');

/** The form of a noun (or any phrase that agrees with a count) that goes with `count`. */
export function pluralWord(count: number, one: string, other: string): string {
  return ENGLISH_PLURALS.select(count) === 'one' ? one : other;
}

/** `count` in the locale's digits followed by the noun's form for it. */
export function counted(count: number, one: string, other: string, locale?: string): string {
  return `${numberFormat(locale).format(count)} ${pluralWord(count, one, other)}`;
}
