import type { ArticleSummary } from '../../../shared/model/article';

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
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  if (parts(date) === parts(now)) {
    return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
  }
  const sameYear = parts(date).slice(0, 4) === parts(now).slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
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
  return new Intl.DateTimeFormat(options.locale, {
    timeZone: options.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

/** "1 character", "842 characters", "12K characters": exact when small, compact when it stops mattering. */
export function formatCharCount(count: number, options: FormatOptions = {}): string {
  const unit = count === 1 ? 'character' : 'characters';
  const number = new Intl.NumberFormat(options.locale, count >= 10_000 ? { notation: 'compact' } : {}).format(count);
  return `${number} ${unit}`;
}

/** "No articles", "1 article", "1,204 articles". */
export function formatArticleCount(count: number, options: FormatOptions = {}): string {
  if (count === 0) return 'No articles';
  return `${new Intl.NumberFormat(options.locale).format(count)} ${count === 1 ? 'article' : 'articles'}`;
}
