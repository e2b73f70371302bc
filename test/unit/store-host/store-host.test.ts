import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { decodeEnvelope } from '../../../main/ipc/encoded-json';
import { StoreClient } from '../../../main/store-host/store-client';
import type { StoreHost, StoreHostEnvironment } from '../../../main/store-host/store-host';
import { useTempDir } from '../support/temp-dir';
import { CRASH_TITLE, holdFile } from './support/store-hooks';
import { openHost, testHostEnvironment } from './support/test-host';

const tempDir = useTempDir();

afterEach(() => {
  vi.restoreAllMocks();
});

/** A new project with one article and one entity, served by a store host. */
async function hostWithEntity(environment: Partial<StoreHostEnvironment> = {}): Promise<{
  host: StoreHost;
  path: string;
  articleId: number;
  entityId: number;
  personLabelId: number;
  harness: Awaited<ReturnType<typeof testHostEnvironment>>;
}> {
  const dir = tempDir();
  const harness = await testHostEnvironment(dir);
  const path = join(dir, 'Bench.awb');
  const host = await openHost(path, true, { ...harness.environment, ...environment });
  const { id: articleId } = await host.call('article.create', {
    title: 'Eins',
    text: 'Xi Jinping traf Schoigu in Peking.',
  });
  const labels = await host.call('schema.labels', undefined);
  const personLabelId = labels.find((label) => label.kind === 'entity')?.id ?? 0;
  const { id: entityId } = await host.call('entity.create', { typeLabelId: personLabelId, name: 'Xi Jinping' });
  return { host, path, articleId, entityId, personLabelId, harness };
}

/** The store workers asked to open the project as `role` so far. */
function opensAs(request: MockInstance<StoreClient['request']>, role: 'reader' | 'writer'): number {
  return request.mock.calls.filter(([kind, arg]) => kind === 'open' && (arg as { role: string }).role === role).length;
}

/** Waits until the reader's connection asked for is open and serving. */
async function readerOpen(request: MockInstance<StoreClient['request']>): Promise<void> {
  await vi.waitFor(() => expect(opensAs(request, 'reader')).toBe(1));
  const opening = request.mock.results.find(
    (_result, index) => (request.mock.calls[index]?.[1] as { role?: string } | undefined)?.role === 'reader',
  );
  await opening?.value;
  await flushMain();
}

