import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';
import { awb } from './support/run-awb';

const tempDir = useTempDir();

describe('awb command line', () => {
  it('creates a project, imports a folder, lists and shows articles', async () => {
    const dir = tempDir();
    const project = join(dir, 'cli.awb');
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'seed.txt'), readSeedArticle());
    writeFileSync(
      join(articles, 'page.html'),
      '<html lang="de"><head><title>Lawrow in Teheran</title><meta property="og:site_name" content="Beispiel">' +
        '</head><body><article><h1>Lawrow in Teheran</h1><p>Iran wird sich im Atomstreit nicht beugen.</p></article></body></html>',
    );

    expect(await awb('create', project)).toMatchObject({ status: 0 });
    const imported = await awb('import', project, articles);
    expect(imported.status).toBe(0);
    expect(imported.out).toMatch(/2 imported, 0 duplicates, 0 failed/);

    const list = await awb('list', project, '--json');
    const summaries = JSON.parse(list.out) as { id: number; title: string; metadata: { language: string } }[];
    expect(summaries.map((a) => a.title).sort()).toEqual([
      expect.stringMatching(/^Der chinesische Präsident Xi Jinping/),
      'Lawrow in Teheran',
    ]);
    expect(summaries.find((a) => a.title === 'Lawrow in Teheran')?.metadata.language).toBe('de');

    const seedId = summaries.find((a) => a.title.startsWith('Der chinesische'))?.id;
    const shown = await awb('show', project, String(seedId));
    expect(shown.out).toBe(readSeedArticle().trim());

    const search = await awb('search', project, 'atomstreit');
    expect(search.out).toMatch(/Lawrow in Teheran/);
  });

  it('exits 1 and explains each failure when a file cannot be imported', async () => {
    const dir = tempDir();
    const project = join(dir, 'p.awb');
    await awb('create', project);
    writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 0, 0, 1, 2, 3, 0]));
    writeFileSync(join(dir, 'ok.txt'), 'Eine Meldung');
    const result = await awb('import', project, join(dir, 'junk.txt'), join(dir, 'ok.txt'));
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/FAILED {5}junk\.txt: .*junk\.txt/);
    expect(result.out).toMatch(/1 imported, 0 duplicates, 1 failed/);
  });

  it('reports a file or folder that does not exist as a failed file and imports the rest', async () => {
    const dir = tempDir();
    const project = join(dir, 'p.awb');
    await awb('create', project);
    writeFileSync(join(dir, 'ok.txt'), 'Eine Meldung');
    const missing = join(dir, 'missing.txt');
    const underFile = join(dir, 'ok.txt', 'inner.txt');
    const result = await awb('import', project, missing, join(dir, 'ok.txt'), join(dir, 'no-folder'), underFile);
    expect(result.status).toBe(1);
    expect(result.err).toBe(`[1/1] ok.txt`);
    expect(result.out).toContain(`FAILED     ${missing}: “${missing}” does not exist.`);
    expect(result.out).toContain(`FAILED     ${join(dir, 'no-folder')}: “${join(dir, 'no-folder')}” does not exist.`);
    expect(result.out).toContain(
      `FAILED     ${underFile}: “${underFile}” does not exist (a part of its path is a file, not a folder).`,
    );
    expect(result.out).toMatch(/1 imported, 0 duplicates, 3 failed/);
  });

  it('imports no annotations when one of the annotation files does not exist', async () => {
    const dir = tempDir();
    const project = join(dir, 'p.awb');
    await awb('create', project);
    writeFileSync(join(dir, 'news.txt'), 'Xi Jinping traf Schoigu.');
    const result = await awb('import', project, join(dir, 'news.ann'), join(dir, 'news.txt'));
    expect(result.status).toBe(1);
    expect(result.out).toContain(`PROBLEM    ${join(dir, 'news.ann')}: “${join(dir, 'news.ann')}” does not exist.`);
    expect(result.out).toMatch(/Nothing was imported: 1 problem\./);
    expect(JSON.parse((await awb('list', project, '--json')).out)).toEqual([]);
  });

  it('prints usage for --help and exits 2 on wrong usage', async () => {
    expect(await awb('--help')).toMatchObject({ status: 0, err: '' });
    expect((await awb('--help')).out).toMatch(/awb import <project.awb> <file\|folder>/);
    const bare = await awb();
    expect(bare).toMatchObject({ status: 2, out: '' });
    expect(bare.err).toMatch(/awb import <project.awb> <file\|folder>/);
    expect((await awb('frobnicate')).status).toBe(2);
    expect((await awb('list')).status).toBe(2);
    expect((await awb('list', 'x.awb', '--bogus')).status).toBe(2);
    const missing = await awb('list', join(tempDir(), 'missing.awb'));
    expect(missing).toMatchObject({ status: 1 });
    expect(missing.err).toMatch(/does not exist/);
  });
});
