import { describe, expect, it, vi } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { createDispatcher, type Handlers } from '../../../main/ipc/dispatcher';
import { startTestWorkspace } from '../support/test-workspace';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

async function realHandlers(): Promise<{ handlers: Handlers; close: () => Promise<void> }> {
  const workspace = await startTestWorkspace(tempDir());
  return { handlers: workspace.handlers, close: () => workspace.close() };
}

describe('dispatcher', () => {
  it('serves a valid call and returns its typed result', async () => {
    const { handlers, close } = await realHandlers();
    const dispatch = createDispatcher(handlers, () => undefined);
    const created = await dispatch('article.create', { title: 'Titel', text: 'Grüße aus Köln – „Zitat“' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Titel' } });
    await close();
  });

  it('refuses unknown calls and names the problem in invalid arguments', async () => {
    const { handlers, close } = await realHandlers();
    const dispatch = createDispatcher(handlers, () => undefined);
    expect(await dispatch('fs.readFile', '/etc/passwd')).toEqual({
      ok: false,
      error: { code: 'unknown-call', message: 'Unknown request.' },
    });
    const result = await dispatch('article.get', { id: -1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-argument');
    expect(!result.ok && result.error.message).toMatch(/^Invalid request \(id: /);
    const empty = await dispatch('article.create', { title: '', text: '   ' });
    expect(!empty.ok && empty.error.message).toMatch(/The article text is empty/);
    await close();
  });

  it('passes user-facing errors through and hides internal ones', async () => {
    const log = vi.fn();
    const { handlers, close } = await realHandlers();
    const dispatch = createDispatcher(
      {
        ...handlers,
        'article.get': () => {
          throw new WorkbenchError('not-found', 'That article does not exist.');
        },
        'article.list': () => {
          throw new TypeError('secret stack detail');
        },
      },
      log,
    );
    expect(await dispatch('article.get', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That article does not exist.' },
    });
    const internal = await dispatch('article.list', undefined);
    expect(internal.ok).toBe(false);
    expect(JSON.stringify(internal)).not.toContain('secret stack detail');
    expect(log).toHaveBeenCalledOnce();
    await close();
  });
});
