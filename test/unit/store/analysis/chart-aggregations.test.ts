import { describe, expect, it } from 'vitest';
import type { ClaimAttributeChart, CodeMatrix } from '../../../../shared/model/analysis-charts';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../../shared/model/analysis-filter';
import { useTempDir } from '../../support/temp-dir';
import { analysisFixture } from './analysis-fixture';

const tempDir = useTempDir();

const filter = (change: Partial<AnalysisFilter>): AnalysisFilter => ({ ...NO_ANALYSIS_FILTER, ...change });

/** Bars as "name: value name × count, …", the way a reader checks them against the table. */
function bars(chart: ClaimAttributeChart): Record<string, Record<string, number>> {
  const names = new Map(chart.values.map((value) => [value.id, value.name]));
  return Object.fromEntries(
    chart.bars.map((bar) => [
      bar.name,
      Object.fromEntries(bar.counts.map(({ valueId, count }) => [valueId === null ? '–' : names.get(valueId), count])),
    ]),
  );
}

function cells(matrix: CodeMatrix): Record<string, Record<string, number>> {
  const names = new Map(matrix.labels.map((label) => [label.id, label.name]));
  return Object.fromEntries(
    matrix.rows.map((row) => [
      row.name,
      Object.fromEntries(row.cells.map(({ labelId, count }) => [names.get(labelId), count])),
    ]),
  );
}

describe('claims per claimant by stance', () => {
  it('counts each claimant’s claims by stance, the claimant named by entity or by mention, the trash left out', () => {
    const { store } = analysisFixture(tempDir());
    const chart = store.claimsPerClaimant(NO_ANALYSIS_FILTER);
    expect(chart.attribute?.name).toBe('stance');
    expect(chart.values.map((value) => [value.name, value.color])).toEqual([
      ['supports', '#1a9850'],
      ['refutes', '#d73027'],
      ['neutral', '#7f7f7f'],
    ]);
    expect(chart.bars.map((bar) => [bar.name, bar.total])).toEqual([
      ['Xi Jinping', 3],
      ['Wladimir Putin', 2],
      ['Lin Jian', 1],
    ]);
    expect(bars(chart)).toEqual({
      'Xi Jinping': { supports: 2, refutes: 1 },
      'Wladimir Putin': { supports: 2 },
      'Lin Jian': { neutral: 1 },
    });
    expect(chart.groups).toBe(3);
  });

  it('narrows to claims by or about the filtered entity', () => {
    const { store, entities } = analysisFixture(tempDir());
    const chart = store.claimsPerClaimant(filter({ entityIds: [entities.xi.id] }));
    expect(bars(chart)).toEqual({ 'Xi Jinping': { supports: 2, refutes: 1 }, 'Wladimir Putin': { supports: 1 } });
    expect(chart.bars[0]?.key).toEqual({ entityId: entities.xi.id });
  });

  it('narrows to a date range, the end month taken in whole', () => {
    const { store } = analysisFixture(tempDir());
    const chart = store.claimsPerClaimant(filter({ publishedFrom: '2025-03', publishedTo: '2025-03' }));
    expect(bars(chart)).toEqual({ 'Xi Jinping': { supports: 1, refutes: 1 }, 'Wladimir Putin': { supports: 1 } });
    const february = store.claimsPerClaimant(filter({ publishedTo: '2025-02-14' }));
    expect(bars(february)).toEqual({
      'Xi Jinping': { supports: 1 },
      'Wladimir Putin': { supports: 1 },
      'Lin Jian': { neutral: 1 },
    });
  });
});

