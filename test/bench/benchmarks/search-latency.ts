import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../../main/store/project-store';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import type { Benchmark } from '../benchmark';
import { plainArticle, sentence } from '../generated-text';
import { percentile } from '../statistics';
import { pick, seededRandom } from '../seeded-random';

const ARTICLES = 10_000;
const QUERIES = 300;
const QUERY_WORDS = ['Sicherheit', 'Präsident', 'Föderation', 'security', 'Moscow', 'Пекин', 'همکاری', '北京', 'Grüße'];

export const searchLatency: Benchmark = {
  name: 'search-10k',
  description: `Full-text search over ${ARTICLES.toLocaleString('en')} articles (prefix queries, snippets)`,
  async run(workDir) {
    const path = join(workDir, 'search.awb');
    const store = ProjectStore.create(path);
    const random = seededRandom(2);
    for (let i = 0; i < ARTICLES; i++) {
      const text = plainArticle(random, 3 + Math.floor(random() * 8));
      store.createArticle({
        title: sentence(random).slice(0, 80),
        text,
        blocks: plainTextBlocks(text),
        links: [],
        metadata: { source: `Source ${i % 40}`, url: null, author: null, publishedAt: null, language: null },
        original: { bytes: Buffer.from(`${i}\n${text}`), name: `${i}.txt`, type: 'text/plain', encoding: 'utf-8' },
      });
    }
    const samples: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const query = q % 5 === 0 ? `source:"Source ${q % 40}"` : pick(random, QUERY_WORDS).slice(0, 5 + (q % 4));
      const started = performance.now();
      store.search(query, 50);
      samples.push(performance.now() - started);
    }
    store.close();
    return [
      { metric: 'query p50', value: percentile(samples, 50), unit: 'ms' },
      { metric: 'query p95', value: percentile(samples, 95), unit: 'ms' },
      { metric: 'database size', value: statSync(path).size / 1024 / 1024, unit: 'MiB' },
    ];
  },
};
