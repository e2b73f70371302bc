import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model/article';
import {
  formatArticleCount,
  formatArticleDate,
  formatByteSize,
  formatCharCount,
  formatPublishedDate,
  languageName,
  sortNewestFirst,
} from '../../../renderer/src/article-list/article-summary-format';

const en = { locale: 'en-GB', timeZone: 'UTC' };

function summary(id: number, createdAt: string): ArticleSummary {
  const metadata = { source: null, url: null, author: null, publishedAt: null, language: null, tags: [] };
  return { id, title: `Article ${id}`, charCount: 10, createdAt, deletedAt: null, metadata };
}

describe('sortNewestFirst', () => {
  it('orders by creation time, newest first, ties by id', () => {
    const sorted = sortNewestFirst([
      summary(1, '2025-01-01T10:00:00.000Z'),
      summary(3, '2025-03-01T10:00:00.000Z'),
      summary(2, '2025-03-01T10:00:00.000Z'),
      summary(4, 'not a date'),
    ]);
    expect(sorted.map((article) => article.id)).toEqual([3, 2, 1, 4]);
  });
});

describe('formatArticleDate', () => {
  const now = new Date('2025-03-01T18:00:00.000Z');

  it('shows only the time for articles from today', () => {
    expect(formatArticleDate('2025-03-01T09:05:00.000Z', now, en)).toBe('9:05');
    expect(formatArticleDate('2025-03-01T09:05:00.000Z', now, { locale: 'en-US', timeZone: 'UTC' })).toBe('9:05 AM');
  });

  it('shows day and month for this year, and the year for older ones', () => {
    expect(formatArticleDate('2025-02-14T09:05:00.000Z', now, en)).toBe('14 Feb');
    expect(formatArticleDate('2024-12-31T09:05:00.000Z', now, en)).toBe('31 Dec 2024');
  });

  it('passes an unparseable date through unchanged', () => {
    expect(formatArticleDate('yesterday', now, en)).toBe('yesterday');
  });
});

describe('counts', () => {
  it('formats character counts exactly when small and compactly when large', () => {
    expect(formatCharCount(1, en)).toBe('1 character');
    expect(formatCharCount(842, en)).toBe('842 characters');
    expect(formatCharCount(9_999, en)).toBe('9,999 characters');
    expect(formatCharCount(12_400, en)).toBe('12k characters');
  });

  it('formats article counts', () => {
    expect(formatArticleCount(0, en)).toBe('No articles');
    expect(formatArticleCount(1, en)).toBe('1 article');
    expect(formatArticleCount(1204, en)).toBe('1,204 articles');
  });
});

describe('formatPublishedDate', () => {
  it('keeps the precision the source gave: a year, a month or a day', () => {
    expect(formatPublishedDate('2025', en)).toBe('2025');
    expect(formatPublishedDate('2025-02', en)).toBe('Feb 2025');
    expect(formatPublishedDate('2025-02-28', en)).toBe('28 Feb 2025');
  });

  it('never moves a date-only value to the previous day west of Greenwich', () => {
    expect(formatPublishedDate('2025-02-28', { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe(
      'Feb 28, 2025',
    );
  });

  it('formats a date-time in the given time zone and leaves unreadable values as written', () => {
    expect(formatPublishedDate('2025-02-28T23:30:00Z', { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe(
      '1 Mar 2025',
    );
    expect(formatPublishedDate('last Tuesday', en)).toBe('last Tuesday');
    expect(formatPublishedDate('2025-13-45', en)).toBe('2025-13-45');
  });
});

describe('languageName', () => {
  it('names known codes in English and returns unknown codes as they are', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('fa')).toBe('Persian');
    expect(languageName('qqq')).toBe('qqq');
    expect(languageName('not a code')).toBe('not a code');
  });
});

describe('formatByteSize', () => {
  it('counts bytes exactly and larger sizes in binary units', () => {
    expect(formatByteSize(1, en)).toBe('1 byte');
    expect(formatByteSize(900, en)).toBe('900 bytes');
    expect(formatByteSize(1536, en)).toBe('1.5 KB');
    expect(formatByteSize(12 * 1024 * 1024, en)).toBe('12 MB');
  });
});
