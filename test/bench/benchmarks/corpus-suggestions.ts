import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from '../../../main/store/project-store';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject, corpusSize } from '../corpus-workload';
import { pick, seededRandom } from '../seeded-random';
import { percentile } from '../statistics';

const OPENED_ARTICLES = 50;

/** The entity with the most mentions, and the article ids, read before the store opens the copy. */
function corpusFacts(path: string): { topEntityId: number; articleIds: number[] } {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const top = db
      .prepare(
        `SELECT entity_id AS id FROM annotation WHERE entity_id IS NOT NULL
         GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { id: number };
    const articles = db.prepare('SELECT id FROM article WHERE deleted_at IS NULL ORDER BY id').all() as {
      id: number;
    }[];
    return { topEntityId: top.id, articleIds: articles.map((row) => row.id) };
  } finally {
    db.close();
  }
}

/**
 * Wall time, and the CPU time of this process: on a machine shared with other work the wall time
 * includes waiting for a core, the CPU time does not.
 */
function timed<T>(action: () => T): { value: T; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = action();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Suggestions on the corpus-scale project (20,000 entities at scale 1): what an opened article is
 * offered, and corpus-wide annotate-all for the most mentioned entity and, harder, for the first
 * word of its name (a word of the generated prose, so in most articles). Measured on a copy, so
 * the cached corpus keeps the schema other branches expect.
 */
export function corpusSuggestions(scale: number): Benchmark {
  const size = corpusSize(scale);
  return {
    name: 'corpus-suggestions',
    description: `Suggestions on the corpus of ${size.articles.toLocaleString('en')} articles and ${size.entities.toLocaleString('en')} entities: opened article, annotate-all`,
    run(workDir) {
      const corpus = corpusProject(scale);
      const path = join(workDir, 'Corpus suggestions.awb');
      copyFileSync(corpus.path, path);
      const { topEntityId, articleIds } = corpusFacts(path);
      const store = ProjectStore.open(path, undefined, 'none');
      try {
        const random = seededRandom(21);
        const first = timed(() => store.suggestions.forArticle(pick(random, articleIds)));
        const times: number[] = [];
        const cpuTimes: number[] = [];
        let suggestions = 0;
        for (let i = 0; i < OPENED_ARTICLES; i++) {
          const { value, ms, cpuMs } = timed(() => store.suggestions.forArticle(pick(random, articleIds)));
          times.push(ms);
          cpuTimes.push(cpuMs);
          suggestions += value.length;
        }
        const top = store.getEntity(topEntityId);
        const byEntity = timed(() => store.suggestions.occurrences({ entityId: topEntityId }));
        const word = top.name.split(' ')[0] ?? top.name;
        const byWord = timed(() => store.suggestions.occurrences({ text: word, labelId: top.typeLabelId }));
        const count = (groups: { suggestions: unknown[] }[]) => groups.reduce((n, g) => n + g.suggestions.length, 0);
        console.log(
          `    top entity “${top.name}”: ${count(byEntity.value)} occurrences; “${word}”: ${count(byWord.value)} in ${byWord.value.length} articles`,
        );
        const measurements: Measurement[] = [
          { metric: 'first article (builds the matcher)', value: first.ms, unit: 'ms' },
          { metric: 'opened article, p50', value: percentile(times, 50), unit: 'ms' },
          { metric: 'opened article, p95', value: percentile(times, 95), unit: 'ms' },
          { metric: 'opened article, p50 CPU time', value: percentile(cpuTimes, 50), unit: 'ms' },
          { metric: 'opened article, p95 CPU time', value: percentile(cpuTimes, 95), unit: 'ms' },
          { metric: 'suggestions per article', value: suggestions / OPENED_ARTICLES, unit: '' },
          { metric: 'annotate-all, top entity', value: byEntity.ms, unit: 'ms' },
          { metric: `annotate-all, the word “${word}”`, value: byWord.ms, unit: 'ms' },
          { metric: `annotate-all, the word “${word}”, CPU time`, value: byWord.cpuMs, unit: 'ms' },
          { metric: `occurrences of “${word}”`, value: count(byWord.value), unit: '' },
        ];
        return Promise.resolve(measurements);
      } finally {
        store.close();
      }
    },
  };
}
