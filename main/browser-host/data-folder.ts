import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { appDataFolder, userDataFolder } from '../workspace/user-data-folder';

/**
 * The folder the host keeps projects, the recent list and its state in: the one given on the
 * command line (tests use throwaway folders), else the app's user-data folder, the same as
 * Electron's (and overridden by the same WORKBENCH_USER_DATA_DIR).
 *
 * Everything the host writes — the folder, projects and their journals, the recent list, files in
 * passing — is readable by the user alone: the process mask makes new files 0600 and folders 0700,
 * whatever the user's usual mask.
 */
export function prepareDataFolder(given: string | undefined, env: NodeJS.ProcessEnv): string {
  process.umask(0o077);
  const folder = given ?? userDataFolder(env, appDataFolder(process.platform, env, homedir()));
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}
