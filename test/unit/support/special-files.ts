import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';

/**
 * Special files a hostile or careless selection can hold. Windows has neither named pipes in the
 * file system nor /dev/zero; there these helpers print why the case is left out and return null.
 */
export function makeFifo(path: string): string | null {
  if (process.platform === 'win32') {
    console.log(`Named-pipe case left out: Windows has no named pipes in the file system (${path}).`);
    return null;
  }
  execFileSync('mkfifo', [path]);
  return path;
}

export function linkToDevZero(path: string): string | null {
  if (!existsSync('/dev/zero')) {
    console.log(`/dev/zero case left out: this system has no /dev/zero (${path}).`);
    return null;
  }
  symlinkSync('/dev/zero', path);
  return path;
}
