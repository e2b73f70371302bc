import { describe, expect, it } from 'vitest';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../../shared/model/analysis-filter';
import type { ClaimsPageQuery } from '../../../../shared/model/analysis';
import { useTempDir } from '../../support/temp-dir';
import { analysisFixture } from './analysis-fixture';

const tempDir = useTempDir();

type Fixture = ReturnType<typeof analysisFixture>;
type ArticleName = keyof Fixture['articles'];

const claimsQuery = (filter: AnalysisFilter): ClaimsPageQuery => ({
  filter,
  columnFilters: [],
  search: '',
  sort: { column: 'date', descending: false },
  groupBy: null,
  offset: 0,
  limit: 1000,
});

/**
 * One table of filters, each with the articles it keeps, counted by hand from the fixture's
 * table. Every view must read a filter alike: the claims table, the code matrix, the timeline,
 * the claim charts, the claim network and the article list all come out with these articles.
 */
const FILTERS: readonly {
  readonly name: string;
  readonly filter: (f: Fixture) => Partial<AnalysisFilter>;
  readonly articles: readonly ArticleName[];
}[] = [
  { name: 'no filter', filter: () => ({}), articles: ['seed', 'talks', 'growth'] },
  { name: 'a source', filter: () => ({ sources: ['Reuters'] }), articles: ['talks', 'growth'] },
  { name: 'a tag', filter: () => ({ tags: ['china'] }), articles: ['seed', 'growth'] },
  {
    name: 'a month, its end taken in whole',
    filter: () => ({ publishedFrom: '2025-03', publishedTo: '2025-03' }),
    articles: ['talks', 'growth'],
  },
  { name: 'an end day, inclusive', filter: () => ({ publishedTo: '2025-03-02' }), articles: ['seed', 'talks'] },
  { name: 'a start day', filter: () => ({ publishedFrom: '2025-02-15' }), articles: ['talks', 'growth'] },
  { name: 'full text', filter: () => ({ text: 'Schoigu' }), articles: ['seed'] },
  {
    name: 'an entity, as claimant by name or by mention',
    filter: (f) => ({ entityIds: [f.entities.putin.id] }),
    articles: ['seed', 'talks'],
  },
  { name: 'another entity', filter: (f) => ({ entityIds: [f.entities.lin.id] }), articles: ['seed'] },
  { name: 'a stance', filter: (f) => ({ labelIds: [f.labels.refutes] }), articles: ['talks'] },
  { name: 'a verdict', filter: (f) => ({ labelIds: [f.labels.verdicts['true'] as number] }), articles: ['seed'] },
  {
    name: 'an entity in a source',
    filter: (f) => ({ entityIds: [f.entities.xi.id], sources: ['Reuters'] }),
    articles: ['talks', 'growth'],
  },
];

describe('every view reads the analysis filter alike', () => {
  it.each(FILTERS)('$name', ({ filter: change, articles: expected }) => {
    const f = analysisFixture(tempDir());
    const { store } = f;
    const filter = { ...NO_ANALYSIS_FILTER, ...change(f) };
    const idOf = (name: ArticleName) => f.articles[name].id;
    const wanted = expected.map(idOf).sort((x, y) => x - y);
    const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((x, y) => x - y);

    const claims = store.analysisClaims(claimsQuery(filter)).rows;
    const articleOfClaim = new Map(
      store.analysisClaims(claimsQuery(NO_ANALYSIS_FILTER)).rows.map((row) => [row.annotationId, row.articleId]),
    );
    expect(sorted(claims.map((row) => row.articleId)), 'claims table').toEqual(wanted);
    expect(sorted(store.analysisArticleIds(filter)), 'article list').toEqual(wanted);

    const matrix = store.codeMatrix(filter, 'article');
    expect(sorted(matrix.rows.map((row) => ('articleId' in row.key ? row.key.articleId : 0))), 'code matrix').toEqual(
      wanted,
    );
    const claimLabel = f.labels.claim.id;
    const matrixClaims = matrix.rows.flatMap((row) => row.cells.filter((cell) => cell.labelId === claimLabel));
    expect(
      matrixClaims.reduce((sum, cell) => sum + cell.count, 0),
      'claims in the code matrix',
    ).toBe(claims.length);

    const network = store.network({ kind: 'claims', filter, limit: 1000 });
    const networkClaims = network.nodes.flatMap((node) => node.annotationId ?? []);
    expect(sorted(networkClaims), 'claim network').toEqual(sorted(claims.map((row) => row.annotationId)));
    expect(sorted(networkClaims.map((id) => articleOfClaim.get(id) as number)), 'claim network articles').toEqual(
      wanted,
    );

    const total = (chart: { bars: readonly { total: number }[] }) =>
      chart.bars.reduce((sum, bar) => sum + bar.total, 0);
    expect(total(store.verdictsPerSource(filter)), 'verdicts per source').toBe(claims.length);

    if (filter.publishedFrom === null && filter.publishedTo === null) {
      const published = new Map(
        (['seed', 'talks', 'growth'] as const).map((name) => [
          store.getArticle(idOf(name)).metadata.publishedAt,
          idOf(name),
        ]),
      );
      const periods = store.timeline(filter).periods.filter((period) => period.claims > 0);
      expect(sorted(periods.map((period) => published.get(period.period) as number)), 'timeline').toEqual(wanted);
      expect(
        periods.reduce((sum, period) => sum + period.claims, 0),
        'claims in the timeline',
      ).toBe(claims.length);
    }
  });
});
