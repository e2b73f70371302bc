import { describe, expect, it } from 'vitest';
import { appDataFolder, userDataFolder } from '../../../main/workspace/user-data-folder';

// Both shells keep projects in one place: Electron's userData, which the browser host finds without Electron.

describe('user-data folder', () => {
  it('is the product folder in the system app-data folder the README names for each platform', () => {
    const env = {};
    expect(userDataFolder(env, appDataFolder('linux', env, '/home/ana'), 'linux')).toBe(
      '/home/ana/.config/Annotation Workbench',
    );
    expect(userDataFolder(env, appDataFolder('darwin', env, '/Users/ana'), 'darwin')).toBe(
      '/Users/ana/Library/Application Support/Annotation Workbench',
    );
    const windows = { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' };
    expect(userDataFolder(windows, appDataFolder('win32', windows, 'C:\\Users\\ana'), 'win32')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Annotation Workbench',
    );
  });

  it('follows XDG_CONFIG_HOME on Linux, as Electron does', () => {
    expect(appDataFolder('linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/ana')).toBe('/data/config');
  });

  it('is WORKBENCH_USER_DATA_DIR when that is set, resolved to an absolute path', () => {
    expect(userDataFolder({ WORKBENCH_USER_DATA_DIR: '/tmp/profile' }, '/home/ana/.config', 'linux')).toBe(
      '/tmp/profile',
    );
    expect(userDataFolder({ WORKBENCH_USER_DATA_DIR: 'profile' }, '/home/ana/.config', 'linux')).toBe(
      `${process.cwd()}/profile`,
    );
    expect(userDataFolder({ WORKBENCH_USER_DATA_DIR: '' }, '/home/ana/.config', 'linux')).toBe(
      '/home/ana/.config/Annotation Workbench',
    );
  });
});
