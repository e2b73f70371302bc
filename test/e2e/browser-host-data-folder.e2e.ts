import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startHost, test } from './support/browser-host';

// npm start's fallback keeps projects where the app does, and only the user can read them.

let root = '';
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'workbench-data-folder-'));
});
test.afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh home and temporary folder, and none of the variables that would move the data folder. */
function isolatedEnv(extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; home: string; temp: string } {
  const home = join(root, 'home');
  const temp = join(root, 'tmp');
  mkdirSync(home);
  mkdirSync(temp);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, TMPDIR: temp, ...extra };
  delete env.XDG_CONFIG_HOME;
  if (extra.WORKBENCH_USER_DATA_DIR === undefined) delete env.WORKBENCH_USER_DATA_DIR;
  return { env, home, temp };
}

/** '700', '600': octal, as ls and chmod show them. */
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Starts the host as `npm start` does (no --data-dir, no test control) and stops it again. */
async function startAndStop(env: NodeJS.ProcessEnv): Promise<void> {
  const host = await startHost(null, { testControl: false, env });
  await host.stop();
}

function expectOwnerOnlyProfile(dataFolder: string): void {
  expect(modeOf(dataFolder)).toBe('700');
  expect(modeOf(join(dataFolder, 'projects'))).toBe('700');
  expect(modeOf(join(dataFolder, 'projects', 'My Project.awb'))).toBe('600');
  expect(modeOf(join(dataFolder, 'recent-projects.json'))).toBe('600');
  // V8 runs cached code as it finds it, so the cache that speeds up the next start is the user's alone.
  const compiledCode = join(dataFolder, 'compiled-code');
  expect(modeOf(compiledCode)).toBe('700');
  expect(readdirSync(compiledCode).length).toBeGreaterThan(0);
}

test('without --data-dir the project is in the user-data folder, owner-only, and nothing is in the temporary folder', async () => {
  test.skip(process.platform !== 'linux', 'The expected folder is the Linux one (~/.config/Annotation Workbench).');
  const { env, home, temp } = isolatedEnv();
  await startAndStop(env);
  expectOwnerOnlyProfile(join(home, '.config', 'Annotation Workbench'));
  expect(readdirSync(temp)).toEqual([]);
});

test('WORKBENCH_USER_DATA_DIR moves the data folder, as it does for the desktop app', async () => {
  test.skip(process.platform === 'win32', 'POSIX permission bits are not checked on Windows.');
  const custom = join(root, 'profile');
  const { env, home, temp } = isolatedEnv({ WORKBENCH_USER_DATA_DIR: custom });
  await startAndStop(env);
  expectOwnerOnlyProfile(custom);
  expect(readdirSync(home)).toEqual([]);
  expect(readdirSync(temp)).toEqual([]);
});
