import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model/article';
import {
  formatArticleCount,
  formatArticleDate,
  formatCharCount,
  sortNewestFirst,
} from '../../../renderer/src/article-list/article-summary-format';

const en = { locale: 'en-GB', timeZone: 'UTC' };

function summary(id: number, createdAt: string): ArticleSummary {
  return { id, title: `Article ${id}`, charCount: 10, createdAt };
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
