import { app } from 'electron';
// Inlined by esbuild at build time: the app's name and version must not depend on how Electron was started.
import { productName, version } from '../../package.json';
import { userDataFolder } from '../workspace/user-data-folder';

export const APP_VERSION = version;

/**
 * Names the app and fixes where its profile lives. Must run before anything reads userData and before
 * the single-instance lock, which is kept in the profile.
 *
 * Started as `electron out/main/app.cjs` (npm start, the Electron tests), Electron finds no
 * package.json next to the script and calls itself "Electron"; without renaming, the profile would
 * land in …/Electron and be shared with every other app started that way.
 */
export function configureAppIdentity(env: NodeJS.ProcessEnv): void {
  if (app.getName() !== productName) app.setName(productName);
  // The browser host finds the same folder without Electron (main/workspace/user-data-folder.ts).
  app.setPath('userData', userDataFolder(env, app.getPath('appData')));
  app.setAboutPanelOptions({ applicationName: productName, applicationVersion: version });
}
