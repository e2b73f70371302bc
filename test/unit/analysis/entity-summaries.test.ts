import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_ANALYSIS_FILTER } from '../../../shared/model/analysis-filter';
import { summaryDrift } from '../support/analysis-summaries';
import { useTempDir } from '../support/temp-dir';
import { analysisFixture } from './analysis-fixture';

const tempDir = useTempDir();

/**
 * The entity index reads summaries that triggers keep (migrations.ts). After every kind of write
 * that moves a count — deleting a claim with its annotation, re-dating, trashing, restoring,
 * merging, emptying the trash, undo and redo — they must equal counting the annotations again.
 */
describe('the entity index summaries', () => {
  it('equal a recount after every write that moves a count, undo and redo included', () => {
    const dir = tempDir();
    const f = analysisFixture(dir);
    const { store } = f;
    const check = new DatabaseSync(join(dir, 'Analysis.awb'), { readOnly: true });
    const drift = (after: string) => expect(summaryDrift(check), after).toEqual([]);
    const xiRow = () =>
      store
        .analysisEntities({
          filter: NO_ANALYSIS_FILTER,
          columnFilters: [],
          sort: { column: 'name', descending: false },
        })
        .find((row) => row.entityId === f.entities.xi);
    try {
      drift('the fixture');
      const before = xiRow();
      store.deleteAnnotations([f.claims.xiFriends]);
      drift('deleting a claim with its annotation');
      expect(xiRow()?.claimsMade).toBe((before?.claimsMade ?? 0) - 1);
      store.undo();
      drift('undoing the delete');
      expect(xiRow()).toEqual(before);
      store.redo();
      drift('redoing it');
      store.undo();
      store.updateArticle(f.articles.seed, { publishedAt: '2024-12-31' });
      drift('re-dating an article');
      expect(xiRow()?.firstSeen).toBe('2024-12-31');
      store.trashArticles([f.articles.seed]);
      drift('trashing it');
      expect(xiRow()?.firstSeen).toBe('2025-03-10');
      store.restoreArticles([f.articles.seed]);
      drift('restoring it');
      store.mergeEntities(f.entities.xi, f.entities.putin);
      drift('merging two entities');
      store.undo();
      drift('undoing the merge');
      store.trashArticles([f.articles.kremlin]);
      store.emptyTrash();
      drift('emptying the trash');
    } finally {
      check.close();
    }
  });
});
