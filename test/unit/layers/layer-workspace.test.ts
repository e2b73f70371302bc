import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import { decodeJson } from '../../../main/ipc/encoded-json';
import type { ChangeSet } from '../../../shared/model/change-set';
import { createAnnotatedProject } from '../interchange/support/annotated-fixture';
import { present } from '../support/present';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';
import { startTestWorkspace } from '../support/test-workspace';

describe('layers from the workspace', () => {
  const tempDir = useTempDir();

  it('imports the files picked in the dialog as a layer in the writer, announced, removable and back on undo', async () => {
    const dir = tempDir();
    const { store, path, seedArticleId } = createAnnotatedProject(dir);
    store.close();
    const folder = join(dir, 'Ana');
    mkdirSync(folder);
    writeFileSync(join(folder, 'seed.txt'), readSeedArticle());
    writeFileSync(join(folder, 'seed.ann'), 'T1\tPerson 26 36\tXi Jinping\n');
    const dialogs = new ScriptedDialogs({ whenEmpty: 'cancel' }, path);
    const workspace = await startTestWorkspace(join(dir, 'data'), { dialogs });
    await workspace.handlers['project.open'](undefined);
    const changes: ChangeSet[] = [];
    workspace.events.on('store.changed', (change) => changes.push(decodeJson(change) as ChangeSet));

    dialogs.queue([folder]);
    const report = present(await workspace.handlers['layers.import'](undefined));
    expect(report.problems).toEqual([]);
    const layer = present(report.layer);
    expect(layer).toMatchObject({ name: 'Ana', annotationCount: 1 });
    expect(await workspace.handlers['layers.list'](undefined)).toEqual([layer]);
    expect(changes.some((change) => change.layers?.upserted.some((l) => l.id === layer.id))).toBe(true);
    const annotations = await workspace.handlers['layers.annotations']({
      articleId: seedArticleId,
      layerIds: [layer.id],
    });
    expect(annotations.map((annotation) => annotation.quote)).toEqual(['Xi Jinping']);

    await workspace.handlers['layers.remove']({ id: layer.id });
    expect(await workspace.handlers['layers.list'](undefined)).toEqual([]);
    await workspace.handlers['history.undo'](undefined);
    expect(await workspace.handlers['layers.list'](undefined)).toEqual([layer]);
    expect(await workspace.handlers['layers.import'](undefined)).toBeNull();
    await workspace.close();
  });
});
