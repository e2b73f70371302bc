import { join } from 'node:path';
import { joinContent } from '../../../main/interchange/export-content';
import { describe, expect, it } from 'vitest';
import { readExportSet } from '../../../main/interchange/export-set';
import { bundleFormat } from '../../../main/interchange/formats/bundle/bundle-export';
import { importBundle, readBundle } from '../../../main/interchange/formats/bundle/bundle-import';
import { FileToImport } from '../../../main/import-formats/file-to-import';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject, describeArticles, labelNamed } from './support/annotated-fixture';
import { present } from '../support/present';

const noProgress = { articleDone: () => undefined };

function exportBundle(store: ProjectStore): string {
  const output = bundleFormat.export(readExportSet(store), noProgress);
  if (output.kind !== 'file') throw new Error('the bundle is one file');
  return joinContent(output.content) as string;
}

describe('native bundle', () => {
  const tempDir = useTempDir();

  it('round-trips: export, import into an empty project, export again gives the same bytes', async () => {
    const dir = tempDir();
    const { store } = createAnnotatedProject(dir);
    const first = exportBundle(store);
    const target = ProjectStore.create(join(dir, 'Empty.awb'));
    const report = await importBundle(target, readBundle(new FileToImport('project.awb.json', Buffer.from(first))));
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    const second = exportBundle(target);
    expect(second).toBe(first);
    const ids = (project: ProjectStore) => project.listArticles().map((article) => article.id);
    expect(describeArticles(target, ids(target))).toEqual(describeArticles(store, ids(store)));
    store.close();
    target.close();
  });
});

describe('native bundle merge and checks', () => {
  const tempDir = useTempDir();

  function bundleOf(store: ProjectStore): Record<string, unknown> & {
    articles: { title: string; text: string; annotations: { fragments: { start: number; end: number }[] }[] }[];
    entities: { name: string; type: string }[];
    labels: { id: string; name: string }[];
  } {
    return JSON.parse(exportBundle(store)) as never;
  }

  it('merges into a project that has some of it: entities matched, duplicates and clashes reported', async () => {
    const dir = tempDir();
    const { store, seedArticleId } = createAnnotatedProject(dir);
    const bundle = exportBundle(store);
    // The target already has the seed article (same original), Xi Jinping (same Wikidata id) and a
    // "China" that is an organisation, not a place.
    const target = ProjectStore.create(join(dir, 'Target.awb'));
    const person = labelNamed(target, 'entity', 'Person').id;
    const organisation = labelNamed(target, 'entity', 'Organisation').id;
    const original = store.getOriginal(seedArticleId);
    target.createArticle({
      title: 'Already here',
      text: store.getArticle(seedArticleId).text,
      blocks: [],
      links: [],
      metadata: { source: null, url: null, author: null, publishedAt: null, language: null },
      original: { bytes: original.bytes, name: null, type: 'text/plain', encoding: null },
    });
    const xi = target.createEntity({
      typeLabelId: person,
      name: '习近平',
      externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
    });
    target.createEntity({ typeLabelId: organisation, name: 'China' });

    const report = await importBundle(target, readBundle(new FileToImport('b.awb.json', Buffer.from(bundle))));
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    expect(report.articles.map((a) => a.title)).toEqual([expect.stringMatching(/multilingual/)]);
    expect(report.conflicts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/“Xi trifft Schoigu” is already in the project as “Already here”/),
        expect.stringMatching(/“China” is of type Location in the file but Organisation in the project/),
      ]),
    );
    expect(report.labelsAdded).toEqual(['document label “Politics”', 'document label “Reviewed”']);
    expect(report.entitiesReused).toBe(1);
    expect(target.listEntities().filter((e) => e.id === xi.id)).toHaveLength(1);
    expect(target.listEntities().filter((e) => e.name === 'China')).toHaveLength(2);
    store.close();
    target.close();
  });

  it('carries an orphaned annotation with its old anchor and quote', async () => {
    const dir = tempDir();
    const { store } = createAnnotatedProject(dir);
    const bundle = bundleOf(store);
    const article = present(bundle.articles[0]);
    const orphan = article.annotations[0] as Record<string, unknown>;
    orphan.orphaned = true;
    orphan.fragments = [{ start: 100_000, end: 100_005 }];
    orphan.quote = { exact: 'Gone!', prefix: 'was ', suffix: ' here' };
    const target = ProjectStore.create(join(dir, 'Target.awb'));
    const report = await importBundle(
      target,
      readBundle(new FileToImport('orphan.awb.json', Buffer.from(JSON.stringify(bundle)))),
    );
    expect(report.problems).toEqual([]);
    const imported = target.listAnnotations(present(report.articles[0]).articleId).find((a) => a.orphaned);
    expect(imported).toMatchObject({
      orphaned: true,
      fragments: [{ start: 100_000, end: 100_005 }],
      quote: { exact: 'Gone!' },
    });
    store.close();
    target.close();
  });

  it('reports offsets that do not fit the text, each with its place, and imports nothing', async () => {
    const dir = tempDir();
    const { store } = createAnnotatedProject(dir);
    const bundle = bundleOf(store);
    const [first, second] = present(bundle.articles[0]).annotations as {
      fragments: unknown;
      quote: { exact: string };
    }[];
    present(first).fragments = [{ start: 7, end: 9_999_999 }];
    present(second).quote.exact = 'X'.repeat(present(second).quote.exact.length);
    const target = ProjectStore.create(join(dir, 'Target.awb'));
    const labelsBefore = target.listLabels().length;
    const report = await importBundle(
      target,
      readBundle(new FileToImport('bad.awb.json', Buffer.from(JSON.stringify(bundle)))),
    );
    expect(report.imported).toBe(false);
    expect(report.problems).toEqual([
      {
        place: expect.stringMatching(/^bad\.awb\.json › article-1 “.*” › annotation-1$/),
        message: expect.stringMatching(/quote is not as long|outside the text/),
      },
      {
        place: expect.stringMatching(/annotation-2$/),
        message: expect.stringMatching(/^It quotes “X+” but the text there is/),
      },
    ]);
    expect(target.listArticles()).toEqual([]);
    expect(target.listLabels()).toHaveLength(labelsBefore);
    store.close();
    target.close();
  });

  it('refuses files that are not bundles, newer bundles and broken JSON with one clear sentence', async () => {
    const target = ProjectStore.create(join(tempDir(), 'Target.awb'));
    const refused = async (content: string) =>
      (await importBundle(target, readBundle(new FileToImport('x.json', Buffer.from(content))))).problems[0]?.message;
    expect(await refused('{"format":"annotation-workbench-bundle","version":2}')).toMatch(/newer version/);
    expect(await refused('{"format":"something-else"}')).toMatch(/not an Annotation Workbench bundle/);
    expect(await refused('{"format":')).toMatch(/not valid UTF-8 JSON/);
    expect(
      await refused('{"format":"annotation-workbench-bundle","version":1,"offsetUnit":"utf16-code-units"}'),
    ).toBeDefined();
    expect(target.listArticles()).toEqual([]);
    target.close();
  });
});
