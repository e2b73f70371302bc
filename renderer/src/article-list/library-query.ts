import type { ArticleSummary } from '../../../shared/model/article';
import { ReviewStatus } from '../../../shared/model/review-status';
import { foldForMatch } from '../../../shared/text/fold-for-match';
import { collator } from '../text/intl-formats';
import { parseDateOnly, sortNewestFirst } from './article-summary-format';

/**
 * What the library panel shows: the sort order and the filters. Pure, so sorting and filtering are
 * unit-tested without a DOM; the panel only renders the result. Filtering happens here in the
 * renderer because the article list is already loaded in full (summaries are small), which keeps
 * typing in the filter box instant.
 */
export type LibrarySort = 'imported' | 'published' | 'title' | 'source' | 'review';

export const LIBRARY_SORTS: readonly { value: LibrarySort; label: string }[] = [
  { value: 'imported', label: 'Newest imported' },
  { value: 'published', label: 'Published date' },
  { value: 'title', label: 'Title' },
  { value: 'source', label: 'Source' },
  { value: 'review', label: 'Review status' },
];

export interface LibraryQuery {
  sort: LibrarySort;
  /** Exact source, or null for any. */
  source: string | null;
  /** Language code, or null for any. */
  language: string | null;
  /** One tag the article must have, or null for any. */
  tag: string | null;
  /** The review status the article must have, or null for any. */
  review: ReviewStatus | null;
  /** Words the title must contain (case and accents ignored). */
  text: string;
}

export const DEFAULT_LIBRARY_QUERY: LibraryQuery = {
  sort: 'imported',
  source: null,
  language: null,
  tag: null,
  review: null,
  text: '',
};

/** How many of the drop-down filters (source, language, tag, review status) are set. */
export function activeFilterCount(query: LibraryQuery): number {
  return [query.source, query.language, query.tag, query.review].filter((value) => value !== null).length;
}

/** An article's review status; new while nobody set one. */
export function reviewStatusOf(article: ArticleSummary): ReviewStatus {
  return article.review?.status ?? 'new';
}

/** Statuses in the order work goes through them: sorting by status puts new articles first. */
const REVIEW_ORDER = ReviewStatus.options;

export function isFiltered(query: LibraryQuery): boolean {
  return activeFilterCount(query) > 0 || query.text.trim() !== '';
}

/**
 * Compares titles, sources and facets. The collator is made on first use (constructed at start-up,
 * it cost ~4 ms before the library showed) and looked up once per sort, not per comparison: a
 * lookup per comparison made sorting 10,000 titles ~120 ms instead of ~20.
 */
const textCompare = (): Intl.Collator['compare'] => collator(undefined, { sensitivity: 'base', numeric: true }).compare;

/** Sort key of a published date: date-only values at UTC midnight, unknown or unreadable dates last. */
export function publishedTime(value: string | null): number {
  if (value === null) return -Infinity;
  const dateOnly = parseDateOnly(value);
  const time = dateOnly !== null ? dateOnly.date.getTime() : Date.parse(value);
  return Number.isNaN(time) ? -Infinity : time;
}

/** The articles to show for `query`, in its order. Never mutates `articles`. */
export function applyLibraryQuery(articles: readonly ArticleSummary[], query: LibraryQuery): ArticleSummary[] {
  const words = foldForMatch(query.text).split(/\s+/).filter(Boolean);
  const language = query.language?.toLowerCase() ?? null;
  const matching = articles.filter((article) => {
    const { source, language: articleLanguage, tags } = article.metadata;
    if (query.source !== null && source !== query.source) return false;
    if (language !== null && articleLanguage?.toLowerCase() !== language) return false;
    if (query.tag !== null && !tags.includes(query.tag)) return false;
    if (query.review !== null && reviewStatusOf(article) !== query.review) return false;
    if (words.length > 0) {
      const title = foldForMatch(article.title);
      if (!words.every((word) => title.includes(word))) return false;
    }
    return true;
  });
  const newestFirst = sortNewestFirst(matching);
  // Every order below is a stable sort of the newest-first list, so ties read newest first.
  switch (query.sort) {
    case 'imported':
      return newestFirst;
    case 'published':
      return newestFirst.sort((a, b) =>
        compareDescending(publishedTime(a.metadata.publishedAt), publishedTime(b.metadata.publishedAt)),
      );
    case 'title': {
      const compare = textCompare();
      return newestFirst.sort((a, b) => compare(a.title, b.title));
    }
    case 'source': {
      const compare = textCompare();
      return newestFirst.sort((a, b) => compareMissingLast(compare, a.metadata.source, b.metadata.source));
    }
    case 'review':
      return newestFirst.sort(
        (a, b) => REVIEW_ORDER.indexOf(reviewStatusOf(a)) - REVIEW_ORDER.indexOf(reviewStatusOf(b)),
      );
  }
}

function compareDescending(a: number, b: number): number {
  if (a === b) return 0;
  return a > b ? -1 : 1;
}

function compareMissingLast(compare: Intl.Collator['compare'], a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return compare(a, b);
}

export interface LibraryFacets {
  sources: string[];
  languages: string[];
  tags: string[];
}

/** The values the filter drop-downs offer: every source, language and tag present, alphabetically. */
export function libraryFacets(articles: readonly ArticleSummary[]): LibraryFacets {
  const sources = new Set<string>();
  const languages = new Set<string>();
  const tags = new Set<string>();
  for (const { metadata } of articles) {
    if (metadata.source) sources.add(metadata.source);
    if (metadata.language) languages.add(metadata.language);
    for (const tag of metadata.tags) tags.add(tag);
  }
  const compare = textCompare();
  const sorted = (values: Set<string>) => [...values].sort(compare);
  return { sources: sorted(sources), languages: sorted(languages), tags: sorted(tags) };
}

/** Keeps only filters whose value still exists, so a renamed source does not leave an empty list behind. */
export function pruneQuery(query: LibraryQuery, facets: LibraryFacets): LibraryQuery {
  return {
    ...query,
    source: query.source !== null && facets.sources.includes(query.source) ? query.source : null,
    language: query.language !== null && facets.languages.includes(query.language) ? query.language : null,
    tag: query.tag !== null && facets.tags.includes(query.tag) ? query.tag : null,
  };
}
