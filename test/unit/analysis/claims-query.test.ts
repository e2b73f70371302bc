import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import type { ClaimsPageQuery, ClaimsQuery } from '../../../shared/model/analysis';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import { useTempDir } from '../support/temp-dir';
import { SEED_CLAIM_TEXT } from '../support/text-span';
import { ANALYSIS_TEXT, analysisFixture } from './analysis-fixture';

const tempDir = useTempDir();

function query(
  change: Partial<Omit<ClaimsPageQuery, 'filter'>> & { filter?: Partial<AnalysisFilter> } = {},
): ClaimsPageQuery {
  return {
    columnFilters: [],
    search: '',
    sort: { column: 'date', descending: false },
    groupBy: null,
    offset: 0,
    limit: 100,
    ...change,
    filter: { ...NO_ANALYSIS_FILTER, ...change.filter },
  };
}

describe('the claims table across the corpus', () => {
  it('lists every claim with its claimant, subjects, attributes, date, article and source', () => {
    const f = analysisFixture(tempDir());
    const page = f.store.analysisClaims(query());
    expect(page.total).toBe(5);
    const xi = page.rows.find((row) => row.annotationId === f.claims.xiFriends);
    expect(xi).toMatchObject({
      text: SEED_CLAIM_TEXT,
      claimant: { entityId: f.entities.xi, name: 'Xi Jinping' },
      about: [
        { id: f.entities.china, name: 'China' },
        { id: f.entities.russia, name: 'Russland' },
      ],
      attributes: {
        [f.attribute('stance')]: f.value('stance', 'supports'),
        [f.attribute('verdict')]: f.value('verdict', 'unverified'),
        [f.attribute('form')]: f.value('form', 'paraphrase'),
      },
      date: '2025-03-01',
      articleTitle: 'Xi trifft Schoigu',
      source: 'Xinhua',
    });
    expect(xi?.before.endsWith('Xi betonte, ')).toBe(true);
  });

  it('names an unlinked claimant by its mention and counts offsets in UTF-16 past an emoji', () => {
    const f = analysisFixture(tempDir());
    const doubt = f.store.analysisClaims(query()).rows.find((row) => row.annotationId === f.claims.doubt);
    expect(doubt?.claimant).toEqual({ entityId: null, name: 'Analysts' });
    expect(doubt?.start).toBe(ANALYSIS_TEXT.indexOf('the talks'));
    expect(doubt?.date).toBeNull();
  });

  it('dates a claim by its own date before its article’s, and sorts by it either way', () => {
    const f = analysisFixture(tempDir());
    const ascending = f.store.analysisClaims(query()).rows.map((row) => row.annotationId);
    // The undated claim sorts first; the seed's two (03-01), the dated claim (03-09), then 03-10.
    expect(ascending).toEqual([
      f.claims.doubt,
      f.claims.xiFriends,
      f.claims.putinValues,
      f.claims.noAttack,
      f.claims.talks,
    ]);
    const descending = f.store.analysisClaims(query({ sort: { column: 'date', descending: true } }));
    expect(descending.rows.map((row) => row.annotationId)).toEqual([...ascending].reverse());
  });

  it('sorts by claimant and by an attribute', () => {
    const f = analysisFixture(tempDir());
    const byClaimant = f.store.analysisClaims(query({ sort: { column: 'claimant', descending: false } }));
    expect(byClaimant.rows.map((row) => row.claimant?.name)).toEqual([
      'Analysts',
      'Dmitri Peskow',
      'Sergei Schoigu',
      'Xi Jinping',
      'Xi Jinping',
    ]);
    const stance = `attribute:${f.attribute('stance')}` as const;
    const byStance = f.store.analysisClaims(query({ sort: { column: stance, descending: false } }));
    expect(byStance.rows.map((row) => row.attributes[f.attribute('stance')])).toEqual(
      ['neutral', 'refutes', 'refutes', 'supports', 'supports'].map((name) => f.value('stance', name)),
    );
  });

  it('narrows by the shared filter: entities as claimant or subject, sources, dates, labels', () => {
    const f = analysisFixture(tempDir());
    const ids = (filter: Partial<AnalysisFilter>) =>
      new Set(f.store.analysisClaims(query({ filter })).rows.map((row) => row.annotationId));
    expect(ids({ entityIds: [f.entities.xi] })).toEqual(
      new Set([f.claims.xiFriends, f.claims.putinValues, f.claims.talks]),
    );
    expect(ids({ entityIds: [f.entities.putin, f.entities.peskov] })).toEqual(
      new Set([f.claims.putinValues, f.claims.noAttack]),
    );
    expect(ids({ sources: ['TASS'] })).toEqual(new Set([f.claims.noAttack, f.claims.talks]));
    expect(ids({ sources: ['TASS'], entityIds: [f.entities.xi] })).toEqual(new Set([f.claims.talks]));
    expect(ids({ publishedFrom: '2025-03-05' })).toEqual(new Set([f.claims.noAttack, f.claims.talks]));
    expect(ids({ publishedTo: '2025-03' }).size).toBe(4);
    expect(ids({ publishedTo: '2025-03-01' })).toEqual(new Set([f.claims.xiFriends, f.claims.putinValues]));
    expect(ids({ tags: ['russia'] })).toEqual(new Set([f.claims.noAttack, f.claims.talks]));
    expect(ids({ labelIds: [f.value('stance', 'refutes')] })).toEqual(new Set([f.claims.noAttack, f.claims.doubt]));
    expect(ids({ text: 'Angriff' })).toEqual(new Set([f.claims.noAttack, f.claims.talks]));
  });

  it('filters by column and searches without regard to case or accents', () => {
    const f = analysisFixture(tempDir());
    const ids = (change: Partial<Omit<ClaimsQuery, 'filter'>>) =>
      f.store.analysisClaims(query(change)).rows.map((row) => row.annotationId);
    expect(ids({ columnFilters: [{ column: 'claimant', contains: 'xi' }] })).toEqual([
      f.claims.xiFriends,
      f.claims.talks,
    ]);
    expect(ids({ columnFilters: [{ column: `attribute:${f.attribute('verdict')}`, contains: 'FALSE' }] })).toEqual([
      f.claims.noAttack,
    ]);
    expect(ids({ search: 'gesprachen' })).toEqual([f.claims.talks]);
    expect(ids({ search: 'russland' })).toEqual([f.claims.xiFriends, f.claims.noAttack]);
  });

  it('groups by claimant, source and verdict with a count per group, rows in group order', () => {
    const f = analysisFixture(tempDir());
    const byClaimant = f.store.analysisClaims(query({ groupBy: 'claimant' }));
    expect(byClaimant.groups).toEqual([
      { key: 'Analysts', count: 1 },
      { key: 'Dmitri Peskow', count: 1 },
      { key: 'Sergei Schoigu', count: 1 },
      { key: 'Xi Jinping', count: 2 },
    ]);
    expect(byClaimant.rows.map((row) => row.annotationId)).toEqual([
      f.claims.doubt,
      f.claims.noAttack,
      f.claims.putinValues,
      f.claims.xiFriends,
      f.claims.talks,
    ]);
    expect(f.store.analysisClaims(query({ groupBy: 'source' })).groups).toEqual([
      { key: 'Reuters', count: 1 },
      { key: 'TASS', count: 2 },
      { key: 'Xinhua', count: 2 },
    ]);
    const verdict = f.store.analysisClaims(query({ groupBy: `attribute:${f.attribute('verdict')}` }));
    expect(verdict.groups).toEqual([
      { key: 'false', count: 1 },
      { key: 'true', count: 1 },
      { key: 'unrated', count: 1 },
      { key: 'unverified', count: 1 },
      { key: null, count: 1 },
    ]);
  });

  it('pages: a window of rows with the total of all', () => {
    const f = analysisFixture(tempDir());
    const page = f.store.analysisClaims(query({ offset: 3, limit: 10 }));
    expect(page).toMatchObject({ total: 5, offset: 3 });
    expect(page.rows.map((row) => row.annotationId)).toEqual([f.claims.noAttack, f.claims.talks]);
  });

  it('keeps one order from the first screen to a window far down the table', () => {
    const f = analysisFixture(tempDir());
    const first = f.store.analysisClaims(query({ limit: 2 }));
    const far = f.store.analysisClaims(query({ offset: 2, limit: 5000 }));
    const whole = f.store.analysisClaims(query({ sort: { column: 'date', descending: true }, limit: 5000 }));
    expect(first.total).toBe(far.total);
    expect([...first.rows, ...far.rows].map((row) => row.annotationId)).toEqual(
      whole.rows.map((row) => row.annotationId).reverse(),
    );
  });

  it('counts the claims of an entity and of a source as the rows it lists', () => {
    const f = analysisFixture(tempDir());
    for (const filter of [{ entityIds: [f.entities.putin] }, { sources: ['TASS'] }]) {
      const page = f.store.analysisClaims(query({ filter }));
      expect(page.total).toBe(page.rows.length);
      expect(page.total).toBeGreaterThan(0);
    }
  });

  it('leaves out claims of articles in the trash, as soon as they are trashed', () => {
    const f = analysisFixture(tempDir());
    expect(f.store.analysisClaims(query()).total).toBe(5);
    f.store.trashArticles([f.articles.kremlin]);
    expect(f.store.analysisClaims(query()).total).toBe(3);
  });

  it('answers on a reader connection what the writer committed since its last answer', () => {
    const f = analysisFixture(tempDir());
    const reader = ProjectStore.openForReading(f.store.path);
    try {
      expect(reader.analysisClaims(query({ offset: 4, limit: 1 })).rows).toHaveLength(1);
      f.store.deleteAnnotations([f.claims.talks]);
      const page = reader.analysisClaims(query({ offset: 0, limit: 10 }));
      expect(page.total).toBe(4);
      expect(page.rows.map((row) => row.annotationId)).not.toContain(f.claims.talks);
    } finally {
      reader.close();
    }
  });
});
