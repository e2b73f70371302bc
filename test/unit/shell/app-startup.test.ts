import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/security/app-origin';
import { hardenedWebPreferences } from '../../../main/security/window-options';
import { ProjectStore } from '../../../main/store/project-store';
import { Workspace } from '../../../main/workspace/workspace';
import { CALL_NAMES } from '../../../shared/ipc/call-names';
import { decodeEnvelope, decodeJson, type EncodedEnvelope, type EncodedJson } from '../../../main/ipc/encoded-json';

// Runs the real main-process entry (main/shell/app.ts) and the real workspace against a stand-in
// for Electron, to check the start-up order and wiring that only the Electron end-to-end tests
// would otherwise see. Vitest clears mock calls between tests, so the fakes record into `seen`.

const seen = vi.hoisted(() => ({
  schemesRegisteredBeforeReady: false,
  protocolSchemes: [] as string[],
  ipcChannels: new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>(),
  menus: [] as unknown[],
  sent: [] as [string, unknown][],
  errorDialogs: [] as string[],
  focused: 0,
  quitRequested: false,
  ready: { resolve: () => {} },
  isReady: false,
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdtempSync: makeTemp } = await import('node:fs');
  const { tmpdir: temp } = await import('node:os');
  const { join: joinPath } = await import('node:path');

  let name = 'Electron';
  const paths = new Map([['appData', makeTemp(joinPath(temp(), 'workbench-appdata-'))]]);
  paths.set('userData', joinPath(paths.get('appData') ?? '', name));
  const ready = new Promise<void>((resolve) => {
    seen.ready.resolve = () => {
      seen.isReady = true;
      resolve();
    };
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getName: () => name,
    setName: (value: string) => (name = value),
    getPath: (key: string) => paths.get(key) ?? '',
    setPath: (key: string, value: string) => paths.set(key, value),
    setAboutPanelOptions: () => undefined,
    showAboutPanel: () => undefined,
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    quit: () => (seen.quitRequested = true),
    exit: () => undefined,
  });
  const defaultSession = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
  };
  class BrowserWindow extends EventEmitter {
    static readonly created: BrowserWindow[] = [];
    readonly webContents = Object.assign(new EventEmitter(), {
      mainFrame: { processId: 7, routingId: 1, origin: 'app://workbench', url: 'app://workbench/index.html' },
      session: defaultSession,
      send: (channel: string, payload: unknown) => seen.sent.push([channel, payload]),
    });
    loadedUrl = '';
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.created.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    focus = () => seen.focused++;
    show = () => undefined;
    setBackgroundColor = () => undefined;
  }
  return {
    app,
    BrowserWindow,
    session: { defaultSession },
    shell: { openExternal: async () => undefined },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
    protocol: {
      registerSchemesAsPrivileged: () => (seen.schemesRegisteredBeforeReady = !seen.isReady),
      handle: (scheme: string) => seen.protocolSchemes.push(scheme),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, arg: unknown) => Promise<unknown>) =>
        seen.ipcChannels.set(channel, handler),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => seen.menus.push(menu),
    },
    dialog: {
      showMessageBox: async (_window: unknown, options: { detail: string }) => {
        seen.errorDialogs.push(options.detail);
        return { response: 0 };
      },
      showErrorBox: (title: string) => seen.errorDialogs.push(title),
    },
  };
});

// The real store worker, bundled (with the test hooks that report change sets); the built paths
// next to out/main do not exist here.
vi.mock('../../../main/shell/worker-files', async () => {
  const { buildInstrumentedStoreWorker } = await import('../store-host/support/test-host');
  return { WORKER_FILES: { store: await buildInstrumentedStoreWorker(), import: 'unused', export: 'unused' } };
});

const electron = await import('electron');
type FakeWindow = {
  options: { webPreferences: Record<string, unknown> };
  loadedUrl: string;
  webContents: { mainFrame: unknown };
};
const windows = () => (electron.BrowserWindow as unknown as { created: FakeWindow[] }).created;

const profileDir = mkdtempSync(join(tmpdir(), 'workbench-profile-'));
const elsewhere = mkdtempSync(join(tmpdir(), 'workbench-elsewhere-'));
const argvProject = join(elsewhere, 'Opened From Argv.awb');
const closeSpy = vi.spyOn(Workspace.prototype, 'close');
/** Opening a project starts store worker threads; on a loaded machine that takes more than waitFor's default second. */
const WORKERS_SETTLED = { timeout: 20_000 };
const originalArgv = process.argv;

