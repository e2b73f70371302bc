import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../main/interchange/export-format';
import { runExport } from '../../../main/interchange/export-jobs/run-export';
import { bratFormat } from '../../../main/interchange/formats/brat/brat-export';
import { bundleFormat } from '../../../main/interchange/formats/bundle/bundle-export';
import { doccanoFormat } from '../../../main/interchange/formats/doccano/doccano-export';
import { labelStudioFormat } from '../../../main/interchange/formats/label-studio/label-studio-export';
import { w3cFormat } from '../../../main/interchange/formats/w3c/w3c-export';
import { importLayerFiles } from '../../../main/interchange/layers/import-layer-files';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import {
  createAnnotatedProject,
  labelNamed,
  MULTILINGUAL_RAW_TEXT,
  MULTILINGUAL_TITLE,
  SEED_TITLE,
} from '../interchange/support/annotated-fixture';
import { present } from '../support/present';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';
import { span } from '../support/text-span';

const tempDir = useTempDir();

/** The analyst's project: the colleague's two articles (pasted, not annotated) and one annotation of their own. */
function analystProject(dir: string) {
  const store = ProjectStore.create(join(dir, 'Analyst.awb'));
  const seed = store.createArticle(articleFromPaste({ title: SEED_TITLE, text: readSeedArticle() }));
  const multilingual = store.createArticle(
    articleFromPaste({ title: MULTILINGUAL_TITLE, text: MULTILINGUAL_RAW_TEXT }),
  );
  const seedText = store.getArticle(seed.id).text;
  store.createAnnotation({
    articleId: seed.id,
    labelId: labelNamed(store, 'entity', 'Person').id,
    fragments: [span(seedText, 'Lin Jian')],
  });
  return { store, seedId: seed.id, multilingualId: multilingual.id, seedText };
}

/** What a project shows that a layer import must leave alone. */
function ownState(store: ProjectStore) {
  return {
    articles: store.listArticles(),
    annotations: store.listArticles().flatMap((article) => store.listAnnotations(article.id)),
    entities: store.listEntities(),
  };
}

/** The colleague's annotated project exported in `format`; the paths to choose in the dialog. */
function colleagueExport(dir: string, format: ExportFormat) {
  const colleague = createAnnotatedProject(dir, 'Colleague.awb');
  const destination = join(dir, format.extension === null ? 'ana' : `ana.${format.extension}`);
  const report = runExport(
    colleague.store,
    { jobId: 'test', formatId: format.id, scope: { kind: 'project' }, destination },
    { onProgress: () => undefined, isCancelled: () => false },
  );
  expect(report.outcome).toBe('written');
  return { colleague, paths: [destination] };
}

/**
 * Annotations as the pieces of text they cover and where: doccano and Label Studio cannot carry a
 * discontinuous span, so their exports bring its pieces as spans of their own.
 */
function piecesOf(text: string, annotations: readonly { fragments: readonly { start: number; end: number }[] }[]) {
  return annotations
    .flatMap((a) => a.fragments.map(({ start, end }) => `${start}-${end} ${text.slice(start, end)}`))
    .sort();
}

