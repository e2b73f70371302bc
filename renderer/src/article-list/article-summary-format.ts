import type { ArticleSummary } from '../../../shared/model/article';
import { dateTimeFormat, languageDisplayNames, numberFormat } from '../text/intl-formats';
import { counted, pluralWord } from '../text/plural';

/**
 * How article summaries read in the list. Pure and locale-parameterised so tests pin the output;
 * the app passes `undefined` to follow the system locale (dates and numbers), while the words stay English.
 */

export interface FormatOptions {
  locale?: string | undefined;
  /** Only for tests; the app uses the system time zone. */
  timeZone?: string | undefined;
}

/** Newest first by creation time; the id breaks ties so the order is stable between reloads. */
export function sortNewestFirst(articles: readonly ArticleSummary[]): ArticleSummary[] {
  // An unparseable date sorts as the oldest rather than breaking the comparator with NaN.
  const timeOf = (article: ArticleSummary) => {
    const time = Date.parse(article.createdAt);
    return Number.isNaN(time) ? -Infinity : time;
  };
  return [...articles].sort((a, b) => {
    const ta = timeOf(a);
    const tb = timeOf(b);
    if (ta !== tb) return tb > ta ? 1 : -1;
    return b.id - a.id;
  });
}

/**
 * A short date for a list row: the time for today, day and month for this year, otherwise with the year.
 * Analysts scan lists for "what came in today", so today's entries show the time instead of the date.
 */
export function formatArticleDate(iso: string, now: Date, options: FormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { locale, timeZone } = options;
  const parts = (d: Date) =>
    dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  if (parts(date) === parts(now)) {
    return dateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
  }
  const sameYear = parts(date).slice(0, 4) === parts(now).slice(0, 4);
  return dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  }).format(date);
}

/** The full date and time, for the tooltip and the `<time>` element's accessible description. */
export function formatArticleDateLong(iso: string, options: FormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(options.locale, {
    timeZone: options.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

/** "1 character", "842 characters", "12K characters": exact when small, compact when it stops mattering. */
export function formatCharCount(count: number, options: FormatOptions = {}): string {
  const number = numberFormat(options.locale, count >= 10_000 ? { notation: 'compact' } : {}).format(count);
  return `${number} ${pluralWord(count, 'character', 'characters')}`;
}

/** "No articles", "1 article", "1,204 articles". */
export function formatArticleCount(count: number, options: FormatOptions = {}): string {
  if (count === 0) return 'No articles';
  return counted(count, 'article', 'articles', options.locale);
}

/** A date-only value ("2025", "2025-02", "2025-02-28") as UTC midnight with its precision, or null. */
export function parseDateOnly(value: string): { date: Date; precision: 'year' | 'month' | 'day' } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match === null) return null;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls "2025-13-45" over into 2026; such a value is not a date.
  if (date.getUTCMonth() + 1 !== Number(month) || date.getUTCDate() !== Number(day)) return null;
  return { date, precision: match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year' };
}

/**
 * A published date as the source gave it: "2025" stays a year, "2025-02" a month, a full date reads
 * "28 Feb 2025" (in the locale's order). Date-only values are formatted in UTC, so a date never
 * slides to the day before in time zones west of Greenwich; a date-time keeps its own instant.
 */
export function formatPublishedDate(value: string, options: FormatOptions = {}): string {
  const { locale } = options;
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) {
    const parsed = parseDateOnly(value);
    if (parsed === null) return value;
    if (parsed.precision === 'year') return value;
    return dateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      day: parsed.precision === 'day' ? 'numeric' : undefined,
    }).format(parsed.date);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(locale, {
    timeZone: options.timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(date);
}

/** "English", "German"; the code itself when the runtime does not know the language. */
export function languageName(code: string, options: FormatOptions = {}): string {
  try {
    const name = languageDisplayNames(options.locale ?? 'en').of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

/** "12 KB", "3.4 MB": file sizes in the origin section. */
export function formatByteSize(bytes: number, options: FormatOptions = {}): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return counted(bytes, 'byte', 'bytes', options.locale);
  return `${numberFormat(options.locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit] ?? ''}`;
}
