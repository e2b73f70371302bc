import type { EventEmitter } from 'node:events';
import { contextBridge, ipcRenderer } from 'electron';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope, encodeJson } from '../../../main/ipc/encoded-json';
import { decodeAnnotationColumns } from '../../../shared/annotation-columns/decode-annotation-columns';
import { encodeAnnotationColumns } from '../../../shared/annotation-columns/encode-annotation-columns';
import type { WorkbenchTransport } from '../../../shared/ipc/transport';

// The preload runs against a stand-in for Electron's renderer modules: an EventEmitter for
// ipcRenderer (so events can be sent) and a context bridge that records what it was given.
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const renderer = Object.assign(new Emitter(), { invoke: vi.fn() });
  return { ipcRenderer: renderer, contextBridge: { exposeInMainWorld: vi.fn() } };
});

const fakeIpc = ipcRenderer as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> };
let transport: WorkbenchTransport;

beforeAll(async () => {
  await import('../../../main/shell/preload');
  const exposeInMainWorld = vi.mocked(contextBridge.exposeInMainWorld);
  expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('workbenchTransport');
  transport = api as WorkbenchTransport;
});

beforeEach(() => {
  fakeIpc.invoke.mockReset();
  fakeIpc.removeAllListeners();
});

describe('preload transport', () => {
  it('exposes exactly invoke and on', () => {
    expect(Object.keys(transport).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract calls on the namespaced channel and returns the envelope main encoded', async () => {
    const envelope = { ok: true, value: { name: 'Köln 🇩🇪 北京' } } as const;
    fakeIpc.invoke.mockResolvedValue(encodeEnvelope(envelope));
    await expect(transport.invoke('project.current', undefined)).resolves.toEqual(envelope);
    expect(fakeIpc.invoke).toHaveBeenCalledWith('workbench:call:project.current', undefined);
  });

  it('hands an answer that is bytes (annotation columns) to the renderer as bytes', async () => {
    const columns = encodeAnnotationColumns(3, []);
    fakeIpc.invoke.mockResolvedValue(encodeEnvelope({ ok: true, value: columns }));
    const answer = await transport.invoke('annotation.columns', { articleId: 3 });
    expect(answer.ok && answer.value instanceof Uint8Array && decodeAnnotationColumns(answer.value)).toEqual({
      articleId: 3,
      annotations: [],
    });
  });

  it.each(['fs.readFile', 'workbench:call:app.info', '__proto__', ''])(
    'refuses the unknown call %j without touching IPC',
    async (call) => {
      await expect(transport.invoke(call, undefined)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-call' },
      });
      expect(fakeIpc.invoke).not.toHaveBeenCalled();
    },
  );

  it('decodes the events main relays encoded before the renderer sees them', () => {
    const listener = vi.fn();
    transport.on('store.changed', listener);
    const changes = { labels: { upserted: [], deleted: [7] }, history: { undo: 'Label „Köln“ 🇩🇪', redo: null } };
    fakeIpc.emit('workbench:event:store.changed', { sender: fakeIpc, ports: [] }, encodeJson(changes));
    expect(listener.mock.calls).toEqual([[changes]]);
  });

  it('passes only the payload to listeners, never the IPC event', () => {
    const listener = vi.fn();
    transport.on('project.changed', listener);
    const ipcEvent = { sender: fakeIpc, ports: [] };
    fakeIpc.emit('workbench:event:project.changed', ipcEvent, { name: 'Elections' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ name: 'Elections' }]);
  });

  it('returns an unsubscribe function that removes exactly its listener', () => {
    const kept = vi.fn();
    const removed = vi.fn();
    transport.on('menu.command', kept);
    const unsubscribe = transport.on('menu.command', removed);
    unsubscribe();
    fakeIpc.emit('workbench:event:menu.command', {}, 'undo');
    expect(removed).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledWith('undo');
    expect(fakeIpc.listenerCount('workbench:event:menu.command')).toBe(1);
  });

  it('refuses unknown events and non-function listeners', () => {
    expect(() => transport.on('workbench:call:app.info', vi.fn())).toThrow(/Unknown event/);
    expect(() => transport.on('project.changed', 'alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(fakeIpc.eventNames()).toEqual([]);
  });
});
