import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decodeEnvelope } from '../../../main/ipc/encoded-json';
import type { Workspace } from '../../../main/workspace/workspace';
import type { ExportReport } from '../../../shared/model/interchange';
import { useTempDir } from '../support/temp-dir';
import { startTestWorkspace } from '../support/test-workspace';

describe('export.reveal: open an export or show it in its folder', () => {
  const tempDir = useTempDir();

  /** A workspace that has just written `destination` as job "job-1", as the export jobs announce it. */
  async function afterExport(revealPath = vi.fn(async () => undefined)) {
    const dir = tempDir();
    const destination = join(dir, 'Out', 'My Project bundle.awb.json');
    mkdirSync(join(dir, 'Out'));
    writeFileSync(destination, '{}');
    const workspace = await startTestWorkspace(join(dir, 'data'), { revealPath });
    workspace.events.emit('export.finished', report('job-1', destination));
    const call = async (arg: unknown) => decodeEnvelope(await workspace.dispatch('export.reveal', arg));
    return { workspace, destination, revealPath, call };
  }

  function report(jobId: string, destination: string, outcome: ExportReport['outcome'] = 'written'): ExportReport {
    const files = [destination];
    return {
      jobId,
      format: 'bundle',
      outcome,
      destination,
      files,
      articles: 1,
      annotations: 0,
      dropped: [],
      message: null,
    };
  }

  async function closing<T>(workspace: Workspace, result: T): Promise<T> {
    await workspace.close();
    return result;
  }

  it('opens and shows the file the app wrote, named by its job', async () => {
    const { workspace, destination, revealPath, call } = await afterExport();
    expect(await call({ jobId: 'job-1', action: 'open' })).toEqual({ ok: true, value: null });
    expect(await call({ jobId: 'job-1', action: 'show-in-folder' })).toEqual({ ok: true, value: null });
    expect(revealPath.mock.calls).toEqual([
      [destination, 'open'],
      [destination, 'show-in-folder'],
    ]);
    await workspace.close();
  });

  it('refuses a path from the renderer, a job it did not write, and anything but open or show', async () => {
    const { workspace, revealPath, call } = await afterExport();
    workspace.events.emit('export.finished', report('job-2', '/etc/passwd', 'cancelled'));
    const refusals = await closing(workspace, [
      await call({ jobId: 'job-1', action: 'open', path: '/etc/passwd' }),
      await call({ path: '/etc/passwd', action: 'open' }),
      await call({ jobId: 'job-1', action: 'run' }),
      await call({ jobId: 'job-2', action: 'open' }),
      await call({ jobId: 'job-3', action: 'open' }),
    ]);
    expect(refusals.map((refusal) => (refusal.ok ? 'accepted' : refusal.error.code))).toEqual([
      'invalid-argument',
      'invalid-argument',
      'invalid-argument',
      'not-found',
      'not-found',
    ]);
    expect(revealPath).not.toHaveBeenCalled();
  });

  it('says so when the export has gone since, and where the host cannot open files', async () => {
    const dir = tempDir();
    const workspace = await startTestWorkspace(join(dir, 'data'), { revealPath: vi.fn(async () => undefined) });
    workspace.events.emit('export.finished', report('gone', join(dir, 'deleted.csv')));
    const gone = decodeEnvelope(await workspace.dispatch('export.reveal', { jobId: 'gone', action: 'open' }));
    await workspace.close();
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const browser = await startTestWorkspace(join(dir, 'browser-data'));
    const refused = decodeEnvelope(await browser.dispatch('export.reveal', { jobId: 'gone', action: 'open' }));
    await browser.close();
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
