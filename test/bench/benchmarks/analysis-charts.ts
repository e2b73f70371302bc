import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../../main/store/project-store';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject, corpusSize } from '../corpus-workload';
import { median } from '../statistics';

const SAMPLES = 5;

/**
 * The analysis charts' aggregations (issue 11) on the corpus-scale project: each chart's counts
 * unfiltered and under a typical filter, the median of a few calls (the reader's connection serves
 * them one at a time). Runs on a copy, since opening migrates the cached project in place.
 */
export function analysisCharts(scale: number): Benchmark {
  const size = corpusSize(scale);
  return {
    name: 'analysis-charts',
    description: `Analysis chart aggregations on ${size.articles.toLocaleString('en')} articles, ~${(size.articles * 100).toLocaleString('en')} annotations`,
    run(workDir) {
      const path = join(workDir, 'corpus.awb');
      copyFileSync(corpusProject(scale).path, path);
      const store = ProjectStore.open(path);
      try {
        const topEntity = store.claimsPerClaimant(NO_ANALYSIS_FILTER).bars[0]?.key;
        const filters: [string, AnalysisFilter][] = [
          ['unfiltered', NO_ANALYSIS_FILTER],
          [
            'one source and a week',
            { ...NO_ANALYSIS_FILTER, sources: ['Source 7'], publishedFrom: '2025-02-03', publishedTo: '2025-02-09' },
          ],
          [
            'one entity',
            {
              ...NO_ANALYSIS_FILTER,
              entityIds: topEntity !== undefined && 'entityId' in topEntity ? [topEntity.entityId] : [],
            },
          ],
        ];
        const charts: [string, (filter: AnalysisFilter) => unknown][] = [
          ['claims per claimant by stance', (filter) => store.claimsPerClaimant(filter)],
          ['verdicts per source', (filter) => store.verdictsPerSource(filter)],
          ['code matrix by source', (filter) => store.codeMatrix(filter, 'source')],
          ['code matrix by article', (filter) => store.codeMatrix(filter, 'article')],
          ['timeline', (filter) => store.timeline(filter)],
        ];
        const results: Measurement[] = [];
        for (const [chart, count] of charts) {
          for (const [filterName, filter] of filters) {
            const samples = Array.from({ length: SAMPLES }, () => {
              const started = performance.now();
              count(filter);
              return performance.now() - started;
            });
            const measurement = { metric: `${chart}, ${filterName}`, value: median(samples), unit: 'ms' };
            console.log(`    ${measurement.metric}: ${measurement.value.toFixed(1)} ms`);
            results.push(measurement);
          }
        }
        return Promise.resolve(results);
      } finally {
        store.close();
      }
    },
  };
}
