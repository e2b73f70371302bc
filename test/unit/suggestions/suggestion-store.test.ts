import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { goldMentions, proposed, seedProjectWithRegistry } from './seed-project';

const tempDir = useTempDir();

describe('suggestions for an article', () => {
  it('proposes every registered mention in the seed article (recall and precision 1)', () => {
    const { store, articleId, entityIds } = seedProjectWithRegistry(tempDir());
    const got = proposed(store, articleId);
    const gold = goldMentions(entityIds);
    console.log(
      got.filter((g) => !gold.includes(g)),
      gold.filter((g) => !got.includes(g)),
    );
    expect(got).toEqual(gold);
  });
});
