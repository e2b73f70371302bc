import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WebContents, WebPreferences } from 'electron';
import { hardenedWebPreferences } from '../../main/security/window-options';
import type { WorkbenchTransport } from '../../shared/ipc/transport';

// The Electron shell as users get it: app:// protocol, preload, IPC sender checks, security rules.
// One app per file (each test only looks, except the last, which tries to leave the app).

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const appScript = join(projectRoot, 'out', 'main', 'app.cjs');
const executablePath = process.env.WORKBENCH_ELECTRON_PATH;

/** Our environment minus what would turn Electron into plain Node, plus a throwaway profile. */
function electronEnv(userDataDir: string): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  return { ...env, WORKBENCH_USER_DATA_DIR: userDataDir };
}

type PageWithTransport = { workbenchTransport: WorkbenchTransport };
type GlobalWithLog = { openedExternally?: string[]; revealed?: string[][] };

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeAll(async () => {
  test.skip(executablePath === undefined, 'Run through `npm run test:electron`, which finds the Electron binary.');
  userDataDir = mkdtempSync(join(tmpdir(), 'workbench-electron-'));
  app = await electron.launch({
    executablePath,
    args: [appScript],
    env: electronEnv(userDataDir),
    cwd: projectRoot,
    timeout: 30_000,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // Record instead of launching a browser: the test must see what would open, and open nothing.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as GlobalWithLog).openedExternally = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
});

test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll was skipped or failed.
  await app?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll was skipped.
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

test('opens the workbench from app://workbench/index.html', async () => {
  expect(page.url()).toBe('app://workbench/index.html');
  expect(app.windows()).toHaveLength(1);
});

test('creates a default project in the profile and shows its name', async () => {
  const projects = readdirSync(join(userDataDir, 'projects')).filter((name) => name.endsWith('.awb'));
  expect(projects).toHaveLength(1);
  // Goes through preload, IPC sender check and dispatcher: the same path every renderer call takes.
  const current = await page.evaluate(() =>
    (window as unknown as PageWithTransport).workbenchTransport.invoke('project.current', undefined),
  );
  expect(current).toMatchObject({ ok: true, value: { name: expect.any(String) } });
  const name = current.ok ? (current.value as { name: string }).name : '';
  await expect(page.getByTestId('status-project')).toContainText(name);
});

test('runs the window with the hardened webPreferences', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is real but missing from electron.d.ts.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as
      (WebContents & { getLastWebPreferences(): WebPreferences | null }) | undefined;
    return contents?.getLastWebPreferences() ?? null;
  });
  expect(preferences).toMatchObject({
    ...hardenedWebPreferences(''),
    preload: expect.stringMatching(/[\\/]out[\\/]preload[\\/]preload\.cjs$/),
  });
});

test('gives the page no Node and only the narrow transport', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
    transport: Object.keys((window as unknown as PageWithTransport).workbenchTransport).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    transport: ['invoke', 'on'],
  });
});

test('window.open returns null and opens nothing', async () => {
  const result = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(result).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(await app.evaluate(() => (globalThis as GlobalWithLog).openedExternally)).toEqual([]);
});

test('a clicked web link opens in the system browser, not in the app', async () => {
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), {
      href: 'https://example.com/story',
      target: '_blank',
      textContent: 'story',
      id: 'e2e-external-link',
    });
    document.body.prepend(link);
  });
  await page.click('#e2e-external-link');
  await expect
    .poll(() => app.evaluate(() => (globalThis as GlobalWithLog).openedExternally))
    .toEqual(['https://example.com/story']);
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => document.getElementById('e2e-external-link')?.remove());
});

test('an export’s report opens the file, and shows it in its folder, through the system', async () => {
  const destination = join(userDataDir, 'Export.awb.json');
  // The save dialog answers with `destination`; opening and showing are recorded, not done.
  await app.evaluate(({ dialog, shell }, filePath) => {
    const revealed: string[][] = [];
    (globalThis as GlobalWithLog).revealed = revealed;
    dialog.showSaveDialog = async () => ({ canceled: false, filePath });
    shell.openPath = async (path: string) => {
      revealed.push(['open', path]);
      return '';
    };
    shell.showItemInFolder = (path: string) => {
      revealed.push(['show-in-folder', path]);
    };
  }, destination);
  await page.evaluate(() =>
    (window as unknown as PageWithTransport).workbenchTransport.invoke('article.create', {
      title: 'Kurzmeldung',
      text: 'Xi Jinping empfängt Schoigu in Peking.',
    }),
  );
  await page.getByRole('button', { name: 'Project', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /bundle/ }).check();
  await dialog.getByRole('radio', { name: 'All articles' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const report = page.getByRole('dialog', { name: 'Export finished' });
  await report.getByRole('button', { name: 'Open file' }).click();
  await report.getByRole('button', { name: 'Show in folder' }).click();
  await expect
    .poll(() => app.evaluate(() => (globalThis as GlobalWithLog).revealed))
    .toEqual([
      ['open', destination],
      ['show-in-folder', destination],
    ]);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
});

test('a second launch with the same profile hands over and exits', async () => {
  const args = [appScript, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  const second = spawn(executablePath ?? '', args, { env: electronEnv(userDataDir), stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('navigation away from the app is blocked', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  // A navigation that got through would replace the page (or show Chromium's error page) by now.
  await page.waitForTimeout(1_000);
  expect(page.url()).toBe('app://workbench/index.html');
  await expect(page.getByTestId('status-project')).toBeVisible();
});
