import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model/article';
import { foldForMatch } from '../../../shared/text/fold-for-match';
import {
  activeFilterCount,
  applyLibraryQuery,
  DEFAULT_LIBRARY_QUERY,
  isFiltered,
  libraryFacets,
  pruneQuery,
  publishedTime,
  type LibraryQuery,
} from '../../../renderer/src/article-list/library-query';

function article(
  id: number,
  title: string,
  createdAt: string,
  metadata: Partial<ArticleSummary['metadata']> = {},
): ArticleSummary {
  return {
    id,
    title,
    charCount: 100,
    createdAt,
    deletedAt: null,
    metadata: { source: null, url: null, author: null, publishedAt: null, language: null, tags: [], ...metadata },
  };
}

const library = [
  article(1, 'Xi empfängt Schoigu', '2025-03-01T08:00:00Z', {
    source: 'TASS',
    language: 'de',
    publishedAt: '2025-02-28',
    tags: ['china', 'russia'],
  }),
  article(2, 'Sudán: nueva ofensiva', '2025-03-02T08:00:00Z', { source: 'EFE', language: 'es', publishedAt: '2025' }),
  article(3, 'Ceasefire talks stall', '2025-03-03T08:00:00Z', {
    source: 'Reuters',
    language: 'en',
    publishedAt: '2025-03-01T09:00:00+02:00',
    tags: ['russia'],
  }),
  article(4, 'untitled memo', '2025-03-04T08:00:00Z'),
];

const query = (change: Partial<LibraryQuery>): LibraryQuery => ({ ...DEFAULT_LIBRARY_QUERY, ...change });
const ids = (articles: readonly ArticleSummary[]) => articles.map((a) => a.id);

describe('applyLibraryQuery', () => {
  it('sorts newest imported first by default, without touching the input', () => {
    const input = [...library];
    expect(ids(applyLibraryQuery(input, DEFAULT_LIBRARY_QUERY))).toEqual([4, 3, 2, 1]);
    expect(ids(input)).toEqual([1, 2, 3, 4]);
  });

  it('sorts by published date with unknown dates last', () => {
    expect(ids(applyLibraryQuery(library, query({ sort: 'published' })))).toEqual([3, 1, 2, 4]);
  });

  it('sorts by title ignoring case and accents', () => {
    expect(ids(applyLibraryQuery(library, query({ sort: 'title' })))).toEqual([3, 2, 4, 1]);
  });

  it('sorts by source with articles without a source last, newest first among equals', () => {
    const withTwoTass = [...library, article(5, 'Later TASS piece', '2025-03-05T08:00:00Z', { source: 'TASS' })];
    expect(ids(applyLibraryQuery(withTwoTass, query({ sort: 'source' })))).toEqual([2, 3, 5, 1, 4]);
  });

  it('filters by source, language and tag, and they combine', () => {
    expect(ids(applyLibraryQuery(library, query({ source: 'TASS' })))).toEqual([1]);
    expect(ids(applyLibraryQuery(library, query({ language: 'ES' })))).toEqual([2]);
    expect(ids(applyLibraryQuery(library, query({ tag: 'russia' })))).toEqual([3, 1]);
    expect(ids(applyLibraryQuery(library, query({ tag: 'russia', language: 'de' })))).toEqual([1]);
  });

  it('filters titles by every word, ignoring case and diacritics', () => {
    expect(ids(applyLibraryQuery(library, query({ text: 'sudan' })))).toEqual([2]);
    expect(ids(applyLibraryQuery(library, query({ text: '  EMPFANGT   xi ' })))).toEqual([1]);
    expect(ids(applyLibraryQuery(library, query({ text: 'xi ceasefire' })))).toEqual([]);
  });
});

describe('library facets and query state', () => {
  it('lists each source, language and tag once, alphabetically', () => {
    expect(libraryFacets(library)).toEqual({
      sources: ['EFE', 'Reuters', 'TASS'],
      languages: ['de', 'en', 'es'],
      tags: ['china', 'russia'],
    });
  });

  it('drops filters whose value no article has any more', () => {
    const facets = libraryFacets(library);
    expect(pruneQuery(query({ source: 'AP', tag: 'china' }), facets)).toEqual(query({ tag: 'china' }));
  });

  it('counts active filters and knows when the list is filtered', () => {
    expect(activeFilterCount(query({ source: 'TASS', tag: 'x' }))).toBe(2);
    expect(isFiltered(DEFAULT_LIBRARY_QUERY)).toBe(false);
    expect(isFiltered(query({ text: '  ' }))).toBe(false);
    expect(isFiltered(query({ text: 'x' }))).toBe(true);
  });

  it('folds text for matching', () => {
    expect(foldForMatch('Müller ÉTÉ')).toBe('muller ete');
  });

  it('orders published dates of any precision and puts unreadable ones last', () => {
    expect(publishedTime('2025-02-28')).toBe(Date.UTC(2025, 1, 28));
    expect(publishedTime('2025')).toBe(Date.UTC(2025, 0, 1));
    expect(publishedTime('2025-02-28T10:00:00Z')).toBe(Date.UTC(2025, 1, 28, 10));
    expect(publishedTime('2025-13-01')).toBe(-Infinity);
    expect(publishedTime(null)).toBe(-Infinity);
  });
});
