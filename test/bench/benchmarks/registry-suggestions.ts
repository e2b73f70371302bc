import { RegistryMatcher, oneLanguage, type RegistryEntry } from '../../../shared/suggestions/registry-matcher';
import { articleWorkload } from '../article-workload';
import type { Benchmark } from '../benchmark';
import { plainArticle } from '../generated-text';
import { seededRandom } from '../seeded-random';
import { percentile } from '../statistics';

const ENTITIES = 20_000;
const ARTICLES = 50;

/** Names that look like the registry of a real project: one to three words, many sharing a first word. */
function registry(random: () => number): RegistryEntry[] {
  const first = ['Sergei', 'Wladimir', 'Xi', 'Donald', 'Lin', 'Maria', 'Peking', 'Russische', 'Global', 'Präsident'];
  return Array.from({ length: ENTITIES }, (_, i) => {
    const base = `${first[i % first.length] ?? ''} Name${i}`;
    const words = 1 + Math.floor(random() * 3);
    const names = [words === 1 ? `Name${i}` : base, ...(random() < 0.5 ? [`Alias${i}`] : [])];
    return { entityId: i + 1, labelId: 1 + (i % 5), names };
  });
}

export const registrySuggestions: Benchmark = {
  name: 'registry-suggestions',
  description: `Registry recommender: ${ENTITIES.toLocaleString('en')} entities, building the index and proposing in articles`,
  run() {
    const random = seededRandom(12);
    const entries = registry(random);
    const built = performance.now();
    const matcher = new RegistryMatcher(entries, { ignoreCase: true, ignoreDiacritics: true });
    const buildMs = performance.now() - built;
    const times: number[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      // A typical news article (~5 KB) with some registered names in it.
      const text = `${plainArticle(random, 8)} Name${i * 37} traf Alias${i * 11}s und Xi Name${i}.`;
      const started = performance.now();
      matcher.find(text, oneLanguage(text, 'de'));
      times.push(performance.now() - started);
    }
    const { text: longText } = articleWorkload();
    const long = performance.now();
    matcher.find(longText, oneLanguage(longText, 'de'));
    const longMs = performance.now() - long;
    return Promise.resolve([
      { metric: 'build the index', value: buildMs, unit: 'ms' },
      { metric: 'article of ~5 KB, p50', value: percentile(times, 50), unit: 'ms' },
      { metric: 'article of ~5 KB, p95', value: percentile(times, 95), unit: 'ms' },
      { metric: `article of ${(longText.length / 1e6).toFixed(1)} M characters`, value: longMs, unit: 'ms' },
    ]);
  },
};
