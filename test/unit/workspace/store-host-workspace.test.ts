import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEnvelope, decodeJson } from '../../../main/ipc/encoded-json';
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/model/change-set';
import { useTempDir } from '../support/temp-dir';
import { startTestWorkspace } from '../support/test-workspace';
import { CRASH_TITLE, holdFile } from '../store-host/support/store-hooks';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import { buildInstrumentedStoreWorker } from '../store-host/support/test-host';

const tempDir = useTempDir();

async function startInstrumentedWorkspace(dialogs = new ScriptedDialogs({ whenEmpty: 'cancel' })) {
  const dataDir = tempDir();
  const logged: string[] = [];
  const workspace = await startTestWorkspace(dataDir, {
    dialogs,
    storeWorkerFile: await buildInstrumentedStoreWorker(),
    log: (message) => logged.push(message),
  });
  return { workspace, logged, path: join(dataDir, 'projects', 'My Project.awb') };
}

describe('the workspace over its store host', () => {
  it('relays the store’s change sets to every listener as one store.changed event each', async () => {
    const { workspace } = await startInstrumentedWorkspace();
    const changes: ChangeSet[] = [];
    workspace.events.on('store.changed', (change) => changes.push(decodeJson(change) as ChangeSet));
    const created = await workspace.handlers['article.create']({ title: 'Eins', text: 'Grüße aus Köln.' });
    expect(changes).toEqual([
      { articles: { upserted: [created], deleted: [] }, project: expect.objectContaining({ articleCount: 1 }) },
    ]);
    await workspace.close();
  });

  it('does not relay what a write to the project switched away from changed', async () => {
    const dialogs = new ScriptedDialogs({ whenEmpty: 'cancel' });
    const { workspace, path } = await startInstrumentedWorkspace(dialogs);
    const { id: articleId } = await workspace.handlers['article.create']({
      title: 'Eins',
      text: 'Xi Jinping in Peking.',
    });
    const labels = await workspace.handlers['schema.labels'](undefined);
    const labelId = labels.find((label) => label.kind === 'entity')?.id ?? 0;
    const changes: ChangeSet[] = [];
    workspace.events.on('store.changed', (change) => changes.push(decodeJson(change) as ChangeSet));
    writeFileSync(holdFile(path), '');
    const annotated = workspace.handlers['annotation.create']({
      articleId,
      labelId,
      fragments: [{ start: 0, end: 'Xi Jinping'.length }],
    });
    dialogs.queue([join(tempDir(), 'Other')]);
    expect(await workspace.handlers['project.new'](undefined)).toMatchObject({ name: 'Other' });
    rmSync(holdFile(path));
    expect((await annotated).quote.exact).toBe('Xi Jinping');
    expect(changes).toEqual([]);
    await workspace.close();
  });

  it('checks the open project on demand', async () => {
    const { workspace, logged } = await startInstrumentedWorkspace();
    expect(decodeEnvelope(await workspace.dispatch('project.checkIntegrity', undefined))).toEqual({
      ok: true,
      value: { intact: true, problems: [] },
    });
    await workspace.close();
    expect(logged).toEqual([]);
  });

  it('opens a project again after its store stopped and could not reopen it by itself', async () => {
    const { workspace, logged, path } = await startInstrumentedWorkspace();
    await workspace.handlers['article.create']({ title: 'Vorher', text: 'Vor dem Absturz gespeichert.' });
    // Joins the check every open starts in the background, so it is not the one to find the file gone.
    await workspace.handlers['project.checkIntegrity'](undefined);
    const moved = `${path}.moved`;
    renameSync(path, moved);
    const crashed = decodeEnvelope(
      await workspace.dispatch('article.create', { title: CRASH_TITLE, text: 'Geht verloren.' }),
    );
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal', message: /stopped unexpectedly/ } });
    expect(decodeEnvelope(await workspace.dispatch('article.list', undefined))).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: /does not exist/ },
    });
    renameSync(moved, path);
    expect(await workspace.openProjectFile(path)).toMatchObject({ name: 'My Project', articleCount: 1 });
    expect((await workspace.handlers['article.list'](undefined)).map((article) => article.title)).toEqual(['Vorher']);
    await workspace.close();
    expect(logged).toEqual([
      'A store worker stopped unexpectedly',
      expect.stringMatching(/^Could not reopen .*My Project\.awb after it stopped$/),
    ]);
  });
});
