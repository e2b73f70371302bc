import { EventEmitter } from 'node:events';
import { app, session, shell } from 'electron';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSecurityPolicy } from '../../../main/shell/security';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  return {
    app: new Emitter(),
    session: { defaultSession },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
});

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type OpenHandler = (details: { url: string }) => { action: string };

/** A web contents as far as the security rules see it: events, a window-open handler and a session. */
class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  readonly session = session.defaultSession;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

let contents: FakeWebContents;
// Vitest clears mock calls before each test, so what installation registered is read out once here.
let requestPermission: PermissionRequestHandler;
let checkPermission: () => boolean;
let checkDevice: () => boolean;
let sessionHardenings = 0;

beforeAll(() => {
  installSecurityPolicy(vi.fn());
  app.emit('web-contents-created', {}, new FakeWebContents());
  const setRequest = vi.mocked(session.defaultSession.setPermissionRequestHandler);
  requestPermission = setRequest.mock.calls[0]?.[0] as PermissionRequestHandler;
  checkPermission = vi.mocked(session.defaultSession.setPermissionCheckHandler).mock.calls[0]?.[0] as () => boolean;
  checkDevice = vi.mocked(session.defaultSession.setDevicePermissionHandler).mock.calls[0]?.[0] as () => boolean;
  sessionHardenings = setRequest.mock.calls.length;
});

beforeEach(() => {
  contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => vi.useRealTimers());

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestPermission({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkPermission()).toBe(false);
    expect(checkDevice()).toBe(false);
  });

  it('hardens each session once, however many web contents use it', () => {
    expect(sessionHardenings).toBe(1);
  });
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays on the app origin', (name) => {
    const inside = navigationEvent('app://workbench/index.html');
    contents.emit(name, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://elsewhere/', 'about:blank']) {
      const outside = navigationEvent(url);
      contents.emit(name, outside);
      expect(outside.preventDefault).toHaveBeenCalled();
    }
  });

  it('never attaches a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  const click = () => contents.emit('input-event', {}, { type: 'mouseDown' });

  it('are always denied, and nothing opens without a user click', () => {
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    contents.emit('input-event', {}, { type: 'mouseMove' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('open a clicked web link in the system browser', () => {
    click();
    expect(contents.openHandler?.({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/story');
  });

  it('do not open a link long after the click, or anything that is not a web link', () => {
    click();
    contents.openHandler?.({ url: 'file:///etc/passwd' });
    vi.advanceTimersByTime(5_000);
    contents.openHandler?.({ url: 'https://example.com/' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
