import { copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import { articleInput } from '../support/article-input';
import { refusal } from '../support/refusal';
import { makeFifo } from '../support/special-files';
import { useTempDir } from '../support/temp-dir';
import { integrityCheck } from '../crash-safety/integrity';

const tempDir = useTempDir();

function projectWith(path: string, titles: readonly string[]): ProjectStore {
  const store = ProjectStore.create(path);
  for (const title of titles) store.createArticle(articleInput(title, `${title}: Text über München.`));
  return store;
}

const titlesIn = (path: string): string[] => {
  const store = ProjectStore.open(path);
  try {
    return store.listArticles().map((article) => article.title);
  } finally {
    store.close();
  }
};

describe('Save project as… over an existing file', () => {
  it('gives an intact copy of the open project even where a crashed session left a write-ahead log', () => {
    const dir = tempDir();
    const target = join(dir, 'Old.awb');
    // A session that crashed leaves its -wal (and -shm) beside the file; copies taken while it ran stand in for them.
    const old = projectWith(target, ['Alt 1', 'Alt 2', 'Alt 3']);
    copyFileSync(`${target}-wal`, join(dir, 'saved-wal'));
    copyFileSync(`${target}-shm`, join(dir, 'saved-shm'));
    old.close();
    copyFileSync(join(dir, 'saved-wal'), `${target}-wal`);
    copyFileSync(join(dir, 'saved-shm'), `${target}-shm`);

    const current = projectWith(join(dir, 'Current.awb'), ['Neu']);
    current.copyTo(target);
    current.close();

    expect(titlesIn(target)).toEqual(['Neu']);
    expect(integrityCheck(target)).toEqual(['ok']);
  });

  it('refuses a project another window or program has open, and both sessions go on', () => {
    const dir = tempDir();
    const target = join(dir, 'Busy.awb');
    const other = projectWith(target, ['Offen']);
    const current = projectWith(join(dir, 'Current.awb'), ['Neu']);

    expect(refusal(() => current.copyTo(target)).message).toBe(
      '"Busy.awb" is open in another window or program, so it was not replaced. Close it there, or choose another name.',
    );
    other.createArticle(articleInput('Noch eins', 'Weiter geht es.'));
    expect(other.listArticles().map((article) => article.title)).toEqual(['Noch eins', 'Offen']);
    other.close();
    current.close();
    expect(titlesIn(target)).toEqual(['Noch eins', 'Offen']);
    expect(integrityCheck(target)).toEqual(['ok']);
  });

  it('refuses a folder or a named pipe at the chosen name and leaves it alone', () => {
    const dir = tempDir();
    const current = projectWith(join(dir, 'Current.awb'), ['Neu']);
    mkdirSync(join(dir, 'Folder.awb'));
    expect(refusal(() => current.copyTo(join(dir, 'Folder.awb'))).message).toBe(
      '"Folder.awb" is a folder, not a project file, so it was not replaced. Choose another name.',
    );
    expect(lstatSync(join(dir, 'Folder.awb')).isDirectory()).toBe(true);
    const fifo = makeFifo(join(dir, 'Pipe.awb'));
    if (fifo !== null) {
      expect(refusal(() => current.copyTo(fifo)).message).toMatch(/^"Pipe\.awb" is a named pipe, not a project file/);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    }
    expect(existsSync(join(dir, 'Folder.awb-wal'))).toBe(false);
    current.close();
  });
});
