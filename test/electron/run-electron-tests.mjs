// `npm run test:electron`: runs test/electron/*.e2e.ts against the built app in a real Electron.
// Electron's binary is fetched lazily and cannot be downloaded everywhere, so without one the tests
// are skipped with one line rather than failing. On Linux without a display they run under xvfb-run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Plain .ts through Node's type stripping: the same lookup `npm start` uses, with nothing to build first.
import { findElectronExecutable } from '../../main/launcher/electron-binary.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const electron = findElectronExecutable(projectRoot, process.env);
if (electron === null) {
  console.log(
    'Electron end-to-end tests skipped: no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 to run them)',
  );
  process.exit(0);
}
if (!existsSync(join(projectRoot, 'out', 'main', 'app.cjs'))) {
  console.error('Electron end-to-end tests need the built app: run `npm run build` first.');
  process.exit(1);
}

const playwright = [
  process.execPath,
  join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'),
  'test',
  '--config',
  join(projectRoot, 'test', 'electron', 'playwright.electron.config.ts'),
  ...process.argv.slice(2),
];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const [command, ...args] = needsDisplay
  ? ['xvfb-run', '--auto-servernum', '--server-args=-screen 0 1280x1024x24', ...playwright]
  : playwright;

const env = { ...process.env, WORKBENCH_ELECTRON_PATH: electron };
// Inherited from a VS Code terminal, this makes Electron run as plain Node and reject Playwright's flags.
delete env.ELECTRON_RUN_AS_NODE;

const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: projectRoot });
if (result.error !== undefined) {
  console.error(`Could not run ${command}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
