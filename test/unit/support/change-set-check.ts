import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { ProjectStore } from '../../../main/store/project-store';
import type { Annotation, EntitySummary, Label, Note, Relation } from '../../../shared/model/annotation';
import type { Article, ArticleSummary } from '../../../shared/model/article';
import { ChangeSet } from '../../../shared/model/change-set';
import type { HistoryState } from '../../../shared/model/history';
import type { ProjectInfo } from '../../../shared/model/project';

/** Everything of a project a view can show, read afresh through the store's read calls. */
export interface StoreState {
  articles: Map<number, ArticleSummary>;
  articleTexts: Map<number, Article>;
  annotations: Map<number, Annotation>;
  relations: Map<number, Relation>;
  notes: Map<number, Note>;
  entities: Map<number, EntitySummary>;
  labels: Map<number, Label>;
  documentLabels: Map<number, number[]>;
  history: HistoryState;
  project: ProjectInfo;
}

function byId<Row extends { id: number }>(rows: readonly Row[]): Map<number, Row> {
  return new Map(rows.map((row) => [row.id, row]));
}

export function readStoreState(store: ProjectStore): StoreState {
  const articles = byId([...store.listArticles(), ...store.listTrash()]);
  const ids = [...articles.keys()];
  const relations = byId(ids.flatMap((id) => store.listRelations(id)));
  return {
    articles,
    articleTexts: new Map(ids.map((id) => [id, store.getArticle(id)])),
    annotations: byId(ids.flatMap((id) => store.listAnnotations(id))),
    relations,
    notes: byId([
      ...ids.flatMap((articleId) => store.listNotes({ kind: 'article', articleId })),
      ...[...relations.keys()].flatMap((relationId) => store.listNotes({ kind: 'relation', relationId })),
    ]),
    entities: byId(store.listEntities()),
    labels: byId(store.listLabels()),
    documentLabels: new Map(ids.map((id) => [id, store.documentLabels(id)])),
    history: store.historyState(),
    project: store.info(),
  };
}

interface PartChange<Value> {
  changed: Map<number, Value>;
  deleted: number[];
}

/** The values of one kind that differ between two states (`same` says which do not), and the ids gone. */
function diff<Value>(
  before: Map<number, Value>,
  after: Map<number, Value>,
  same: (a: Value, b: Value) => boolean = isDeepStrictEqual,
): PartChange<Value> {
  const changed = [...after].filter(([id, value]) => {
    const old = before.get(id);
    return old === undefined || !same(old, value);
  });
  return { changed: new Map(changed), deleted: [...before.keys()].filter((id) => !after.has(id)) };
}

const ascending = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

/**
 * One part of a change set against what changed: every changed value announced as it is now, the
 * ids gone announced deleted, and (unless `resent`) nothing else.
 */
function expectPart<Value>(
  part: string,
  change: PartChange<Value>,
  announced: PartChange<Value>,
  now: Map<number, Value>,
  resent: boolean,
): void {
  for (const [id, value] of announced.changed) expect(value, `${part} ${id} as announced`).toEqual(now.get(id));
  const missed = [...change.changed.keys()].filter((id) => !announced.changed.has(id));
  expect(missed, `${part} changed but not announced`).toEqual([]);
  if (!resent) {
    const unchanged = [...announced.changed.keys()].filter((id) => !change.changed.has(id));
    expect(unchanged, `${part} announced but unchanged`).toEqual([]);
  }
  expect(ascending(announced.deleted), `${part} deleted`).toEqual(ascending(change.deleted));
}

function sameText(a: Article, b: Article): boolean {
  return isDeepStrictEqual([a.text, a.blocks, a.links, a.origin], [b.text, b.blocks, b.links, b.origin]);
}

/** A part of a change set as a PartChange; absent parts announce nothing. */
function announcedRows<Row extends { id: number }>(part: { upserted: Row[]; deleted: number[] } | undefined) {
  if (part !== undefined) expect(part.upserted.length + part.deleted.length, 'an empty part').toBeGreaterThan(0);
  return { changed: byId(part?.upserted ?? []), deleted: part?.deleted ?? [] };
}

