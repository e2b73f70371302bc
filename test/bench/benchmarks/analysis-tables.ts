import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../../main/store/project-store';
import type { ClaimsPageQuery, EntityIndexQuery } from '../../../shared/model/analysis';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject } from '../corpus-workload';
import { percentile } from '../statistics';

const FIRST_PAGE_ROWS = 200;
const REPEATS = 5;

/** Wall time and this process's CPU time (the worker's share on a busy machine). */
function timed<T>(action: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = action();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
}

function claimsQuery(filter: Partial<AnalysisFilter> = {}, change: Partial<ClaimsPageQuery> = {}): ClaimsPageQuery {
  return {
    filter: { ...NO_ANALYSIS_FILTER, ...filter },
    columnFilters: [],
    search: '',
    sort: { column: 'date', descending: true },
    groupBy: null,
    offset: 0,
    limit: FIRST_PAGE_ROWS,
    ...change,
  };
}

/** A filter the bench changes to, with the kind its time is reported under. */
type KindedFilter = readonly [kind: string, filter: Partial<AnalysisFilter>];

function entityQuery(filter: Partial<AnalysisFilter> = {}): EntityIndexQuery {
  return {
    filter: { ...NO_ANALYSIS_FILTER, ...filter },
    columnFilters: [],
    sort: { column: 'mentions', descending: true },
  };
}

/**
 * The Analysis area on the corpus-scale project (issue 11): the claims table's first screen, a
 * filter change, a page deep in the table, grouping, the entity index and the CSV of every claim,
 * each as the worker serves it on the reader's connection (JSON encoding included, as it is posted).
 */
export function analysisTables(scale: number): Benchmark {
  return {
    name: 'analysis-tables',
    description: 'Claims table and entity index over the corpus-scale project (worker call, JSON included)',
    run(workDir) {
      const path = join(workDir, 'corpus.awb');
      copyFileSync(corpusProject(scale).path, path);
      // Opening migrates the copy (the analysis indexes), as the app does once per project.
      const migration = timed(() => ProjectStore.open(path));
      migration.value.close();
      const reader = ProjectStore.openForReading(path);
      const call = (action: () => unknown) => timed(() => JSON.stringify(action()));
      const measurements: Measurement[] = [];
      const samples = (action: (run: number) => unknown) =>
        Array.from({ length: REPEATS }, (_, run) => call(() => action(run)).ms);
      // The worker keeps the last query's order; alternating the direction makes every sample work it out anew.
      const sortBy = (column: ClaimsPageQuery['sort']['column'], run: number) => ({
        sort: { column, descending: run % 2 === 0 },
      });
      try {
        const firstScreen = call(() => reader.analysisClaims(claimsQuery()));
        const claims = (JSON.parse(firstScreen.value) as { total: number }).total;
        const warmFirst = samples((run) => reader.analysisClaims(claimsQuery({}, sortBy('date', run))));
        const entities = reader.analysisEntities(entityQuery());
        const top = entities.slice(0, 10).map((row) => row.entityId);
        const stance = reader
          .listLabels()
          .filter((label) => label.kind === 'claim-attribute' && label.parentId !== null)
          .map((label) => label.id);
        const filters: KindedFilter[] = [
          ...top.map((id): KindedFilter => ['an entity', { entityIds: [id] }]),
          ...Array.from({ length: 10 }, (_, i): KindedFilter => ['a source', { sources: [`Source ${i * 3}`] }]),
          ...stance.slice(0, 5).map((id): KindedFilter => ['a label', { labelIds: [id] }]),
          ['a date range', { publishedFrom: '2025-02-10', publishedTo: '2025-02-12' }],
          ['a date range', { publishedFrom: '2025-02-20' }],
          ['an entity in a source', { entityIds: [top[0] ?? 1], sources: ['Source 7'] }],
          ['full text', { text: 'Sicherheit' }],
        ];
        const filterChanges = filters.map(([kind, filter]) => {
          const { ms, cpuMs } = call(() => reader.analysisClaims(claimsQuery(filter)));
          return [kind, ms, cpuMs] as const;
        });
        const changeTimes = filterChanges.map(([, ms]) => ms);
        const changeCpu = filterChanges.map(([, , cpuMs]) => cpuMs);
        // Which kind of filter sets the p95 is what a speed change has to know.
        const byKind = [...new Set(filterChanges.map(([kind]) => kind))].map((kind) => ({
          metric: `filter change, ${kind}, p95`,
          value: percentile(
            filterChanges.filter(([other]) => other === kind).map(([, ms]) => ms),
            95,
          ),
          unit: 'ms',
        }));
        const sorted = samples((run) => reader.analysisClaims(claimsQuery({}, sortBy('claimant', run))));
        reader.analysisClaims(claimsQuery());
        const deep = samples(() => reader.analysisClaims(claimsQuery({}, { offset: Math.floor(claims / 2) })));
        const grouped = samples((run) =>
          reader.analysisClaims(claimsQuery({}, { ...sortBy('date', run), groupBy: 'claimant' })),
        );
        const entityIndex = samples(() => reader.analysisEntities(entityQuery()));
        const entityFiltered = samples(() => reader.analysisEntities(entityQuery({ sources: ['Source 3'] })));
        const csv = call(() =>
          reader.analysisClaimsCsv({
            ...claimsQuery(),
            columns: ['text', 'claimant', 'about', 'date', 'article', 'source'],
          }),
        );
        measurements.push(
          { metric: 'claims in the corpus', value: claims, unit: 'claims' },
          { metric: 'migration (analysis indexes), once', value: migration.ms, unit: 'ms' },
          { metric: 'claims first screen, cold', value: firstScreen.ms, unit: 'ms' },
          { metric: 'claims first screen, p50', value: percentile(warmFirst, 50), unit: 'ms' },
          { metric: 'filter change, p50', value: percentile(changeTimes, 50), unit: 'ms' },
          { metric: 'filter change, p95', value: percentile(changeTimes, 95), unit: 'ms' },
          { metric: 'filter change, CPU p50', value: percentile(changeCpu, 50), unit: 'ms' },
          { metric: 'filter change, CPU p95', value: percentile(changeCpu, 95), unit: 'ms' },
          ...byKind,
          { metric: 'sort by claimant, p50', value: percentile(sorted, 50), unit: 'ms' },
          { metric: 'page in the middle (scrolling), p50', value: percentile(deep, 50), unit: 'ms' },
          { metric: 'grouped by claimant, p50', value: percentile(grouped, 50), unit: 'ms' },
          { metric: 'entity index, p50', value: percentile(entityIndex, 50), unit: 'ms' },
          { metric: 'entity index, one source, p50', value: percentile(entityFiltered, 50), unit: 'ms' },
          { metric: 'CSV of every claim', value: csv.ms, unit: 'ms' },
        );
      } finally {
        reader.close();
      }
      return Promise.resolve(measurements);
    },
  };
}