describe.each([
  ['brat', bratFormat],
  ['W3C', w3cFormat],
  ['doccano', doccanoFormat],
  ['Label Studio', labelStudioFormat],
  ['bundle', bundleFormat],
])('a colleague’s %s export as a layer', (_name, format) => {
  it('matches both articles by text (emoji, CJK, RTL offsets intact) and leaves the project’s own work alone', () => {
    const dir = tempDir();
    const { colleague, paths } = colleagueExport(dir, format);
    const analyst = analystProject(dir);
    const before = ownState(analyst.store);

    const report = importLayerFiles(analyst.store, paths);
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    expect(report.unmatched).toEqual([]);
    const layer = present(report.layer);
    expect(layer.format).toBe(format.id);
    expect(layer.articleCount).toBe(2);
    expect(report.matched.map((m) => m.articleId).sort()).toEqual([analyst.seedId, analyst.multilingualId].sort());
    expect(ownState(analyst.store)).toEqual(before);
    expect(analyst.store.listLayers()).toEqual([layer]);

    const colleagueIds = colleague.store.listArticles().map((article) => article.id);
    for (const [index, articleId] of [analyst.seedId, analyst.multilingualId].entries()) {
      const title = analyst.store.getArticle(articleId).title;
      const colleagueArticle = present(colleague.store.listArticles().find((a) => a.title === title));
      const theirs = colleague.store.listAnnotations(colleagueArticle.id).filter((annotation) => !annotation.orphaned);
      const layered = analyst.store.layerAnnotations(articleId, [layer.id]);
      const text = analyst.store.getArticle(articleId).text;
      expect(text).toBe(colleague.store.getArticle(colleagueArticle.id).text);
      expect(piecesOf(text, layered), `article ${index + 1}`).toEqual(piecesOf(text, theirs));
      for (const annotation of layered) {
        expect(annotation.quote.split(' … ')).toEqual(
          annotation.fragments.map(({ start, end }) => text.slice(start, end)),
        );
      }
    }
    expect(colleagueIds).toHaveLength(2);
    // The seed claim's stance and claimant came along where the format carries them.
    const claim = analyst.store
      .layerAnnotations(analyst.seedId, [layer.id])
      .find((annotation) => annotation.claim !== undefined);
    if (format.id === 'bundle' || format.id === 'brat') {
      const stance = labelNamed(analyst.store, 'claim-attribute', 'stance').id;
      expect(present(claim?.claim).attributes[stance]).toBeDefined();
    }
    if (format.id === 'bundle') {
      expect(present(claim?.claim).claimantName).toBe('Xi Jinping');
      expect(analyst.store.layerAnnotations(analyst.seedId, [layer.id]).some((a) => a.entityName === 'Beijing')).toBe(
        true,
      );
    }
    colleague.store.close();
    analyst.store.close();
  });
});

/** windows-1252 bytes of text that has only Latin-1 letters and the typographic marks of 0x80–0x9F. */
function windows1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<number, number>();
  for (let byte = 0x80; byte < 0xa0; byte++) table.set(decoder.decode(new Uint8Array([byte])).charCodeAt(0), byte);
  return Uint8Array.from({ length: text.length }, (_, i) => {
    const code = text.charCodeAt(i);
    return table.get(code) ?? (code < 0x100 ? code : 0x3f);
  });
}

describe('a colleague’s brat files as a layer', () => {
  it('match the article when the text was saved as windows-1252 with CRLF line breaks', () => {
    const dir = tempDir();
    const analyst = analystProject(dir);
    const text = readSeedArticle().replace(/\n/g, '\r\n');
    const folder = join(dir, 'ana');
    mkdirSync(folder);
    writeFileSync(join(folder, 'seed.txt'), windows1252(text));
    const xi = span(text, 'Xi Jinping');
    const council = span(text, 'Sicherheitsrates der Russischen Föderation');
    const tass = span(text, 'TASS');
    writeFileSync(
      join(folder, 'seed.ann'),
      [
        `T1\tPerson ${xi.start} ${xi.end}\tXi Jinping`,
        `T2\tOrganisation ${council.start} ${council.end}\tSicherheitsrates der Russischen Föderation`,
        `T3\tNachrichtenagentur ${tass.start} ${tass.end}\tTASS`,
        '',
      ].join('\n'),
    );
    const report = importLayerFiles(analyst.store, [folder]);
    expect(report.problems).toEqual([]);
    expect(report.matched).toEqual([{ name: 'ana/seed.ann', articleId: analyst.seedId, annotations: 3 }]);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/seed\.txt” is not UTF-8; it was read as windows-1252/),
    );
    expect(report.labelsAdded).toEqual(['entity type “Nachrichtenagentur”']);
    expect(present(report.layer).name).toBe('ana');
    const layered = analyst.store.layerAnnotations(analyst.seedId, [present(report.layer).id]);
    const stored = analyst.seedText;
    expect(layered.map((a) => [a.quote, stored.slice(a.fragments[0]?.start, a.fragments[0]?.end)])).toEqual([
      ['Xi Jinping', 'Xi Jinping'],
      ['Sicherheitsrates der Russischen Föderation', 'Sicherheitsrates der Russischen Föderation'],
      ['TASS', 'TASS'],
    ]);
    expect(layered[0]?.fragments).toEqual([span(stored, 'Xi Jinping')]);
    analyst.store.close();
  });

  it('refuse the whole import with the place of a bad span, leaving the project unchanged', () => {
    const dir = tempDir();
    const analyst = analystProject(dir);
    const before = {
      ...ownState(analyst.store),
      labels: analyst.store.listLabels(),
      annotators: analyst.store.listAnnotators(),
    };
    const folder = join(dir, 'ana');
    mkdirSync(folder);
    writeFileSync(join(folder, 'seed.txt'), readSeedArticle());
    writeFileSync(join(folder, 'seed.ann'), 'T1\tNeuesLabel 0 3\tDer\nT2\tPerson 10 99999\tXi\n');
    const report = importLayerFiles(analyst.store, [folder]);
    expect(report.imported).toBe(false);
    expect(report.problems).toContainEqual({
      place: expect.stringMatching(/seed\.ann:2/),
      message: expect.any(String),
    });
    expect(analyst.store.listLayers()).toEqual([]);
    expect({
      ...ownState(analyst.store),
      labels: analyst.store.listLabels(),
      annotators: analyst.store.listAnnotators(),
    }).toEqual(before);
    analyst.store.close();
  });

  it('list documents the project does not have and leave them out', () => {
    const dir = tempDir();
    const analyst = analystProject(dir);
    const folder = join(dir, 'ana');
    mkdirSync(folder);
    writeFileSync(join(folder, 'seed.txt'), readSeedArticle());
    writeFileSync(join(folder, 'seed.ann'), 'T1\tPerson 26 36\tXi Jinping\n');
    writeFileSync(join(folder, 'other.txt'), 'Ein ganz anderer Text über Xi Jinping.');
    writeFileSync(join(folder, 'other.ann'), 'T1\tPerson 27 37\tXi Jinping\n');
    const report = importLayerFiles(analyst.store, [folder]);
    expect(report.problems).toEqual([]);
    expect(report.unmatched).toEqual(['ana/other.ann']);
    expect(report.matched.map((m) => m.name)).toEqual(['ana/seed.ann']);
    expect(present(report.layer).annotationCount).toBe(1);
    expect(readdirSync(folder)).toHaveLength(4);
    analyst.store.close();
  });
});

