import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import { articleInput } from '../support/article-input';
import { refusal } from '../support/refusal';
import { linkToDevZero, makeFifo } from '../support/special-files';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** What a refused file must still be afterwards: its kind and, for a file, its bytes. */
function fingerprint(path: string): string {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) return `link to ${readlinkSync(path)}`;
  if (stats.isDirectory()) return `folder holding ${readdirSync(path).join(', ')}`;
  if (stats.isFIFO()) return 'named pipe';
  return `file ${readFileSync(path).toString('base64')}`;
}

function projectBytes(dir: string): Buffer {
  const path = join(dir, 'source.awb');
  const store = ProjectStore.create(path);
  for (let i = 0; i < 20; i++) store.createArticle(articleInput(`A${i}`, `Text ${i} über Peking. `.repeat(300)));
  store.close();
  return readFileSync(path);
}

/** Each makes one file in `dir` and returns its path, or null where the system cannot make it. */
const CASES: Record<string, { make: (dir: string) => string | null; message: RegExp }> = {
  'a named pipe': {
    make: (dir) => makeFifo(join(dir, 'pipe.awb')),
    message: /^"pipe\.awb" is a named pipe, not a file/,
  },
  'a folder': {
    make: (dir) => {
      mkdirSync(join(dir, 'folder.awb'));
      writeFileSync(join(dir, 'folder.awb', 'inside.txt'), 'bleibt');
      return join(dir, 'folder.awb');
    },
    message: /^"folder\.awb" is a folder, not a file/,
  },
  'a link to /dev/zero': {
    make: (dir) => linkToDevZero(join(dir, 'zero.awb')),
    message: /^"zero\.awb" is a device, not a file/,
  },
  'an empty file': {
    make: (dir) => {
      writeFileSync(join(dir, 'empty.awb'), '');
      return join(dir, 'empty.awb');
    },
    message: /^"empty\.awb" is an empty file, not an Annotation Workbench project/,
  },
  'a project cut off after its first page': {
    make: (dir) => {
      writeFileSync(join(dir, 'truncated.awb'), projectBytes(dir).subarray(0, 4096));
      return join(dir, 'truncated.awb');
    },
    message: /^"truncated\.awb" is damaged/,
  },
  'a project cut off halfway': {
    make: (dir) => {
      const bytes = projectBytes(dir);
      writeFileSync(join(dir, 'half.awb'), bytes.subarray(0, bytes.length / 2));
      return join(dir, 'half.awb');
    },
    message: /^"half\.awb" is damaged/,
  },
  'a project header and nothing else': {
    make: (dir) => {
      writeFileSync(join(dir, 'header.awb'), projectBytes(dir).subarray(0, 100));
      return join(dir, 'header.awb');
    },
    message: /^"header\.awb" is damaged/,
  },
};

describe('opening a file that is not a usable project', () => {
  for (const [name, { make, message }] of Object.entries(CASES)) {
    it(`refuses ${name} with a sentence and leaves it as it was`, () => {
      const dir = tempDir();
      const path = make(dir);
      if (path === null) return;
      const before = fingerprint(path);
      const besides = readdirSync(dir).sort();
      expect(refusal(() => ProjectStore.open(path)).message).toMatch(message);
      expect(fingerprint(path)).toBe(before);
      // Nothing appears next to it either: no -wal, -shm or -journal.
      expect(readdirSync(dir).sort()).toEqual(besides);
    });
  }
});
