import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seed article from the shared corpus: German text, an embedded English tweet, umlauts and dashes. */
export const SEED_ARTICLE_PATH = fileURLToPath(
  new URL('../../../../shared/corpus/000_5d407fa9e5e9a813.txt', import.meta.url),
);

export function readSeedArticle(): string {
  return readFileSync(SEED_ARTICLE_PATH, 'utf8');
}
