import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { Suggestion } from '../../../shared/model/suggestion';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { expectRefused, label, seedProject } from '../annotation-store/fixtures';
import { useTempDir } from '../support/temp-dir';
import { goldMentions, proposed, seedProjectWithRegistry } from './seed-project';

const tempDir = useTempDir();

function suggestionAt(store: ProjectStore, articleId: number, quote: string, occurrence = 1): Suggestion {
  const found = store.suggestions.forArticle(articleId).filter((suggestion) => suggestion.quote.exact === quote);
  const suggestion = found[occurrence - 1];
  if (suggestion === undefined) throw new Error(`no suggestion “${quote}” #${occurrence}`);
  return suggestion;
}

function changeSets(store: ProjectStore): ChangeSet[] {
  const seen: ChangeSet[] = [];
  store.onChanged((changes) => seen.push(changes));
  return seen;
}

describe('suggestions for an article', () => {
  it('proposes every registered mention in the seed article, inflected forms and aliases included', () => {
    const { store, articleId, entityIds } = seedProjectWithRegistry(tempDir());
    const gold = goldMentions(entityIds);
    const got = proposed(store, articleId);
    // In text order against the hand-made list: 33 of 33 found (recall 1), nothing else (precision 1).
    expect(got).toEqual(gold);
    expect(got).toContain(`Schoigus→${String(entityIds.get(2))}`);
    expect(got).toContain(`Präsident Xi→${String(entityIds.get(1))}`);
    expect(store.suggestions.forArticle(articleId).filter((s) => s.form === 'inflected').length).toBeGreaterThan(0);
  });

  it('never proposes what an annotation with the same label already covers', () => {
    const { store, articleId, entityIds } = seedProjectWithRegistry(tempDir());
    const peking = suggestionAt(store, articleId, 'Peking');
    store.createAnnotation({
      articleId,
      labelId: peking.labelId,
      fragments: [{ start: peking.start, end: peking.end }],
    });
    const gold = goldMentions(entityIds);
    const got = proposed(store, articleId);
    expect(got).toHaveLength(gold.length - 1);
    expect(store.suggestions.forArticle(articleId).some((s) => s.start === peking.start)).toBe(false);
  });
});

describe('accepting suggestions', () => {
  it('annotates and links them as one undoable step, never twice, and remembers who proposed them', () => {
    const { store, path, articleId, entityIds } = seedProjectWithRegistry(tempDir());
    const changes = changeSets(store);
    const schoigus = store.suggestions.forArticle(articleId).filter((s) => s.quote.exact.startsWith('Schoigu'));
    const created = store.suggestions.accept(schoigus.map((suggestion) => ({ suggestion })));
    expect(created.map((a) => [a.quote.exact, a.entityId])).toEqual(
      schoigus.map((s) => [s.quote.exact, entityIds.get(2)]),
    );
    expect(store.historyState().undo).toBe(`Accept ${schoigus.length} suggestions`);
    expect(changes.at(-1)?.annotations?.upserted).toHaveLength(schoigus.length);
    expect(proposed(store, articleId).some((p) => p.startsWith('Schoigu'))).toBe(false);
    // Accepting the same again (a second click, a stale list) adds nothing.
    expect(store.suggestions.accept(schoigus.map((suggestion) => ({ suggestion })))).toEqual([]);
    expect(store.listAnnotations(articleId)).toHaveLength(schoigus.length);

    store.undo();
    expect(store.listAnnotations(articleId)).toEqual([]);
    expect(proposed(store, articleId)).toEqual(goldMentions(entityIds));
    store.redo();
    expect(store.listAnnotations(articleId).map((a) => a.quote.exact)).toEqual(schoigus.map((s) => s.quote.exact));
    expect(acceptanceOrigins(path)).toEqual(schoigus.map(() => 'registry'));
  });

  it('creates a proposed new entity once, or reuses one of that type and name', () => {
    const { store, path, articleId, text } = seedProject(tempDir());
    const place = label(store, 'entity', 'Location').id;
    const proposal = (start: number): Suggestion => ({
      articleId,
      start,
      end: start + 'Peking'.length,
      labelId: place,
      quote: { exact: 'Peking', prefix: '', suffix: '' },
      matched: 'Peking',
      entity: { kind: 'new', draft: { typeLabelId: place, name: 'Peking', aliases: [], externalIds: [] } },
      origin: { kind: 'gazetteer', gazetteerId: 7 },
      form: 'exact',
    });
    const first = text.indexOf('Peking');
    const second = text.indexOf('Peking', first + 1);
    const created = store.suggestions.accept([{ suggestion: proposal(first) }, { suggestion: proposal(second) }]);
    const pekings = store.listEntities().filter((entity) => entity.name === 'Peking');
    expect(pekings).toHaveLength(1);
    expect(created.map((a) => a.entityId)).toEqual([pekings[0]?.id, pekings[0]?.id]);
    expect(acceptanceOrigins(path)).toEqual(['gazetteer:7', 'gazetteer:7']);
    const third = text.indexOf('Peking', second + 1);
    store.suggestions.accept([{ suggestion: proposal(third) }]);
    expect(store.listEntities().filter((entity) => entity.name === 'Peking')).toHaveLength(1);
    // Undoing the first accept takes the entity it made with it.
    store.undo();
    store.undo();
    expect(store.listEntities()).toEqual([]);
  });

  it('refuses a suggestion whose text has changed since, changing nothing', () => {
    const { store, articleId } = seedProjectWithRegistry(tempDir());
    const peking = suggestionAt(store, articleId, 'Peking');
    const stale = { ...peking, start: peking.start + 1, end: peking.end + 1 };
    expectRefused(
      () => store.suggestions.accept([{ suggestion: peking }, { suggestion: stale }]),
      'invalid-argument',
      /has changed since; ask for suggestions again\. Nothing was changed\./,
    );
    expect(store.listAnnotations(articleId)).toEqual([]);
  });
});