/**
 * Checks what one write announced (`emitted`: every change set its listener received) against
 * what re-reading the store shows it changed: exactly one change set when anything changed and
 * none otherwise, with every changed row as it is now, every row gone among the deleted ids, and
 * nothing else. With `resent` it may also carry rows the write rewrote with the values they had
 * (setting the same document labels again), as long as they are as they are now.
 */
export function expectChangeSet(
  before: StoreState,
  after: StoreState,
  emitted: readonly ChangeSet[],
  { resent = false }: { resent?: boolean } = {},
): void {
  const articles = diff(before.articles, after.articles);
  // A new article's text and (no) labels are read when it opens: only existing articles' change.
  const existing = <Value>(change: PartChange<Value>): PartChange<Value> => ({
    changed: new Map([...change.changed].filter(([id]) => before.articles.has(id) && after.articles.has(id))),
    deleted: [],
  });
  const parts = {
    articles,
    articleTexts: existing(diff(before.articleTexts, after.articleTexts, sameText)),
    documentLabels: existing(diff(before.documentLabels, after.documentLabels)),
    annotations: diff(before.annotations, after.annotations),
    relations: diff(before.relations, after.relations),
    notes: diff(before.notes, after.notes),
    entities: diff(before.entities, after.entities),
    labels: diff(before.labels, after.labels),
  };
  const historyChanged = !isDeepStrictEqual(before.history, after.history);
  const projectChanged = !isDeepStrictEqual(before.project, after.project);
  const anythingChanged =
    historyChanged ||
    projectChanged ||
    Object.values(parts).some(({ changed, deleted }) => changed.size > 0 || deleted.length > 0);

  expect(emitted.length, 'change sets announced').toBe(anythingChanged ? 1 : resent ? emitted.length : 0);
  expect(emitted.length, 'change sets announced').toBeLessThanOrEqual(1);
  const [announced] = emitted;
  if (announced === undefined) return;
  const changes = ChangeSet.parse(announced);

  expectPart('articles', parts.articles, announcedRows(changes.articles), after.articles, resent);
  expectPart('annotations', parts.annotations, announcedRows(changes.annotations), after.annotations, resent);
  expectPart('relations', parts.relations, announcedRows(changes.relations), after.relations, resent);
  expectPart('notes', parts.notes, announcedRows(changes.notes), after.notes, resent);
  expectPart('entities', parts.entities, announcedRows(changes.entities), after.entities, resent);
  expectPart('labels', parts.labels, announcedRows(changes.labels), after.labels, resent);
  expectPart(
    'articleTexts',
    parts.articleTexts,
    { changed: byId(changes.articleTexts ?? []), deleted: [] },
    after.articleTexts,
    resent,
  );
  const labelled = (changes.documentLabels ?? []).map(({ articleId, labelIds }) => [articleId, labelIds] as const);
  expectPart(
    'documentLabels',
    parts.documentLabels,
    { changed: new Map(labelled), deleted: [] },
    after.documentLabels,
    resent,
  );
  expect(changes.project, 'project').toEqual(projectChanged ? after.project : undefined);
  // Undo and redo are announced whenever they changed, and along with every undoable write.
  if (historyChanged || changes.history !== undefined) expect(changes.history, 'history').toEqual(after.history);
}

/** Collects what a store announces, so a test can take what one write emitted. */
export function recordChanges(store: ProjectStore): { take(): ChangeSet[] } {
  const emitted: ChangeSet[] = [];
  store.onChanged((changes) => emitted.push(changes));
  return { take: () => emitted.splice(0) };
}

/**
 * Runs one write and checks its change set against re-reading the store (expectChangeSet); returns
 * the write's result (undefined when it was refused), its change set, and the refusal.
 */
export function checkedWrite<T>(
  store: ProjectStore,
  recorder: { take(): ChangeSet[] },
  write: () => T,
  options: { resent?: boolean } = {},
): { result: T | undefined; changes: ChangeSet | undefined; refused: unknown } {
  const before = readStoreState(store);
  recorder.take();
  let result: T | undefined;
  let refused: unknown;
  try {
    result = write();
  } catch (error) {
    refused = error;
  }
  const emitted = recorder.take();
  // A refused write is rolled back whole: nothing of it may be announced, not even rows resent.
  expectChangeSet(before, readStoreState(store), emitted, refused === undefined ? options : {});
  return { result, changes: emitted[0], refused };
}
