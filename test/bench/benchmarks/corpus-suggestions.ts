import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeBlockLanguages } from '../../../main/store/article-block-languages';
import { ProjectStore } from '../../../main/store/project-store';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject, corpusSize } from '../corpus-workload';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { plainArticle } from '../generated-text';
import { pick, seededRandom } from '../seeded-random';
import { percentile } from '../statistics';

const OPENED_ARTICLES = 50;
const LONG_ARTICLE_PARAGRAPHS = 1_000;
/** A word of the generated Russian prose: in about half the articles, some 20,000 times. */
const FREQUENT_WORD = 'Пекин';

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

function count(groups: readonly { suggestions: readonly unknown[] }[]): number {
  return groups.reduce((n, group) => n + group.suggestions.length, 0);
}

/**
 * The corpus was generated before the store kept each block's language with the text; this stores
 * them as adding those articles would have, so the measurements read what a project now holds.
 */
function storeLanguagesOfEveryArticle(store: ProjectStore): number {
  const db = store['db'];
  const ids = (db.prepare('SELECT id FROM article').all() as { id: number }[]).map((row) => row.id);
  store.atomically('Store block languages', () => {
    for (const id of ids) storeBlockLanguages(db, id);
  });
  return ids.length;
}

/**
 * Suggestions on the corpus-scale project (20,000 entities at scale 1): what an opened article is
 * offered; a long article of 1,000 paragraphs with thousands of suggestions; and corpus-wide
 * annotate-all for a top entity whose name really occurs: the generated registry's names never
 * stand in the generated prose, so the copy gets "Пекин", a word of it, as a registered place.
 * Measured on a copy, so the cached corpus keeps the schema other branches expect.
 */
export function corpusSuggestions(scale: number): Benchmark {
  const size = corpusSize(scale);
  return {
    name: 'corpus-suggestions',
    description: `Suggestions on the corpus of ${size.articles.toLocaleString('en')} articles and ${size.entities.toLocaleString('en')} entities: opened article, long article, annotate-all`,
    run(workDir) {
      const corpus = corpusProject(scale);
      const path = join(workDir, 'Corpus suggestions.awb');
      copyFileSync(corpus.path, path);
      const store = ProjectStore.open(path, undefined, 'none');
      try {
        const languages = timed(() => storeLanguagesOfEveryArticle(store));
        const location = store.listLabels().find((label) => label.kind === 'entity' && label.name === 'Location');
        if (location === undefined) throw new Error('the corpus has no Location label');
        const frequent = store.createEntity({ typeLabelId: location.id, name: FREQUENT_WORD });
        // Its other spellings in the generated prose, so the long article is offered thousands.
        store.createEntity({ typeLabelId: location.id, name: 'Peking', aliases: ['Beijing', '北京', 'پکن'] });
        const random = seededRandom(21);
        const longText = plainArticle(random, LONG_ARTICLE_PARAGRAPHS);
        const long = store.createArticle({
          title: 'Long article',
          text: longText,
          blocks: plainTextBlocks(longText),
          links: [],
          metadata: { source: 'Bench', url: null, author: null, publishedAt: null, language: null },
          original: { bytes: Buffer.from(longText), name: 'long.txt', type: 'text/plain', encoding: 'utf-8' },
        });
        const articleIds = (
          store['db'].prepare('SELECT id FROM article WHERE deleted_at IS NULL ORDER BY id').all() as { id: number }[]
        ).map((row) => row.id);

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
        const longArticle = timed(() => store.suggestions.forArticle(long.id));
        const byEntity = timed(() => store.suggestions.occurrences({ entityId: frequent.id }));
        // Source statistics with the built-in date rule on: the first request counts the corpus,
        // the next only what changed since (here nothing).
        const dateLabel = store.listLabels().find((label) => label.kind === 'entity' && label.name === 'Date/Time');
        store.setBuiltInRule('date', (dateLabel ?? location).id);
        const firstStatistics = timed(() => store.suggestionSourceStatistics());
        const nextStatistics = timed(() => store.suggestionSourceStatistics());
        console.log(
          `    “${FREQUENT_WORD}”: ${count(byEntity.value)} occurrences in ${byEntity.value.length} articles; ` +
            `the long article: ${longArticle.value.length} suggestions`,
        );
        const measurements: Measurement[] = [
          { metric: 'store block languages, per article, CPU', value: languages.cpuMs / languages.value, unit: 'ms' },
          { metric: 'first article (builds the matcher)', value: first.ms, unit: 'ms' },
          { metric: 'opened article, p50', value: percentile(times, 50), unit: 'ms' },
          { metric: 'opened article, p95', value: percentile(times, 95), unit: 'ms' },
          { metric: 'opened article, p50 CPU time', value: percentile(cpuTimes, 50), unit: 'ms' },
          { metric: 'opened article, p95 CPU time', value: percentile(cpuTimes, 95), unit: 'ms' },
          { metric: 'suggestions per article', value: suggestions / OPENED_ARTICLES, unit: '' },
          { metric: `long article (${LONG_ARTICLE_PARAGRAPHS} paragraphs)`, value: longArticle.ms, unit: 'ms' },
          { metric: 'long article, CPU time', value: longArticle.cpuMs, unit: 'ms' },
          { metric: 'long article, suggestions', value: longArticle.value.length, unit: '' },
          { metric: `annotate-all, “${FREQUENT_WORD}”`, value: byEntity.ms, unit: 'ms' },
          { metric: `annotate-all, “${FREQUENT_WORD}”, CPU time`, value: byEntity.cpuMs, unit: 'ms' },
          { metric: `occurrences of “${FREQUENT_WORD}”`, value: count(byEntity.value), unit: '' },
          { metric: `articles with “${FREQUENT_WORD}”`, value: byEntity.value.length, unit: '' },
          { metric: 'source statistics, first request, CPU', value: firstStatistics.cpuMs, unit: 'ms' },
          { metric: 'source statistics, next request, CPU', value: nextStatistics.cpuMs, unit: 'ms' },
        ];
        return Promise.resolve(measurements);
      } finally {
        store.close();
      }
    },
  };
}
