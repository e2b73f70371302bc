import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import type { ProjectStore } from '../../../main/store/project-store';
import { contract } from '../../../shared/ipc/contract';
import type { RejectionsPage, RejectionsQuery, SuggestionRejection } from '../../../shared/model/suggestion';
import { useTempDir } from '../support/temp-dir';
import { seedProjectWithRegistry } from './seed-project';

const tempDir = useTempDir();

/** The seed article's suggestions rejected in three steps, and a second article's after them. */
function projectWithRejections() {
  const { store, articleId } = seedProjectWithRegistry(tempDir());
  const seed = store.suggestions.forArticle(articleId);
  const steps = [seed.slice(0, 10), seed.slice(10, 20), seed.slice(20)];
  for (const step of steps) store.suggestions.reject(step);
  const { id: minsk } = store.createArticle(
    articleFromPaste({ title: 'Treffen in Minsk', text: 'Schoigu traf Lukaschenko in Minsk.' }),
  );
  const second = store.suggestions.forArticle(minsk);
  store.suggestions.reject(second);
  // Each step is newer than the one before; within one, the later place was remembered later.
  const rejectedInOrder = [...steps, second].flat().map((s) => `${s.articleId}:${s.start}`);
  return { store, newestFirst: rejectedInOrder.reverse(), secondCount: second.length };
}

function page(store: ProjectStore, query: Partial<RejectionsQuery>): RejectionsPage {
  return store.suggestions.rejectionsPage({ filter: '', after: null, limit: 500, ...query });
}

const place = (rejection: SuggestionRejection): string => `${rejection.articleId}:${rejection.start}`;
const cursorOf = (rejection: SuggestionRejection | undefined) =>
  rejection === undefined ? null : { rejectedAt: rejection.rejectedAt, id: rejection.id };

/** Every page of the query, one after the other. */
function allPages(store: ProjectStore, query: Partial<RejectionsQuery>): RejectionsPage[] {
  const pages = [page(store, query)];
  while (pages.at(-1)?.more === true) pages.push(page(store, { ...query, after: cursorOf(pages.at(-1)?.rows.at(-1)) }));
  return pages;
}

describe('a page of rejections', () => {
  it('runs newest first, page after page, with the project’s count on every page', () => {
    const { store, newestFirst } = projectWithRejections();
    const pages = allPages(store, { limit: 7 });
    expect(pages).toHaveLength(Math.ceil(newestFirst.length / 7));
    expect(pages.flatMap((p) => p.rows).map(place)).toEqual(newestFirst);
    expect(pages.map((p) => p.rows.length).slice(0, -1)).toEqual(pages.slice(1).map(() => 7));
    expect(pages.map((p) => [p.total, p.matching])).toEqual(pages.map(() => [newestFirst.length, newestFirst.length]));
    expect(pages.at(-1)?.more).toBe(false);
    expect(store.suggestions.rejections().map(place)).toEqual(newestFirst);
  });

  it('is empty after the oldest rejection, and says nothing more follows', () => {
    const { store, newestFirst } = projectWithRejections();
    const oldest = page(store, {}).rows.at(-1);
    expect(page(store, { after: cursorOf(oldest) })).toEqual({
      total: newestFirst.length,
      matching: newestFirst.length,
      rows: [],
      more: false,
    });
  });

  it('finds rejections by their text, their label or their article, without case or accents', () => {
    const { store, newestFirst, secondCount } = projectWithRejections();
    const peking = page(store, { filter: 'PEKÍNG' });
    expect(peking.rows.length).toBeGreaterThan(1);
    expect(peking.rows.every((r) => r.quote.exact === 'Peking')).toBe(true);
    expect(peking.matching).toBe(peking.rows.length);
    expect(peking.total).toBe(newestFirst.length);

    expect(secondCount).toBeGreaterThan(0);
    const minsk = page(store, { filter: ' treffen  in ' });
    expect(minsk.rows.map((r) => r.articleTitle)).toEqual(
      Array.from({ length: secondCount }, () => 'Treffen in Minsk'),
    );

    const places = page(store, { filter: 'locat' });
    const location = store.listLabels().find((l) => l.name === 'Location')?.id;
    expect(places.rows.length).toBeGreaterThan(0);
    expect(places.rows.every((r) => r.labelId === location)).toBe(true);

    // A filtered list pages like the whole one.
    expect(allPages(store, { filter: 'locat', limit: 2 }).flatMap((p) => p.rows)).toEqual(places.rows);
    expect(page(store, { filter: '   ' }).matching).toBe(newestFirst.length);
    expect(page(store, { filter: 'Wladiwostok' })).toMatchObject({ matching: 0, rows: [], more: false });
  });

  it('drops a rejection proposed again and has it back in its place after undo', () => {
    const { store, newestFirst } = projectWithRejections();
    const before = page(store, { limit: 5 });
    const third = before.rows[2];
    if (third === undefined) throw new Error('no third rejection');
    expect(store.suggestions.unreject([third.id])).toBe(1);
    expect(store.historyState().undo).toBe('Forget a rejection');
    const after = page(store, { limit: 5 });
    expect(after.rows.map((r) => r.id)).not.toContain(third.id);
    expect(after.total).toBe(newestFirst.length - 1);
    store.undo();
    expect(page(store, { limit: 5 })).toEqual(before);
  });

  it('refuses arguments that are no page of rejections', () => {
    const schema = contract['suggestion.rejectionsPage'].arg;
    const good = { filter: '', after: { rejectedAt: '2026-01-01T00:00:00.000Z', id: 3 }, limit: 200 };
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse({ ...good, after: null }).success).toBe(true);
    for (const bad of [
      undefined,
      { ...good, limit: 0 },
      { ...good, limit: 501 },
      { ...good, limit: 2.5 },
      { ...good, filter: 'x'.repeat(201) },
      { ...good, after: { rejectedAt: '2026-01-01', id: -1 } },
      { filter: '', limit: 10 },
      { ...good, offset: 10 },
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
