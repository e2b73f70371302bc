import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronExecutable } from '../../../main/launcher/electron-binary';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function touch(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  return path;
}

function projectWithElectronPackage(pathTxt?: string): string {
  const root = tempDir();
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  if (pathTxt !== undefined) writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), pathTxt);
  return root;
}

describe('findElectronExecutable', () => {
  it('finds nothing when the binary was never downloaded', () => {
    expect(findElectronExecutable(projectWithElectronPackage(), {}, 'linux')).toBeNull();
  });

  it('finds the downloaded binary through path.txt', () => {
    const root = projectWithElectronPackage('electron');
    const binary = touch(join(root, 'node_modules', 'electron', 'dist', 'electron'));
    expect(findElectronExecutable(root, {}, 'linux')).toBe(binary);
  });

  it('finds nothing when path.txt names a binary that is gone', () => {
    expect(findElectronExecutable(projectWithElectronPackage('electron'), {}, 'linux')).toBeNull();
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', () => {
    const root = projectWithElectronPackage('electron');
    touch(join(root, 'node_modules', 'electron', 'dist', 'electron'));
    const unpacked = tempDir();
    const binary = touch(join(unpacked, 'electron'));
    expect(findElectronExecutable(root, { ELECTRON_OVERRIDE_DIST_PATH: unpacked }, 'linux')).toBe(binary);
    expect(findElectronExecutable(root, { ELECTRON_OVERRIDE_DIST_PATH: tempDir() }, 'linux')).toBeNull();
  });

  it("uses the platform's executable name in an override folder when path.txt is missing", () => {
    const unpacked = tempDir();
    const binary = touch(join(unpacked, 'Electron.app', 'Contents', 'MacOS', 'Electron'));
    const env = { ELECTRON_OVERRIDE_DIST_PATH: unpacked };
    expect(findElectronExecutable(projectWithElectronPackage(), env, 'darwin')).toBe(binary);
    expect(findElectronExecutable(projectWithElectronPackage(), env, 'win32')).toBeNull();
  });
});
