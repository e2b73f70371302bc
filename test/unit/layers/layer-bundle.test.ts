import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle, readBundle } from '../../../main/interchange/formats/bundle/bundle-import';
import { FileToImport } from '../../../main/import-formats/file-to-import';
import { ProjectStore } from '../../../main/store/project-store';
import { createAnnotatedProject, labelNamed } from '../interchange/support/annotated-fixture';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';
import { exportBundleText, sha256 } from '../interchange/support/bundle-text';
import { span } from '../support/text-span';

const tempDir = useTempDir();

/** The annotated project with its analyst known and Ana's layer on the seed article (a claim with everything). */
function projectWithLayer(dir: string) {
  const project = createAnnotatedProject(dir);
  const { store, seedArticleId } = project;
  store.useAnnotator({ uid: '6a0e8d4c-6a43-4a4e-9a55-0f6f4f0e2b11', name: 'Maria', email: 'maria@example.org' });
  const text = store.getArticle(seedArticleId).text;
  const xi = present(store.listEntities().find((entity) => entity.name === 'Xi Jinping'));
  const claim = labelNamed(store, 'claim', 'Claim').id;
  const stance = labelNamed(store, 'claim-attribute', 'stance').id;
  const supports = present(store.listLabels().find((l) => l.parentId === stance)).id;
  const quote = (phrase: string) => text.slice(span(text, phrase).start, span(text, phrase).end);
  const layer = store.addLayer(
    {
      uid: 'layer-of-ana',
      format: 'w3c',
      fileNames: ['ana.jsonld'],
      colleague: { uid: '0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana', email: null },
    },
    [
      {
        articleId: seedArticleId,
        uid: 'a2',
        labelId: labelNamed(store, 'entity', 'Organisation').id,
        fragments: [span(text, 'Russischen Föderation')],
        quote: quote('Russischen Föderation'),
        entityName: 'Russische Föderation',
      },
      {
        articleId: seedArticleId,
        uid: 'a1',
        labelId: labelNamed(store, 'entity', 'Person').id,
        fragments: [span(text, 'Xi Jinping')],
        quote: quote('Xi Jinping'),
        entityId: xi.id,
        entityName: 'Xi Jinping',
        createdAt: '2025-02-27T09:00:00.000Z',
      },
      {
        articleId: seedArticleId,
        uid: 'a3',
        labelId: claim,
        fragments: [span(text, 'China und Russland freundliche Nachbarn')],
        quote: quote('China und Russland freundliche Nachbarn'),
        claim: {
          claimantName: 'Xi Jinping',
          claimantEntityId: xi.id,
          aboutNames: ['China'],
          aboutEntityIds: [],
          attributes: { [stance]: supports },
          date: '2025-02-28',
        },
        note: 'Indirekte Rede.',
      },
    ],
  );
  return { ...project, layer };
}

describe('the native bundle with colleagues’ layers', () => {
  it('round-trips layers, their annotations and the annotators byte for byte', async () => {
    const dir = tempDir();
    const { store, layer } = projectWithLayer(dir);
    const first = exportBundleText(store);
    const bundle = JSON.parse(first) as { annotators: { name: string }[]; layers: { annotations: unknown[] }[] };
    expect(bundle.annotators.map((annotator) => annotator.name)).toEqual(['Maria', 'Ana']);
    expect(bundle.layers[0]?.annotations).toHaveLength(3);

    const target = ProjectStore.create(join(dir, 'Empty.awb'));
    const report = await importBundle(target, readBundle(new FileToImport('project.awb.json', Buffer.from(first))));
    expect(report.problems).toEqual([]);
    const second = exportBundleText(target);
    expect(sha256(second)).toBe(sha256(first));

    const [imported] = target.listLayers();
    const comparable = ({ uid, name, format, fileNames, importedAt, articleCount, annotationCount }: typeof layer) => ({
      ...{ uid, name, format, fileNames, importedAt, articleCount, annotationCount },
    });
    expect(comparable(present(imported))).toEqual(comparable(layer));
    expect(target.listAnnotators().map(({ uid, name, email }) => ({ uid, name, email }))).toEqual(
      store.listAnnotators().map(({ uid, name, email }) => ({ uid, name, email })),
    );
    // Imported again, the layer is already there: kept once, and said so.
    const again = await importBundle(target, readBundle(new FileToImport('project.awb.json', Buffer.from(first))));
    expect(again.conflicts).toContainEqual('The layer “Ana” is already in the project; it was kept as it is.');
    expect(target.listLayers()).toHaveLength(1);
    store.close();
    target.close();
  });

  it('still imports a bundle written before layers, and refuses a layer annotation off its text', async () => {
    const dir = tempDir();
    const { store } = projectWithLayer(dir);
    const bundle = JSON.parse(exportBundleText(store)) as Record<string, unknown> & {
      layers: { annotations: { fragments: { start: number; end: number }[] }[] }[];
    };
    const old = Object.fromEntries(Object.entries(bundle).filter(([key]) => key !== 'annotators' && key !== 'layers'));
    const oldTarget = ProjectStore.create(join(dir, 'Old.awb'));
    const oldReport = await importBundle(
      oldTarget,
      readBundle(new FileToImport('old.awb.json', Buffer.from(JSON.stringify(old)))),
    );
    expect(oldReport.problems).toEqual([]);
    expect(oldTarget.listLayers()).toEqual([]);

    const fragment = present(bundle.layers[0]?.annotations[0]?.fragments[0]);
    fragment.end = 999_999;
    const badTarget = ProjectStore.create(join(dir, 'Bad.awb'));
    const refused = await importBundle(
      badTarget,
      readBundle(new FileToImport('bad.awb.json', Buffer.from(JSON.stringify(bundle)))),
    );
    expect(refused.imported).toBe(false);
    expect(refused.problems).toContainEqual({
      place: 'bad.awb.json › layer-1 › a1',
      message: expect.stringMatching(/^Its position is wrong: .* is outside the text/),
    });
    expect(badTarget.listArticles()).toEqual([]);
    store.close();
    oldTarget.close();
    badTarget.close();
  });
});
