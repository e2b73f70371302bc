import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model/article';
import { FIRST_SCREEN_ARTICLES, LibraryCache } from '../../../renderer/src/workbench/library-cache';

function memoryStorage(entries: Record<string, string> = {}) {
  const stored = new Map(Object.entries(entries));
  return {
    read: (key: string) => stored.get(key) ?? null,
    write: (key: string, value: string) => stored.set(key, value),
  };
}

const project = { name: 'Desk', displayPath: '/home/ana/Desk.awb', articleCount: 100, schemaVersion: 3 };

function summary(id: number): ArticleSummary {
  return {
    id,
    title: `Meldung ${id} – Grüße aus Peking 🇨🇳`,
    charCount: 1200,
    createdAt: new Date(Date.UTC(2025, 1, 28, 0, id)).toISOString(),
    deletedAt: null,
    metadata: { source: null, url: null, author: null, publishedAt: null, language: 'de', tags: [] },
  };
}

describe('the cached first screen of the library', () => {
  it('keeps the project and only as many articles as a window shows, in the order shown', () => {
    const cache = new LibraryCache(memoryStorage());
    const articles = Array.from({ length: 100 }, (_, i) => summary(100 - i));
    cache.remember(project, articles);
    expect(cache.read()).toEqual({ project, articles: articles.slice(0, FIRST_SCREEN_ARTICLES) });
  });

  it('is ignored when what is stored is not one (damaged, or from another version)', () => {
    const key = 'workbench.library-first-screen';
    const valid = JSON.stringify({ project, articles: [summary(1)] });
    expect(new LibraryCache(memoryStorage({ [key]: valid })).read()).not.toBeNull();
    for (const stored of [
      '{',
      '[]',
      JSON.stringify({ project, articles: [{ id: 1 }] }),
      valid.replace('"Desk"', '7'),
    ]) {
      expect(new LibraryCache(memoryStorage({ [key]: stored })).read()).toBeNull();
    }
  });
});