/** Lets every queued microtask and one macrotask run, so anything main was going to post has been posted. */
function flushMain(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('store host', () => {
  it('serves data calls from its workers and validates them there, keeping the user-facing codes', async () => {
    const { host, articleId, harness } = await hostWithEntity();
    expect((await host.call('article.list', undefined)).map((article) => article.title)).toEqual(['Eins']);
    expect(await host.call('article.get', { id: articleId })).toMatchObject({
      text: 'Xi Jinping traf Schoigu in Peking.',
    });

    const invalid = decodeEnvelope(await host.dispatch('article.get', { id: -1 }));
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!invalid.ok && invalid.error.message).toMatch(/^Invalid request \(id: /);
    expect(decodeEnvelope(await host.dispatch('entity.mentions', { id: 'eins' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(decodeEnvelope(await host.dispatch('article.get', { id: 4711 }))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // What no host could send (it cannot be cloned into the worker) is refused as invalid, not as a crash.
    expect(decodeEnvelope(await host.dispatch('article.get', { id: () => 1 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    await host.close();
    expect(harness.logged).toEqual([]);
  });

  it('opens its read-only connection only a moment after the project, serving long reads on the writer’s meanwhile', async () => {
    const request = vi.spyOn(StoreClient.prototype, 'request');
    const { host, entityId } = await hostWithEntity({ readerStartDelayMs: 60_000 });
    expect(await host.call('entity.mentions', { id: entityId })).toEqual([]);
    expect(await host.call('article.list', undefined)).toHaveLength(1);
    expect(opensAs(request, 'writer')).toBe(1);
    expect(opensAs(request, 'reader')).toBe(0);
    await host.close();
    expect(opensAs(request, 'reader')).toBe(0);
  });

  it('closes cleanly while its read-only connection is still opening', async () => {
    const request = vi.spyOn(StoreClient.prototype, 'request');
    const { host, path, harness } = await hostWithEntity({ readerStartDelayMs: 0 });
    await vi.waitFor(() => expect(opensAs(request, 'reader')).toBe(1));
    await host.close();
    expect(harness.logged).toEqual([]);
    expect(harness.environment.cleanCloses.isClean(path)).toBe(true);
  });

  it('serves a long read on its own connection once open: writes and short reads go ahead meanwhile', async () => {
    const request = vi.spyOn(StoreClient.prototype, 'request');
    const { host, path, articleId, entityId } = await hostWithEntity({ readerStartDelayMs: 0 });
    await readerOpen(request);
    writeFileSync(holdFile(path), '');
    let mentionsServed = false;
    const mentions = host.call('entity.mentions', { id: entityId }).then((found) => {
      mentionsServed = true;
      return found;
    });
    const renamed = await host.call('article.update', { id: articleId, edit: { title: 'Zwei' } });
    expect(renamed.title).toBe('Zwei');
    expect((await host.call('article.get', { id: articleId })).title).toBe('Zwei');
    expect(mentionsServed).toBe(false);
    rmSync(holdFile(path));
    expect(await mentions).toEqual([]);
    await host.close();
  });

  it('sends a read only after the writes sent before it, so it sees them', async () => {
    const { host, path, articleId, entityId, personLabelId } = await hostWithEntity();
    const request = vi.spyOn(StoreClient.prototype, 'request');
    const mentionRequests = () =>
      request.mock.calls.filter(
        ([kind, arg]) => kind === 'call' && (arg as { call: string }).call === 'entity.mentions',
      );
    writeFileSync(holdFile(path), '');
    const annotated = host.call('annotation.create', {
      articleId,
      labelId: personLabelId,
      fragments: [{ start: 0, end: 'Xi Jinping'.length }],
      entityId,
    });
    const mentions = host.call('entity.mentions', { id: entityId });
    await flushMain();
    expect(mentionRequests()).toHaveLength(0);
    rmSync(holdFile(path));
    const annotation = await annotated;
    expect((await mentions).map((mention) => mention.annotationId)).toEqual([annotation.id]);
    expect(mentionRequests()).toHaveLength(1);
    await host.close();
  });

  it('closes only after every write sent before, and refuses calls after that', async () => {
    const dir = tempDir();
    const { environment } = await testHostEnvironment(dir);
    const path = join(dir, 'Closing.awb');
    const host = await openHost(path, true, environment);
    const writes = Array.from({ length: 30 }, (_, i) =>
      host.call('article.create', { title: `Artikel ${i}`, text: `Text Nummer ${i} über Köln.` }),
    );
    const closed = host.close();
    await Promise.all([...writes, closed]);
    expect(decodeEnvelope(await host.dispatch('article.list', undefined))).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The project was closed before this could be done.' },
    });
    const reopened = await openHost(path, false, environment);
    expect(await reopened.call('article.list', undefined)).toHaveLength(30);
    await reopened.close();
  });

  it('relays the change sets the writer reports, and the counts of trash and restore', async () => {
    const { host, articleId, harness } = await hostWithEntity();
    expect(harness.events).toContainEqual({
      event: 'store.changed',
      payload: {
        articles: { upserted: [expect.objectContaining({ id: articleId, title: 'Eins' })], deleted: [] },
        project: expect.objectContaining({ name: 'Bench', articleCount: 1 }),
      },
    });
    await host.call('article.trash', { ids: [articleId] });
    expect(harness.events.at(-1)).toEqual({
      event: 'project.changed',
      payload: expect.objectContaining({ name: 'Bench', articleCount: 0 }),
    });
    await host.close();
  });

  it('fails what a crashed worker owed with a clear error, reopens the project and keeps what was saved', async () => {
    const { host, harness } = await hostWithEntity();
    const crashed = decodeEnvelope(
      await host.dispatch('article.create', { title: CRASH_TITLE, text: 'Wird nicht gespeichert.' }),
    );
    expect(crashed).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'The project stopped unexpectedly, so this may not have been done (details are in the log); everything shown as saved is kept.',
      },
    });
    expect((await host.call('article.list', undefined)).map((article) => article.title)).toEqual(['Eins']);
    await host.call('article.create', { title: 'Danach', text: 'Nach dem Absturz gespeichert.' });
    expect(harness.events).toContainEqual({
      event: 'project.changed',
      payload: expect.objectContaining({ name: 'Bench', articleCount: 1 }),
    });
    expect(harness.logged.map((entry) => entry.message)).toEqual(['A store worker stopped unexpectedly']);
    expect(host.failed).toBe(false);
    await host.close();
  });
});
