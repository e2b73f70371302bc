import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';

const SERVER = join(import.meta.dirname, '..', '..', '..', 'out', 'browser-host', 'server.mjs');

export interface RunningHost {
  origin: string;
  startUrl: string;
  token: string;
  /** The --data-dir it was given; null: the app's user-data folder, as in `npm start`. */
  dataDir: string | null;
  /** Stops the host process as the user quitting the app would. */
  stop(): Promise<void>;
  /** Kills the host process with SIGKILL, as a crash or power cut would: no chance to clean up. */
  crash(): Promise<void>;
}

export interface HostOptions {
  port?: number;
  /** Scripted file dialogs and fault injection (the default); false: the browser's pickers and downloads. */
  testControl?: boolean;
  env?: NodeJS.ProcessEnv;
  /**
   * Who annotates on this machine, written to the data folder before the host starts so the window
   * does not ask (the default: E2E_ANNOTATOR); null leaves the folder as a first start finds it.
   */
  annotator?: typeof E2E_ANNOTATOR | null;
}

/** The annotator every test's data folder knows, unless a test asks for a first start. */
export const E2E_ANNOTATOR = { uid: '5e1c7a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d', name: 'Erika Test', email: null };

/** Writes the annotator file a first start would ask for, unless the folder already has one. */
export function knowAnnotator(dataDir: string, annotator: typeof E2E_ANNOTATOR): void {
  const file = join(dataDir, 'annotator.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(annotator));
}

/** Starts the real browser host (real services, real SQLite) as its own process, like Electron's main. */
export async function startHost(dataDir: string | null, options: HostOptions = {}): Promise<RunningHost> {
  const args = [SERVER, '--port', String(options.port ?? 0)];
  if (dataDir !== null) args.push('--data-dir', dataDir);
  const annotator = options.annotator === undefined ? E2E_ANNOTATOR : options.annotator;
  if (dataDir !== null && annotator !== null) knowAnnotator(dataDir, annotator);
  if (options.testControl ?? true) args.push('--test-control');
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: options.env ?? process.env,
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`browser host exited early with ${String(code)}`)));
  });
  const { origin, startUrl, token } = JSON.parse(first) as { origin: string; startUrl: string; token: string };
  return {
    origin,
    startUrl,
    token,
    dataDir,
    stop: () => ended(child, 'SIGTERM'),
    crash: () => ended(child, 'SIGKILL'),
  };
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Fails the test if the page asks for anything outside the host: opening an article must stay offline. */
export async function guardNetwork(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.context().route(
    (url) => url.origin !== origin,
    async (route) => {
      foreign.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return foreign;
}

interface HostFixtures {
  /** Whether the host runs with --test-control (scripted dialogs); `test.use({ testControl: false })` for the product's own. */
  testControl: boolean;
  /** The host process's environment (undefined: the test runner's). */
  hostEnv: NodeJS.ProcessEnv | undefined;
  /** Who the data folder says annotates; `test.use({ annotator: null })` for a first start that asks. */
  annotator: typeof E2E_ANNOTATOR | null;
  dataDir: string;
  host: RunningHost;
  foreignRequests: string[];
  app: Page;
}

export const test = base.extend<HostFixtures>({
  testControl: [true, { option: true }],
  hostEnv: [undefined, { option: true }],
  annotator: [E2E_ANNOTATOR, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, testControl, hostEnv, annotator }, use) => {
    const host = await startHost(dataDir, {
      testControl,
      annotator,
      ...(hostEnv === undefined ? {} : { env: hostEnv }),
    });
    await use(host);
    await host.stop();
  },
  foreignRequests: async ({ page, host }, use) => {
    const foreign = await guardNetwork(page, host.origin);
    await use(foreign);
    expect(foreign, 'requests that left the app').toEqual([]);
  },
  app: async ({ page, host, foreignRequests }, use) => {
    expect(foreignRequests).toEqual([]);
    await page.goto(host.startUrl);
    await expect(page.getByTestId('status-project')).not.toBeEmpty();
    await use(page);
  },
});

export { expect };
