import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotatedProject } from '../interchange/support/annotated-fixture';
import { standardsPath } from '../interchange/support/standards';
import { useTempDir } from '../support/temp-dir';
import { awb } from './support/run-awb';

const tempDir = useTempDir();

/** The annotated fixture as a closed project file, as the command line finds it on disk. */
function annotatedProjectFile(dir: string): { path: string; seedArticleId: number } {
  const { store, path, seedArticleId } = createAnnotatedProject(dir);
  store.close();
  return { path, seedArticleId };
}

describe('awb export and annotation import', () => {
  it('exports a whole project to a file and selected articles to a new folder', async () => {
    const dir = tempDir();
    const { path, seedArticleId } = annotatedProjectFile(dir);
    const bundle = await awb('export', '--format', 'bundle', path, join(dir, 'all.awb.json'));
    expect(bundle.status).toBe(0);
    expect(bundle.out).toMatch(/exported {3}2 articles, \d+ annotations as Annotation Workbench bundle/);
    expect(JSON.parse(readFileSync(join(dir, 'all.awb.json'), 'utf8'))).toMatchObject({ version: 1 });

    const csv = await awb(
      'export',
      '--format',
      'csv',
      '--articles',
      String(seedArticleId),
      '--no-bom',
      path,
      join(dir, 'tables'),
    );
    expect(csv.status).toBe(0);
    expect(readdirSync(join(dir, 'tables')).sort()).toEqual(['annotations.csv', 'claims.csv']);
    expect(readFileSync(join(dir, 'tables', 'annotations.csv'), 'utf8')).toMatch(/^article_id,/);
  });

  it('fails with status 1 and a sentence when the export cannot be written, 2 for wrong usage', async () => {
    const dir = tempDir();
    const { path } = annotatedProjectFile(dir);
    writeFileSync(join(dir, 'occupied'), 'a file, not a folder');
    const failed = await awb('export', '--format', 'brat', path, join(dir, 'occupied'));
    expect(failed.status).toBe(1);
    expect(failed.out).toMatch(/FAILED {5}“occupied” is a file, not a folder/);
    const unknownFormat = await awb('export', '--format', 'nope', path, join(dir, 'x'));
    expect(unknownFormat.status).toBe(2);
    expect(unknownFormat.err).toMatch(/There is no export format “nope”. Choose one of: bundle, csv/);
    expect((await awb('export', '--format', 'csv', '--articles', '1,two', path, join(dir, 'x'))).status).toBe(2);
    expect((await awb('export', path, join(dir, 'x'))).err).toMatch(/Missing the format/);
  });

  it('refuses to replace an existing file unless --force, and writes files as the umask allows', async () => {
    const dir = tempDir();
    const { path } = annotatedProjectFile(dir);
    const target = join(dir, 'all.awb.json');
    writeFileSync(target, 'my notes');
    const refused = await awb('export', '--format', 'bundle', path, target);
    expect(refused.status).toBe(1);
    expect(refused.err).toBe(`awb: “${target}” already exists. Add --force to replace it.`);
    expect(readFileSync(target, 'utf8')).toBe('my notes');
    expect(readdirSync(dir).sort()).toEqual([basename(path), 'all.awb.json'].sort());

    expect((await awb('export', '--format', 'bundle', '--force', path, target)).status).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ version: 1 });

    // Any other program's new file in that folder shows what the user's umask allows.
    const usual = statSync(target).mode & 0o777;
    writeFileSync(join(dir, 'reference'), '');
    expect(usual).toBe(statSync(join(dir, 'reference')).mode & 0o777);
    expect((await awb('export', '--format', 'html-report', path, join(dir, 'report.html'))).status).toBe(0);
    expect(statSync(join(dir, 'report.html')).mode & 0o777).toBe(usual);
    expect((await awb('export', '--format', 'brat', path, join(dir, 'brat'))).status).toBe(0);
    for (const file of readdirSync(join(dir, 'brat')))
      expect(statSync(join(dir, 'brat', file)).mode & 0o777).toBe(usual);
  });

  it('imports annotation files with their texts and reports; a bad file gives status 1 and imports nothing', async () => {
    const dir = tempDir();
    const project = join(dir, 'cli.awb');
    await awb('create', project);
    const folder = standardsPath('brat-standoff', 'dkpro-discontinuous');
    const good = await awb('import', project, join(folder, 'document0d.ann'), join(folder, 'document0d.txt'));
    expect(good.status).toBe(0);
    expect(good.out).toMatch(/imported {3}document0d\.ann {2}→ {2}#1 document0d \(4 annotations, 0 relations\)/);
    expect(good.out).toMatch(/added {6}entity type “Token”/);

    writeFileSync(join(dir, 'bad.txt'), 'Xi Jinping traf Schoigu.');
    writeFileSync(
      join(dir, 'bad.ann'),
      'T1\tPerson 0 10\tXi Jinping\nT2\tPerson 16 99\tSchoigu\nT3\tPerson 16 23\tShoigu\n',
    );
    const bad = await awb('import', project, join(dir, 'bad.ann'), join(dir, 'bad.txt'));
    expect(bad.status).toBe(1);
    expect(bad.out).toMatch(/PROBLEM {4}bad\.ann:2: The span 16–99 cannot be placed/);
    expect(bad.out).toMatch(
      /PROBLEM {4}bad\.ann:3: The file says the span covers “Shoigu”, but the text there is “Schoigu”/,
    );
    expect(bad.out).toMatch(/Nothing was imported: 2 problems\./);
    const list = await awb('list', project, '--json');
    expect(JSON.parse(list.out)).toHaveLength(1);
  });

  it('prints what an annotation import left out and the labels it matched to other spellings', async () => {
    const dir = tempDir();
    const project = join(dir, 'cli.awb');
    await awb('create', project);
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'README'), 'A corpus.');
    writeFileSync(join(corpus, 'news.txt'), 'Xi Jinping traf Schoigu.');
    writeFileSync(join(corpus, 'news.ann'), 'T1\tPERSON 0 10\tXi Jinping\n');
    const imported = await awb('import', project, corpus);
    expect(imported.status).toBe(0);
    expect(imported.out).toMatch(/matched {4}“PERSON” → entity type “Person”/);
    expect(imported.out).toMatch(/skipped {4}corpus\/README: This is not an annotation file .* It was skipped\./);
  });
});