describe('the colleague a layer belongs to', () => {
  const ANA = { uid: '0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana Lima', email: 'ana@example.org' };

  it('is the W3C file’s creator, found again by the uid in its id, not the file name', () => {
    const dir = tempDir();
    const analyst = analystProject(dir);
    const known = analyst.store.registerColleague({ uid: ANA.uid, name: 'Ana L.' });
    const colleague = createAnnotatedProject(dir, 'Colleague.awb');
    colleague.store.useAnnotator(ANA);
    const seed = present(colleague.store.listArticles().find((article) => article.title === SEED_TITLE));
    const text = colleague.store.getArticle(seed.id).text;
    colleague.store.createAnnotation({
      articleId: seed.id,
      labelId: labelNamed(colleague.store, 'entity', 'Person').id,
      fragments: [span(text, 'Lin Jian')],
    });
    const destination = join(dir, `ana-export.${w3cFormat.extension ?? 'jsonld'}`);
    runExport(
      colleague.store,
      { jobId: 'test', formatId: w3cFormat.id, scope: { kind: 'project' }, destination },
      { onProgress: () => undefined, isCancelled: () => false },
    );

    const report = importLayerFiles(analyst.store, [destination]);
    expect(report.problems).toEqual([]);
    expect(report.layer?.annotatorId).toBe(known);
    // The layer is named as the file names its creator; the annotator found by uid keeps the project's name.
    expect(report.layer?.name).toBe('Ana Lima');
    expect(analyst.store.listAnnotators().find((annotator) => annotator.id === known)?.name).toBe('Ana L.');
    colleague.store.close();
    analyst.store.close();
  });

  it('is whoever completed the Label Studio tasks, with their name and e-mail', () => {
    const dir = tempDir();
    const analyst = analystProject(dir);
    const { colleague, paths } = colleagueExport(dir, labelStudioFormat);
    const [path = ''] = paths;
    const tasks = JSON.parse(readFileSync(path, 'utf8')) as { annotations: Record<string, unknown>[] }[];
    for (const task of tasks) {
      for (const annotation of task.annotations) {
        annotation.completed_by = { id: 7, email: 'bo@example.org', first_name: 'Bo', last_name: 'Chen' };
      }
    }
    writeFileSync(path, JSON.stringify(tasks));

    const report = importLayerFiles(analyst.store, paths);
    expect(report.problems).toEqual([]);
    expect(report.layer?.name).toBe('Bo Chen');
    const bo = present(analyst.store.listAnnotators().find((annotator) => annotator.id === report.layer?.annotatorId));
    expect(bo).toMatchObject({ name: 'Bo Chen', email: 'bo@example.org' });
    colleague.store.close();
    analyst.store.close();
  });
});