describe('verdicts per source', () => {
  it('counts each source’s claims by verdict, claims without one apart', () => {
    const { store } = analysisFixture(tempDir());
    const chart = store.verdictsPerSource(NO_ANALYSIS_FILTER);
    expect(chart.attribute?.name).toBe('verdict');
    expect(bars(chart)).toEqual({
      Reuters: { misleading: 1, false: 1, unverified: 1 },
      Xinhua: { unverified: 1, '–': 1, true: 1 },
    });
    expect(chart.bars.map((bar) => bar.key)).toEqual([{ source: 'Reuters' }, { source: 'Xinhua' }]);
  });

  it('narrows by a stance value (a label), by source and by tag', () => {
    const { store, labels } = analysisFixture(tempDir());
    expect(bars(store.verdictsPerSource(filter({ labelIds: [labels.supports] })))).toEqual({
      Xinhua: { unverified: 1, '–': 1 },
      Reuters: { misleading: 1, unverified: 1 },
    });
    expect(bars(store.verdictsPerSource(filter({ sources: ['Reuters'], tags: ['china'] })))).toEqual({
      Reuters: { unverified: 1 },
    });
  });

  it('narrows by full text over the articles', () => {
    const { store } = analysisFixture(tempDir());
    expect(bars(store.verdictsPerSource(filter({ text: 'Schoigu' })))).toEqual({
      Xinhua: { unverified: 1, '–': 1, true: 1 },
    });
  });
});

describe('code matrix', () => {
  it('counts annotations by label for each source, article and tag', () => {
    const { store, labels } = analysisFixture(tempDir());
    const bySource = store.codeMatrix(NO_ANALYSIS_FILTER, 'source');
    expect(bySource.labels.map((label) => label.name)).toEqual(['Person', 'Claim']);
    expect(bySource.labels[0]).toEqual({ id: labels.person.id, name: 'Person', color: '#0072b2' });
    expect(cells(bySource)).toEqual({ Xinhua: { Person: 4, Claim: 3 }, Reuters: { Person: 3, Claim: 3 } });
    expect(cells(store.codeMatrix(NO_ANALYSIS_FILTER, 'tag'))).toEqual({
      china: { Person: 5, Claim: 4 },
      russia: { Person: 3, Claim: 3 },
    });
    const byArticle = store.codeMatrix(NO_ANALYSIS_FILTER, 'article');
    expect(byArticle.rows.map((row) => [row.name, row.total])).toEqual([
      ['Xi trifft Schoigu', 7],
      ['Talks', 4],
      ['Growth', 2],
    ]);
    expect(byArticle.rowCount).toBe(3);
  });

  it('narrows to the annotations of an entity and of a label', () => {
    const { store, entities, labels } = analysisFixture(tempDir());
    expect(cells(store.codeMatrix(filter({ entityIds: [entities.putin.id] }), 'source'))).toEqual({
      Xinhua: { Person: 1, Claim: 1 },
      Reuters: { Person: 1, Claim: 1 },
    });
    expect(cells(store.codeMatrix(filter({ labelIds: [labels.claim.id] }), 'source'))).toEqual({
      Xinhua: { Claim: 3 },
      Reuters: { Claim: 3 },
    });
  });
});

describe('timeline', () => {
  it('counts claims and mentions per day when the dates span a few weeks', () => {
    const { store } = analysisFixture(tempDir());
    expect(store.timeline(NO_ANALYSIS_FILTER)).toEqual({
      granularity: 'day',
      periods: [
        { period: '2025-02-14', claims: 3, mentions: 4 },
        { period: '2025-03-02', claims: 2, mentions: 2 },
        { period: '2025-03-20', claims: 1, mentions: 1 },
      ],
    });
  });

  it('follows every part of the filter but its own date range', () => {
    const { store } = analysisFixture(tempDir());
    const narrowed = store.timeline(filter({ sources: ['Reuters'], publishedFrom: '2025-03-10' }));
    expect(narrowed.periods).toEqual([
      { period: '2025-03-02', claims: 2, mentions: 2 },
      { period: '2025-03-20', claims: 1, mentions: 1 },
    ]);
  });

  it('counts per month when the dates span more than a few months', () => {
    const { store, articles } = analysisFixture(tempDir());
    store.updateArticle(articles.growth.id, { publishedAt: '2025-11-02' });
    expect(store.timeline(NO_ANALYSIS_FILTER).periods).toEqual([
      { period: '2025-02', claims: 3, mentions: 4 },
      { period: '2025-03', claims: 2, mentions: 2 },
      { period: '2025-11', claims: 1, mentions: 1 },
    ]);
  });
});
