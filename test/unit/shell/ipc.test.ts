import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, sendEvent } from '../../../main/shell/ipc';
import { CALL_NAMES } from '../../../shared/ipc/call-names';
import { decodeEnvelope, encodeEnvelope, type EncodedEnvelope } from '../../../main/ipc/encoded-json';
import type { FrameFacts } from '../../../main/security/ipc-sender-policy';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, arg: unknown) => Promise<unknown>;

const mainFrame: FrameFacts = {
  processId: 3,
  routingId: 1,
  origin: 'app://workbench',
  url: 'app://workbench/index.html',
};

function fakeWindow(destroyed = false) {
  const send = vi.fn();
  const window = { isDestroyed: () => destroyed, webContents: { mainFrame, send } };
  return { window: window as unknown as BrowserWindow, send };
}

function registeredHandlers(): Map<string, Handler> {
  return new Map(vi.mocked(ipcMain.handle).mock.calls.map(([channel, handler]) => [channel, handler as Handler]));
}

const senderEvent = (frame: FrameFacts | null) => ({ senderFrame: frame }) as Pick<IpcMainInvokeEvent, 'senderFrame'>;

describe('registerIpcHandlers', () => {
  const dispatch = vi.fn(async (call: unknown, arg: unknown) => encodeEnvelope({ ok: true, value: { call, arg } }));
  const decoded = (result: unknown) => decodeEnvelope(result as EncodedEnvelope);
  const log = vi.fn();

  it('registers one namespaced handler per contract call and nothing else', () => {
    registerIpcHandlers(dispatch, () => fakeWindow().window, log);
    expect([...registeredHandlers().keys()].sort()).toEqual(CALL_NAMES.map((name) => `workbench:call:${name}`).sort());
  });

  it("dispatches calls from the window's main frame", async () => {
    registerIpcHandlers(dispatch, () => fakeWindow().window, log);
    const handler = registeredHandlers().get('workbench:call:article.get');
    const result = await handler?.(senderEvent({ ...mainFrame }), { id: 7 });
    expect(decoded(result)).toEqual({ ok: true, value: { call: 'article.get', arg: { id: 7 } } });
    expect(dispatch).toHaveBeenCalledWith('article.get', { id: 7 });
  });

  it.each([
    ['a vanished frame', null],
    ['a subframe', { ...mainFrame, routingId: 9 }],
    ['another origin', { ...mainFrame, origin: 'https://example.com', url: 'https://example.com/' }],
  ])('answers forbidden to %s without dispatching', async (_name, frame) => {
    registerIpcHandlers(dispatch, () => fakeWindow().window, log);
    const result = await registeredHandlers().get('workbench:call:project.current')?.(senderEvent(frame), undefined);
    expect(decoded(result)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('answers forbidden while there is no window or it is being destroyed', async () => {
    for (const window of [null, fakeWindow(true).window]) {
      registerIpcHandlers(dispatch, () => window, log);
      const result = await registeredHandlers().get('workbench:call:app.info')?.(senderEvent(mainFrame), undefined);
      expect(decoded(result)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('sendEvent', () => {
  it('sends the payload on the namespaced event channel', () => {
    const { window, send } = fakeWindow();
    sendEvent(window, 'menu.command', 'export');
    expect(send).toHaveBeenCalledWith('workbench:event:menu.command', 'export');
  });

  it('drops events when the window is gone', () => {
    const { window, send } = fakeWindow(true);
    sendEvent(window, 'menu.command', 'export');
    sendEvent(null, 'menu.command', 'export');
    expect(send).not.toHaveBeenCalled();
  });
});
