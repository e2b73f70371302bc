import { describe, expect, it } from 'vitest';
import { encodeAnnotationColumns } from '../../../shared/annotation-columns/encode-annotation-columns';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { Annotation } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import type { ChangeSet } from '../../../shared/model/change-set';
import { AnnotationSession } from '../../../renderer/src/annotation/annotation-session';

const TEXT = 'Xi 👋 traf Scholz.';

const article = {
  id: 1,
  title: 'A',
  charCount: TEXT.length,
  createdAt: '2026-01-01',
  deletedAt: null,
  metadata: { source: null, url: null, author: null, publishedAt: null, language: null, tags: [] },
  text: TEXT,
  blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }],
  links: [],
  origin: { fileName: null, mediaType: 'text/plain', encoding: null, byteLength: 0, contentHash: 'x' },
} as Article;

function annotation(id: number, start: number, end: number): Annotation {
  return {
    id,
    articleId: 1,
    labelId: 1,
    fragments: [{ start, end }],
    quote: { exact: TEXT.slice(start, end), prefix: '', suffix: '' },
    orphaned: false,
  };
}

/**
 * Main as the session sees it: every call is counted and answered when the test says so, and
 * change sets are heard when the test broadcasts them, apart from the answers, as over the wire.
 */
function fakeMain() {
  const calls: string[] = [];
  const pending = new Map<string, (value: unknown) => void>();
  const listeners = new Set<(changes: ChangeSet) => void>();
  const api = {
    invoke: (call: string, arg?: { within?: unknown }) => {
      // A read of a range is told apart from the read of all, as `annotation.columns within`.
      const key = arg?.within === undefined ? call : `${call} within`;
      calls.push(key);
      return new Promise((resolve) => pending.set(key, resolve));
    },
    on: (_event: string, listener: (changes: ChangeSet) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as WorkbenchApi;
  return {
    api,
    calls,
    answer(call: string, value: unknown) {
      const resolve = pending.get(call);
      if (resolve === undefined) throw new Error(`${call} was not called`);
      pending.delete(call);
      resolve(value);
    },
    broadcast(changes: ChangeSet) {
      for (const listener of listeners) listener(changes);
    },
  };
}

const tracker = { trackWrite: <T>(write: () => Promise<T>) => write(), reportError: () => undefined };

async function sessionShowing(annotations: Annotation[]) {
  const main = fakeMain();
  const session = new AnnotationSession(main.api, tracker);
  const shown = session.showArticle(article);
  main.answer('annotation.columns', encodeAnnotationColumns(article.id, annotations));
  main.answer('relation.list', []);
  await shown;
  main.calls.length = 0;
  return { main, session };
}

/** A session with no article shown yet, and what its model announces, as a list of kinds. */
function sessionHearingChanges() {
  const main = fakeMain();
  const session = new AnnotationSession(main.api, tracker);
  const heard: string[] = [];
  session.model.subscribe((change) =>
    heard.push(change.kind === 'annotations' ? `annotations ${change.touched.length}` : change.kind),
  );
  return { main, session, heard };
}

/** Lets the awaiting session code run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the annotation session writes through main and shows what the change sets say', () => {
  it('selects a created annotation whose change set arrives after the answer', async () => {
    const { main, session } = await sessionShowing([]);
    const creating = session.create({ labelId: 1, fragments: [{ start: 0, end: 2 }] });
    main.answer('annotation.create', annotation(5, 0, 2));
    await creating;
    expect(session.model.annotations).toEqual([]);
    main.broadcast({ annotations: { upserted: [annotation(5, 0, 2)], deleted: [] } });
    expect(session.model.selectedId).toBe(5);
    expect(main.calls).toEqual(['annotation.create']);
  });

  it('selects a created annotation whose change set arrives before the answer', async () => {
    const { main, session } = await sessionShowing([]);
    const creating = session.create({ labelId: 1, fragments: [{ start: 0, end: 2 }] });
    main.broadcast({ annotations: { upserted: [annotation(5, 0, 2)], deleted: [] } });
    expect(session.model.selectedId).toBeNull();
    main.answer('annotation.create', annotation(5, 0, 2));
    await creating;
    expect(session.model.selectedId).toBe(5);
  });

  it('shows an undo from its change set without reading anything again', async () => {
    const { main, session } = await sessionShowing([annotation(5, 0, 2), annotation(6, 11, 17)]);
    main.broadcast({ annotations: { upserted: [], deleted: [5] }, history: { undo: null, redo: null } });
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([6]);
    expect(main.calls).toEqual([]);
  });

  it('announces an opened article once, and its annotations when they arrive', async () => {
    const { main, session, heard } = sessionHearingChanges();
    const shown = session.showArticle(article);
    await settle();
    expect(heard).toEqual(['article', 'annotations 0']);
    main.answer('annotation.columns', encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]));
    main.answer('relation.list', []);
    await shown;
    // Views that read per article (notes, suggestions, layer marks) would read a second time.
    expect(heard).toEqual(['article', 'annotations 0', 'annotations 1']);
    expect(session.model.article?.id).toBe(article.id);
  });

  it('announces an article whose annotations arrived before its text once, with them', async () => {
    const { main, session, heard } = sessionHearingChanges();
    const fetched = session.fetchAnnotations(article.id);
    main.answer('annotation.columns', encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]));
    main.answer('relation.list', []);
    await fetched.all;
    await session.showArticle(article, fetched);
    expect(heard).toEqual(['article', 'annotations 1']);
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([5]);
  });

  it('draws the annotations of the first screens while the rest is on its way, then all', async () => {
    const { main, session, heard } = sessionHearingChanges();
    const ahead = session.readAhead(article.id, { start: 0, end: 3 });
    const shown = session.showArticle(article, session.fetchAnnotations(article.id, ahead));
    expect(main.calls).toEqual(['annotation.columns within', 'annotation.columns', 'relation.list']);
    main.answer('annotation.columns within', encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]));
    await settle();
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([5]);
    main.answer(
      'annotation.columns',
      encodeAnnotationColumns(article.id, [annotation(5, 0, 2), annotation(6, 11, 17)]),
    );
    main.answer('relation.list', []);
    await shown;
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([5, 6]);
    expect(heard).toEqual(['article', 'annotations 0', 'annotations 1', 'annotations 2']);
  });

  it('draws all the annotations at once when they come before those read ahead', async () => {
    const { main, session, heard } = sessionHearingChanges();
    const ahead = session.readAhead(article.id, { start: 0, end: 3 });
    const shown = session.showArticle(article, session.fetchAnnotations(article.id, ahead));
    await settle();
    main.answer(
      'annotation.columns',
      encodeAnnotationColumns(article.id, [annotation(5, 0, 2), annotation(6, 11, 17)]),
    );
    main.answer('relation.list', []);
    await shown;
    main.answer('annotation.columns within', encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]));
    await settle();
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([5, 6]);
    expect(heard).toEqual(['article', 'annotations 0', 'annotations 2']);
  });

  it('shows all the annotations though the read ahead failed', async () => {
    const { main, session } = sessionHearingChanges();
    const ahead = session.readAhead(article.id, { start: 0, end: 3 });
    const shown = session.showArticle(article, session.fetchAnnotations(article.id, ahead));
    main.answer('annotation.columns within', new Uint8Array(3));
    await settle();
    expect(session.model.annotations).toEqual([]);
    main.answer('annotation.columns', encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]));
    main.answer('relation.list', []);
    await shown;
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([5]);
  });

  it('keeps a write heard while the article was loading, though the load answers later', async () => {
    const main = fakeMain();
    const session = new AnnotationSession(main.api, tracker);
    const shown = session.showArticle(article);
    main.broadcast({ annotations: { upserted: [annotation(6, 11, 17)], deleted: [] } });
    main.answer('annotation.columns', encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]));
    main.answer('relation.list', []);
    await shown;
    await settle();
    expect(session.model.annotations.map((shown) => shown.id)).toEqual([5, 6]);
  });

  it('refuses annotations that arrive damaged or belong to another article, saying so', async () => {
    for (const columns of [
      encodeAnnotationColumns(article.id, [annotation(5, 0, 2)]).subarray(0, 40),
      encodeAnnotationColumns(article.id + 1, [annotation(5, 0, 2)]),
    ]) {
      const main = fakeMain();
      const session = new AnnotationSession(main.api, tracker);
      const shown = session.showArticle(article);
      main.answer('annotation.columns', columns);
      main.answer('relation.list', []);
      await expect(shown).rejects.toThrow(/The annotations arrived damaged/);
      expect(session.model.annotations).toEqual([]);
    }
  });
});
