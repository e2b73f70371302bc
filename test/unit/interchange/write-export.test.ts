import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { joinOutput } from '../../../main/interchange/export-content';
import { labelNamed } from './support/annotated-fixture';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExportSet } from '../../../main/interchange/export-set';
import { exportFormatById } from '../../../main/interchange/export-formats';
import { writeExportOutput } from '../../../main/interchange/write-export';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { seededRandom } from '../../bench/seeded-random';
import { runAndKill } from '../crash-safety/child-process';
import { bundleForNode } from '../support/bundle-for-node';
import { readSeedArticle } from '../support/seed-article';
import { refusal } from '../support/refusal';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('writing an export', () => {
  it('replaces an existing file whole and leaves no temporary file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old content that is longer than the new one');
    expect(writeExportOutput({ kind: 'file', content: '{"new":true}', dropped: [] }, path)).toEqual(['out.json']);
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('leaves an existing file alone when it may not be replaced', () => {
    const dir = tempDir();
    const path = join(dir, 'out.json');
    writeFileSync(path, 'mine');
    const error = refusal(() => writeExportOutput({ kind: 'file', content: '{}', dropped: [] }, path, false));
    expect(error.message).toBe('“out.json” already exists, so it was not replaced.');
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('writes a folder export into a new or empty folder, never into one that holds files', () => {
    const dir = tempDir();
    const files = [
      { path: 'a.txt', content: 'A' },
      { path: 'nested/b.txt', content: new Uint8Array([0x42]) },
    ];
    expect(writeExportOutput({ kind: 'folder', files, dropped: [] }, join(dir, 'new'))).toEqual([
      'new/a.txt',
      'new/nested/b.txt',
    ]);
    expect(readFileSync(join(dir, 'new', 'nested', 'b.txt'), 'utf8')).toBe('B');
    mkdirSync(join(dir, 'empty'));
    writeExportOutput({ kind: 'folder', files, dropped: [] }, join(dir, 'empty'));
    expect(readdirSync(join(dir, 'empty')).sort()).toEqual(['a.txt', 'nested']);

    mkdirSync(join(dir, 'busy'));
    writeFileSync(join(dir, 'busy', 'keep.txt'), 'mine');
    const error = refusal(() => writeExportOutput({ kind: 'folder', files, dropped: [] }, join(dir, 'busy')));
    expect(error.message).toMatch(/not empty/);
    expect(readdirSync(join(dir, 'busy'))).toEqual(['keep.txt']);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a file name that would leave the export folder, writing nothing', () => {
    const dir = tempDir();
    const files = [
      { path: 'fine.txt', content: 'x' },
      { path: '../escape.txt', content: 'x' },
    ];
    expect(refusal(() => writeExportOutput({ kind: 'folder', files, dropped: [] }, join(dir, 'out'))).code).toBe(
      'internal',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says where a file cannot be written, in words', () => {
    const dir = tempDir();
    const error = refusal(() =>
      writeExportOutput({ kind: 'file', content: 'x', dropped: [] }, join(dir, 'missing', 'out.json')),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/folder for “out.json” does not exist/);
  });
});

describe('killing an export', () => {
  let childFile = '';
  beforeAll(async () => {
    childFile = await bundleForNode(join(import.meta.dirname, 'support', 'export-child.ts'));
  });

  /** A project whose export takes a while to write: one long article with annotations throughout. */
  function bigProject(dir: string): string {
    const path = join(dir, 'Big.awb');
    const store = ProjectStore.create(path);
    const text = Array.from({ length: 400 }, () => readSeedArticle()).join('\n');
    const { id } = store.createArticle(articleFromPaste({ title: 'Long', text }));
    const person = labelNamed(store, 'entity', 'Person').id;
    const stored = store.getArticle(id).text;
    const fragments = [...stored.matchAll(/Xi Jinping/g)].map((match) => [
      { start: match.index, end: match.index + 10 },
    ]);
    store.createAnnotations(fragments.map((f) => ({ articleId: id, labelId: person, fragments: f })));
    store.close();
    return path;
  }

  it.each([
    ['bundle', 'out.awb.json'],
    ['brat', 'brat-folder'],
  ])(
    'a %s export killed at any moment leaves nothing or the complete export at the destination',
    async (formatId, name) => {
      const dir = tempDir();
      const project = bigProject(dir);
      const store = ProjectStore.openForReading(project);
      const reference = joinOutput(
        exportFormatById(formatId).export(readExportSet(store), { articleDone: () => undefined }),
      );
      store.close();
      const random = seededRandom(0xe4_90_27);
      for (let kill = 0; kill < 5; kill++) {
        const destination = join(dir, `${kill}-${name}`);
        await runAndKill(childFile, [project, formatId, destination], Math.floor(random() * 300));
        if (!existsSync(destination)) continue;
        if (reference.kind === 'file') {
          expect(readFileSync(destination, 'utf8')).toBe(reference.content);
        } else {
          for (const file of reference.files)
            expect(readFileSync(join(destination, file.path), 'utf8')).toBe(file.content);
        }
      }
    },
  );
});