async function callFromWindow(call: string, arg?: unknown): Promise<unknown> {
  const handler = seen.ipcChannels.get(`workbench:call:${call}`);
  return decodeEnvelope(
    (await handler?.({ senderFrame: windows()[0]?.webContents.mainFrame }, arg)) as EncodedEnvelope,
  );
}

beforeAll(async () => {
  // The app logs to the console as well as to its log file; the file is what these tests read.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ProjectStore.create(argvProject).close();
  vi.stubEnv('WORKBENCH_USER_DATA_DIR', profileDir);
  // As if the OS had started the app to open a project file.
  process.argv = [...originalArgv, argvProject];
  await import('../../../main/shell/app');
});

afterAll(() => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  for (const dir of [profileDir, elsewhere, electron.app.getPath('appData')]) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('main process start-up', () => {
  it('names the app, uses the overridden profile and registers app: before ready', () => {
    expect(electron.app.getName()).toBe('Annotation Workbench');
    expect(electron.app.getPath('userData')).toBe(profileDir);
    expect(seen.schemesRegisteredBeforeReady).toBe(true);
    expect(windows()).toHaveLength(0);
    expect(seen.ipcChannels.size).toBe(0);
  });

  it('wires protocol, IPC, menu and one hardened window once ready', async () => {
    seen.ready.resolve();
    await vi.waitFor(() => expect(seen.menus.length).toBeGreaterThan(0), WORKERS_SETTLED);
    expect(seen.protocolSchemes).toEqual(['app']);
    expect([...seen.ipcChannels.keys()].sort()).toEqual(CALL_NAMES.map((name) => `workbench:call:${name}`).sort());
    expect(windows()).toHaveLength(1);
    const [window] = windows();
    expect(window?.loadedUrl).toBe(APP_ENTRY_URL);
    expect(window?.options.webPreferences).toEqual({
      ...hardenedWebPreferences(''),
      preload: expect.stringMatching(/[\\/]preload[\\/]preload\.cjs$/),
    });
  });

  it('creates the default project in the profile and opens the project named on the command line', async () => {
    expect(readdirSync(join(profileDir, 'projects')).filter((file) => file.endsWith('.awb'))).toHaveLength(1);
    // The named project opens in store workers after the window appeared; the switch is announced.
    await vi.waitFor(
      () =>
        expect(seen.sent).toContainEqual([
          'workbench:event:project.changed',
          expect.objectContaining({ name: 'Opened From Argv' }),
        ]),
      WORKERS_SETTLED,
    );
    await expect(callFromWindow('project.current')).resolves.toMatchObject({
      ok: true,
      value: { name: 'Opened From Argv' },
    });
  });

  it('sends the store’s change sets to the window', async () => {
    const created = await callFromWindow('article.create', { title: 'Eins', text: 'Grüße aus Köln.' });
    expect(created).toMatchObject({ ok: true });
    // Relayed as the store worker encoded it; the preload decodes it.
    const sent = seen.sent
      .filter(([channel]) => channel === 'workbench:event:store.changed')
      .map(([, payload]) => payload);
    expect(sent.map((payload) => decodeJson(payload as EncodedJson))).toContainEqual(
      expect.objectContaining({ articles: { upserted: [(created as { value: unknown }).value], deleted: [] } }),
    );
  });

  it('refuses IPC from anything but the window, and logs it to the profile', async () => {
    const handler = seen.ipcChannels.get('workbench:call:project.current');
    const foreign = { processId: 99, routingId: 1, origin: 'app://workbench', url: 'app://workbench/index.html' };
    const refused = (await handler?.({ senderFrame: foreign }, undefined)) as EncodedEnvelope;
    expect(decodeEnvelope(refused)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const log = readFileSync(join(profileDir, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('Refused project.current');
    expect(log).toContain('the sender is not the main frame of the workbench window');
  });

  it('focuses the window and reports a missing file when a second launch names one', async () => {
    const focusedBefore = seen.focused;
    electron.app.emit('second-instance', {}, ['app', 'Gone.awb'], elsewhere, {});
    await vi.waitFor(() => expect(seen.errorDialogs).toHaveLength(1), WORKERS_SETTLED);
    expect(seen.focused).toBe(focusedBefore + 1);
    await expect(callFromWindow('project.current')).resolves.toMatchObject({ value: { name: 'Opened From Argv' } });
  });

  it('holds the quit until the workspace has closed, then quits', async () => {
    expect(closeSpy).not.toHaveBeenCalled();
    seen.quitRequested = false;
    const quitEvent = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalledOnce();
    expect(closeSpy).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(seen.quitRequested).toBe(true), WORKERS_SETTLED);
    // The second will-quit (from that quit) goes through: the workspace is already closed.
    const second = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(closeSpy).toHaveBeenCalledTimes(1);
  });
});