describe('rejecting suggestions', () => {
  it('are not proposed again until unrejected or their text changes, each step undoable', () => {
    const { store, articleId, entityIds } = seedProjectWithRegistry(tempDir());
    const changes = changeSets(store);
    const gold = goldMentions(entityIds);
    const peking = suggestionAt(store, articleId, 'Peking');
    expect(store.suggestions.reject([peking, peking])).toBe(1);
    expect(proposed(store, articleId)).toHaveLength(gold.length - 1);
    const [rejection] = store.suggestions.rejections();
    expect(rejection).toMatchObject({ articleId, articleTitle: 'Xi trifft Schoigu', start: peking.start });
    expect(changes.at(-1)?.suggestionRejections?.upserted).toEqual([rejection]);
    expect(store.historyState().undo).toBe('Reject suggestion “Peking”');

    store.undo();
    expect(proposed(store, articleId)).toEqual(gold);
    expect(changes.at(-1)?.suggestionRejections?.deleted).toEqual([rejection?.id]);
    store.redo();
    expect(proposed(store, articleId)).toHaveLength(gold.length - 1);

    expect(store.suggestions.unreject([rejection?.id ?? 0])).toBe(1);
    expect(proposed(store, articleId)).toEqual(gold);
    expect(store.suggestions.rejections()).toEqual([]);
    store.undo();
    expect(proposed(store, articleId)).toHaveLength(gold.length - 1);

    // "PEKING" at the rejected place is another text: the rejection no longer holds.
    const upper = store.getArticle(articleId).text;
    const changed = `${upper.slice(0, peking.start)}PEKING${upper.slice(peking.end)}`;
    store.editArticleText({
      id: articleId,
      changes: [{ from: peking.start, to: peking.end, insertedText: 'PEKING' }],
      blocks: plainTextBlocks(changed),
    });
    expect(store.suggestions.forArticle(articleId).map((s) => s.quote.exact)).toContain('PEKING');
  });

  it('survive closing and reopening the project', () => {
    const { store, path, articleId } = seedProjectWithRegistry(tempDir());
    store.suggestions.reject([suggestionAt(store, articleId, 'TASS')]);
    const before = store.suggestions.rejections();
    store.close();
    const reopened = ProjectStore.open(path);
    expect(reopened.suggestions.rejections()).toEqual(before);
    expect(reopened.suggestions.forArticle(articleId).filter((s) => s.quote.exact === 'TASS')).toHaveLength(1);
    reopened.close();
  });
});

describe('matching options', () => {
  it('default to ignoring case and diacritics, are kept in the project and go out as a change', () => {
    const { store, path, articleId, entityIds } = seedProjectWithRegistry(tempDir());
    expect(store.suggestions.options()).toEqual({ ignoreCase: true, ignoreDiacritics: true });
    store.createEntity({ typeLabelId: label(store, 'entity', 'Person').id, name: 'SCHOIGU' });
    const changes = changeSets(store);
    const strict = { ignoreCase: false, ignoreDiacritics: false };
    expect(store.suggestions.setOptions(strict)).toEqual(strict);
    expect(changes.at(-1)?.suggestionOptions).toEqual(strict);
    // Case-sensitive now, the upper-case name no longer proposes the text's "Schoigu".
    expect(store.suggestions.forArticle(articleId).every((s) => s.entity?.kind === 'existing')).toBe(true);
    const schoigu = store.suggestions.forArticle(articleId).find((s) => s.quote.exact === 'Schoigu');
    expect(schoigu?.entity).toEqual({ kind: 'existing', entityIds: [entityIds.get(2)] });
    store.close();
    const reopened = ProjectStore.open(path);
    expect(reopened.suggestions.options()).toEqual(strict);
    reopened.close();
  });
});

/** What proposed each accepted annotation, read from the file as the gazetteer view would. */
function acceptanceOrigins(path: string): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const rows = db
      .prepare('SELECT origin_kind, origin_id FROM suggestion_acceptance ORDER BY annotation_id')
      .all() as { origin_kind: string; origin_id: number | null }[];
    return rows.map((row) => (row.origin_id === null ? row.origin_kind : `${row.origin_kind}:${row.origin_id}`));
  } finally {
    db.close();
  }
}
