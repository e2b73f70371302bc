import { describe, expect, it } from 'vitest';
import type { EntityIndexQuery } from '../../../shared/model/analysis';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import { useTempDir } from '../support/temp-dir';
import { analysisFixture } from './analysis-fixture';

const tempDir = useTempDir();

function query(filter: Partial<AnalysisFilter> = {}, change: Partial<EntityIndexQuery> = {}): EntityIndexQuery {
  return {
    columnFilters: [],
    sort: { column: 'name', descending: false },
    ...change,
    filter: { ...NO_ANALYSIS_FILTER, ...filter },
  };
}

describe('the entity index across the corpus', () => {
  it('counts mentions, articles, first and last seen, claims made and about, by hand', () => {
    const f = analysisFixture(tempDir());
    const rows = f.store.analysisEntities(query());
    const row = (id: number) => rows.find((entry) => entry.entityId === id);
    expect(rows.map((entry) => entry.name)).toEqual([
      'China',
      'Dmitri Peskow',
      'Russland',
      'Sergei Schoigu',
      'Wladimir Putin',
      'Xi Jinping',
    ]);
    expect(row(f.entities.xi)).toMatchObject({
      mentions: 2,
      articles: 2,
      firstSeen: '2025-03-01',
      lastSeen: '2025-03-10',
      claimsMade: 2,
      claimsAbout: 1,
    });
    // Mentioned in the undated article too, which moves neither date.
    expect(row(f.entities.putin)).toMatchObject({
      mentions: 2,
      articles: 2,
      firstSeen: '2025-03-01',
      lastSeen: '2025-03-01',
      claimsMade: 0,
      claimsAbout: 1,
    });
    expect(row(f.entities.russia)).toMatchObject({ mentions: 2, articles: 2, claimsMade: 0, claimsAbout: 2 });
    expect(row(f.entities.peskov)).toMatchObject({ mentions: 1, articles: 1, claimsMade: 1, claimsAbout: 0 });
  });

  it('counts only within the filtered articles and leaves out entities without counts there', () => {
    const f = analysisFixture(tempDir());
    const rows = f.store.analysisEntities(query({ sources: ['TASS'] }));
    expect(rows.map((entry) => entry.name)).toEqual(['Dmitri Peskow', 'Russland', 'Xi Jinping']);
    expect(rows.find((entry) => entry.entityId === f.entities.xi)).toMatchObject({
      mentions: 1,
      articles: 1,
      firstSeen: '2025-03-10',
      claimsMade: 1,
      claimsAbout: 0,
    });
    // An entity filter keeps the articles that mention it: who appears alongside Putin.
    const withPutin = f.store.analysisEntities(query({ entityIds: [f.entities.putin] }));
    expect(withPutin.map((entry) => entry.name)).toEqual([
      'China',
      'Russland',
      'Sergei Schoigu',
      'Wladimir Putin',
      'Xi Jinping',
    ]);
  });

  it('sorts by any column and filters by name and type', () => {
    const f = analysisFixture(tempDir());
    const byClaimsAbout = f.store.analysisEntities(query({}, { sort: { column: 'claimsAbout', descending: true } }));
    expect(byClaimsAbout[0]?.name).toBe('Russland');
    const places = f.store.analysisEntities(query({}, { columnFilters: [{ column: 'type', contains: 'loc' }] }));
    expect(places.map((entry) => entry.name)).toEqual(['China', 'Russland']);
    const named = f.store.analysisEntities(query({}, { columnFilters: [{ column: 'name', contains: 'schoígu' }] }));
    expect(named.map((entry) => entry.name)).toEqual(['Sergei Schoigu']);
  });
});

describe('the article list under the analysis filter', () => {
  it('keeps the articles that match every kind of the filter', () => {
    const f = analysisFixture(tempDir());
    const ids = (filter: Partial<AnalysisFilter>) => f.store.analysisArticleIds({ ...NO_ANALYSIS_FILTER, ...filter });
    expect(ids({})).toEqual([f.articles.seed, f.articles.kremlin, f.articles.analysis]);
    expect(ids({ entityIds: [f.entities.putin] })).toEqual([f.articles.seed, f.articles.analysis]);
    expect(ids({ entityIds: [f.entities.putin], sources: ['Reuters', 'TASS'] })).toEqual([f.articles.analysis]);
    expect(ids({ labelIds: [f.value('verdict', 'false')] })).toEqual([f.articles.kremlin]);
    expect(ids({ text: 'Analysts doubt' })).toEqual([f.articles.analysis]);
  });
});
