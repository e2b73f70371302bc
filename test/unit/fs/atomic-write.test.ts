import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/fs/atomic-write';
import { FILE_MODE } from '../../../main/fs/file-modes';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('writing a file atomically', () => {
  it('creates files with the mode asked for: owner-only, or what the umask allows', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'private.json'), '{}', { mode: FILE_MODE.ownerOnly, replace: true });
    writeFileAtomic(join(dir, 'export.json'), '{}', { mode: FILE_MODE.userDefault, replace: true });
    writeFileSync(join(dir, 'reference'), '');
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'export.json')).mode & 0o777).toBe(statSync(join(dir, 'reference')).mode & 0o777);
  });

  it('without replace, leaves an existing file alone, also one that appears while writing', () => {
    const dir = tempDir();
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'mine');
    expect(() => writeFileAtomic(path, 'new', { mode: FILE_MODE.userDefault, replace: false })).toThrow(
      expect.objectContaining({ code: 'EEXIST' }),
    );
    expect(readFileSync(path, 'utf8')).toBe('mine');

    const late = join(dir, 'late.txt');
    function* content() {
      yield 'first half, ';
      writeFileSync(late, 'written by someone else meanwhile');
      yield 'second half';
    }
    expect(() => writeFileAtomic(late, content(), { mode: FILE_MODE.userDefault, replace: false })).toThrow(
      expect.objectContaining({ code: 'EEXIST' }),
    );
    expect(readFileSync(late, 'utf8')).toBe('written by someone else meanwhile');
    expect(readdirSync(dir).sort()).toEqual(['late.txt', 'out.txt']);
  });
});
