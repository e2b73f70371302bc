import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/model/change-set';
import { NO_ANALYSIS_FILTER } from '../../../shared/model/analysis-filter';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { analysisFixture } from './analysis-fixture';

const tempDir = useTempDir();

describe('saved analysis views', () => {
  it('keeps a named filter in the project, across reopening, and announces it in the change set', () => {
    const f = analysisFixture(tempDir());
    const changes: ChangeSet[] = [];
    f.store.onChanged((change) => changes.push(change));
    const filter = { ...NO_ANALYSIS_FILTER, entityIds: [f.entities.xi], sources: ['TASS'] };
    const saved = f.store.saveView('Xi bei TASS', filter);
    expect(changes.at(-1)?.savedViews).toEqual({ upserted: [saved], deleted: [] });
    expect(changes.at(-1)?.history).toBeUndefined();

    const path = f.store.path;
    f.store.close();
    const reopened = ProjectStore.open(path);
    expect(reopened.listSavedViews()).toEqual([{ id: saved.id, name: 'Xi bei TASS', filter }]);
    reopened.close();
  });

  it('replaces the filter of a view saved again under the same name, in any case', () => {
    const f = analysisFixture(tempDir());
    const first = f.store.saveView('Putin', { ...NO_ANALYSIS_FILTER, entityIds: [f.entities.putin] });
    const again = f.store.saveView('putin', { ...NO_ANALYSIS_FILTER, publishedFrom: '2025-03' });
    expect(again.id).toBe(first.id);
    expect(f.store.listSavedViews()).toHaveLength(1);
    expect(f.store.listSavedViews()[0]?.filter.publishedFrom).toBe('2025-03');
  });

  it('deletes a view and refuses a name without text', () => {
    const f = analysisFixture(tempDir());
    const changes: ChangeSet[] = [];
    f.store.onChanged((change) => changes.push(change));
    const saved = f.store.saveView('Alles', NO_ANALYSIS_FILTER);
    f.store.deleteSavedView(saved.id);
    expect(changes.at(-1)?.savedViews).toEqual({ upserted: [], deleted: [saved.id] });
    expect(f.store.listSavedViews()).toEqual([]);
    expect(() => f.store.saveView('  ', NO_ANALYSIS_FILTER)).toThrow('Name the view.');
  });
});
