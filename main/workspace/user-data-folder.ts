import { posix, win32 } from 'node:path';
// Inlined by esbuild at build time, like the app's version.
import { productName } from '../../package.json';

/** Tests (and anyone wanting a throwaway profile) point this at another folder. */
export const USER_DATA_OVERRIDE = 'WORKBENCH_USER_DATA_DIR';

/**
 * Where the operating system keeps per-user app data, as Electron's `app.getPath('appData')` finds
 * it, so that the browser host, which has no Electron to ask, lands in the same place.
 */
export function appDataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA || win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || posix.join(home, '.config');
}

/**
 * The app's user-data folder (projects, recent list, logs) in both shells: the override when it is
 * set, else the product's own folder in `appData`.
 */
export function userDataFolder(env: NodeJS.ProcessEnv, appData: string, platform = process.platform): string {
  const paths = platform === 'win32' ? win32 : posix;
  const override = env[USER_DATA_OVERRIDE];
  return override !== undefined && override !== '' ? paths.resolve(override) : paths.join(appData, productName);
}
