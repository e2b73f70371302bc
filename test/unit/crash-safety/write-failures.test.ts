import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainStorageError } from '../../../main/store/sqlite-errors';
import { ProjectStore } from '../../../main/store/project-store';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { articleInput } from '../support/article-input';
import { refusal } from '../support/refusal';
import { useTempDir } from '../support/temp-dir';
import { integrityCheck } from './integrity';

const tempDir = useTempDir();
const runningAsRoot = process.getuid?.() === 0;
if (runningAsRoot) {
  console.log(
    'Read-only project file test skipped: running as root, which ignores file permissions; the injected read-only fault below covers the same error path.',
  );
}

/** The sentence explainStorageError gives for an SQLite result code, to compare with what the user sees. */
function sentenceFor(errcode: number, projectName: string): string {
  const explained = explainStorageError(Object.assign(new Error('sqlite'), { errcode }), projectName);
  if (!(explained instanceof WorkbenchError)) throw new Error(`errcode ${errcode} is not explained`);
  return explained.message;
}

/** Seeds a project with two committed articles and returns what must survive any later failure. */
function seeded(path: string): { store: ProjectStore; ids: number[] } {
  const store = ProjectStore.create(path);
  const ids = [
    store.createArticle(articleInput('Erste Meldung', 'Peking und Moskau, erster Absatz.')).id,
    store.createArticle(articleInput('Zweite Meldung', 'Köln – „Zitat“, zweiter Absatz.')).id,
  ];
  store.updateArticle(ids[0] ?? 0, { tags: ['geprüft'] });
  return { store, ids };
}

function expectSeedIntact(path: string, ids: readonly number[]): void {
  const store = ProjectStore.open(path);
  try {
    expect(integrityCheck(path)).toEqual(['ok']);
    expect(
      store
        .listArticles()
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Erste Meldung', 'Zweite Meldung']);
    expect(store.getArticle(ids[0] ?? 0).text).toBe('Peking und Moskau, erster Absatz.');
    expect(store.getArticle(ids[0] ?? 0).metadata.tags).toEqual(['geprüft']);
    expect(store.getArticle(ids[1] ?? 0).text).toBe('Köln – „Zitat“, zweiter Absatz.');
  } finally {
    store.close();
  }
}

describe('when the disk is full', () => {
  it('refuses the write with the disk-full sentence, keeps everything committed and reopens intact', () => {
    const path = join(tempDir(), 'voll.awb');
    const { store, ids } = seeded(path);
    // A real small file system needs mount rights the test runners lack; the injected fault pins
    // max_page_count, so SQLite hits the same SQLITE_FULL at the same place in the pager, mid-transaction.
    store.injectStorageFault('disk-full');

    const big = articleInput('Dritte Meldung', 'Sehr lang. '.repeat(50_000));
    const error = refusal(() => store.createArticle(big));
    expect(error.code).toBe('disk-full');
    expect(error.message).toBe(sentenceFor(13, 'voll'));
    // The failed transaction left nothing behind, and the connection is still usable for reading.
    expect(store.listArticles()).toHaveLength(2);
    expect(store.findDuplicate(big.original.bytes)).toBeUndefined();
    store.close();

    expectSeedIntact(path, ids);
  });

  it('refuses even a write that fits in the pages already there, and writes again once space is back', () => {
    const path = join(tempDir(), 'knapp.awb');
    const { store, ids } = seeded(path);
    store.injectStorageFault('disk-full');

    // A title fits in its page, so only the commit needs space: as when the WAL cannot grow.
    const error = refusal(() => store.updateArticle(ids[0] ?? 0, { title: 'Neu' }));
    expect(error.code).toBe('disk-full');
    expect(error.message).toBe(sentenceFor(13, 'knapp'));
    expect(store.getArticle(ids[0] ?? 0).title).toBe('Erste Meldung');

    store.injectStorageFault(null);
    expect(store.updateArticle(ids[1] ?? 0, { title: 'Zweite Meldung' }).title).toBe('Zweite Meldung');
    store.close();
    expectSeedIntact(path, ids);
  });
});

describe('when the project cannot be written', () => {
  // chmod 0444 is what a user does, but root (the CI runner) writes through permission bits, so
  // this genuine case only runs as an ordinary user.
  it.skipIf(runningAsRoot)(
    'a read-only project file opens, reads, and refuses writes with the read-only sentence',
    () => {
      const path = join(tempDir(), 'schreibgeschützt.awb');
      const { store, ids } = seeded(path);
      store.close();
      chmodSync(path, 0o444);

      const readOnly = ProjectStore.open(path);
      expect(readOnly.listArticles()).toHaveLength(2);
      const error = refusal(() => readOnly.updateArticle(ids[0] ?? 0, { title: 'Neu' }));
      expect(error.code).toBe('read-only');
      expect(error.message).toBe(sentenceFor(8, 'schreibgeschützt'));
      readOnly.close();
      chmodSync(path, 0o644);
      expectSeedIntact(path, ids);
    },
  );

  // As root no file is read-only to SQLite (and bind mounts or chattr +i need privileges the runner
  // may lack), so this injects the fault in the store's connection instead: query_only makes SQLite
  // answer every write with SQLITE_READONLY, through the same transaction and error mapping.
  it('maps SQLITE_READONLY on a write to the read-only sentence and leaves the project intact', () => {
    const path = join(tempDir(), 'gesperrt.awb');
    const { store, ids } = seeded(path);
    store.injectStorageFault('read-only');

    const error = refusal(() => store.updateArticle(ids[1] ?? 0, { title: 'Neu' }));
    expect(error.code).toBe('read-only');
    expect(error.message).toBe(sentenceFor(8, 'gesperrt'));
    expect(refusal(() => store.createArticle(articleInput('Dritte', 'Text'))).code).toBe('read-only');
    expect(store.getArticle(ids[1] ?? 0).title).toBe('Zweite Meldung');
    store.injectStorageFault(null);
    store.close();

    expectSeedIntact(path, ids);
  });
});
