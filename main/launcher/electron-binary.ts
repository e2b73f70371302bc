// Imported by test/electron/run-electron-tests.mjs through Node's type stripping as well as bundled
// into the launcher, so it may import only Node built-ins and must stay erasable TypeScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Electron zip puts the executable, as the electron package's installer records it in path.txt. */
function executableInDist(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

function readPathTxt(packageDir: string): string | null {
  try {
    return readFileSync(join(packageDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/**
 * The Electron executable to run, or null if none is installed. Follows node_modules/electron/index.js
 * (ELECTRON_OVERRIDE_DIST_PATH first, then dist/<path.txt>) without requiring that module, because it
 * starts a download when the binary is missing, which hangs or throws on an offline machine.
 */
export function findElectronExecutable(
  projectRoot: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const recorded = readPathTxt(packageDir);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let candidate: string | null = null;
  if (override !== undefined && override !== '') candidate = join(override, recorded ?? executableInDist(platform));
  else if (recorded !== null) candidate = join(packageDir, 'dist', recorded);
  return candidate !== null && existsSync(candidate) ? candidate : null;
}
