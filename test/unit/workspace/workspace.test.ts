import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ProjectInfo } from '../../../shared/model/project';
import type { Workspace } from '../../../main/workspace/workspace';
import type { FileDialogs } from '../../../main/workspace/file-dialogs';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import { startTestWorkspace } from '../support/test-workspace';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Dialog answers in order; running out means the user cancelled. */
function answering(...paths: (string | null)[]): FileDialogs {
  return new ScriptedDialogs({ whenEmpty: 'cancel' }, ...paths);
}

function startWorkspace(dataDir: string, dialogs: FileDialogs = answering()): Promise<Workspace> {
  return startTestWorkspace(dataDir, { dialogs });
}

describe('workspace', () => {
  it('creates a default project on first run and reopens it on the next start', async () => {
    const dataDir = tempDir();
    const first = await startWorkspace(dataDir);
    const info = await first.handlers['project.current'](undefined);
    expect(info).toMatchObject({ name: 'My Project', articleCount: 0 });
    expect(existsSync(join(dataDir, 'projects', 'My Project.awb'))).toBe(true);
    await first.handlers['article.create']({ title: 'Eins', text: 'Hallo Welt' });
    await first.close();

    const second = await startWorkspace(dataDir);
    expect((await second.handlers['article.list'](undefined)).map((a) => a.title)).toEqual(['Eins']);
    await second.close();
  });

  it('reopens the most recent project, not the default one', async () => {
    const dataDir = tempDir();
    const elsewhere = join(tempDir(), 'Fact checks');
    const workspace = await startWorkspace(dataDir, answering(elsewhere));
    const created = await workspace.handlers['project.new'](undefined);
    expect(created?.name).toBe('Fact checks');
    expect(existsSync(`${elsewhere}.awb`)).toBe(true);
    await workspace.close();

    const again = await startWorkspace(dataDir);
    expect((await again.handlers['project.current'](undefined)).name).toBe('Fact checks');
    const recent = await again.handlers['project.recent'](undefined);
    expect(recent.map((r) => r.name)).toEqual(['Fact checks', 'My Project']);
    await again.close();
  });

  it('returns null and keeps the project open when a dialog is cancelled', async () => {
    const workspace = await startWorkspace(tempDir());
    expect(await workspace.handlers['project.new'](undefined)).toBeNull();
    expect(await workspace.handlers['project.open'](undefined)).toBeNull();
    expect(await workspace.handlers['project.saveAs'](undefined)).toBeNull();
    expect((await workspace.handlers['project.current'](undefined)).name).toBe('My Project');
    await workspace.close();
  });

  it('saves as a copy, continues in the copy and tells listeners', async () => {
    const target = join(tempDir(), 'Kopie.awb');
    const workspace = await startWorkspace(tempDir(), answering(target));
    await workspace.handlers['article.create']({ title: '', text: 'Ein Artikel über Peking.' });
    const changes: ProjectInfo[] = [];
    workspace.events.on('project.changed', (info) => changes.push(info));
    const info = await workspace.handlers['project.saveAs'](undefined);
    expect(info).toMatchObject({ name: 'Kopie', articleCount: 1 });
    expect(changes.map((c) => c.name)).toEqual(['Kopie']);
    await workspace.close();
  });

  it('keeps the current project when opening a broken file fails', async () => {
    const broken = join(tempDir(), 'broken.awb');
    writeFileSync(broken, 'not a database');
    const workspace = await startWorkspace(tempDir(), answering(broken));
    await expect(workspace.handlers['project.open'](undefined)).rejects.toMatchObject({ code: 'project-not-ours' });
    expect((await workspace.handlers['project.current'](undefined)).name).toBe('My Project');
    await workspace.close();
  });

  it('falls back to the default project when the last one vanished', async () => {
    const dataDir = tempDir();
    const elsewhereDir = tempDir();
    const workspace = await startWorkspace(dataDir, answering(join(elsewhereDir, 'Gone')));
    await workspace.handlers['project.new'](undefined);
    await workspace.close();
    rmSync(elsewhereDir, { recursive: true, force: true });
    const again = await startWorkspace(dataDir);
    expect((await again.handlers['project.current'](undefined)).name).toBe('My Project');
    await again.close();
  });

  it('opens a recent project by id and refuses unknown ids', async () => {
    const dataDir = tempDir();
    const workspace = await startWorkspace(dataDir, answering(join(tempDir(), 'Second')));
    await workspace.handlers['project.new'](undefined);
    const recent = await workspace.handlers['project.recent'](undefined);
    const mine = recent.find((r) => r.name === 'My Project');
    expect(mine).toBeDefined();
    expect((await workspace.handlers['project.openRecent']({ id: mine?.id ?? '' })).name).toBe('My Project');
    await expect(async () => workspace.handlers['project.openRecent']({ id: 'nope' })).rejects.toBeInstanceOf(
      WorkbenchError,
    );
    await workspace.close();
  });
});

describe('workspace reopening the open project', () => {
  it('keeps working on the same file when the open project is opened again', async () => {
    const dataDir = tempDir();
    const path = join(dataDir, 'projects', 'My Project.awb');
    const workspace = await startWorkspace(dataDir, answering(path));
    await workspace.handlers['article.create']({ title: 'Vorher', text: 'Text' });
    expect(await workspace.handlers['project.open'](undefined)).toMatchObject({ name: 'My Project', articleCount: 1 });
    expect(await workspace.openProjectFile(path)).toMatchObject({ articleCount: 1 });
    await workspace.handlers['article.create']({ title: 'Nachher', text: 'Anderer Text' });
    expect((await workspace.handlers['article.list'](undefined)).map((a) => a.title)).toEqual(['Nachher', 'Vorher']);
    await workspace.close();
  });
});
