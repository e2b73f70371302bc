import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { joinContent } from '../../../main/interchange/export-content';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFormatById } from '../../../main/interchange/export-formats';
import { readExportSet } from '../../../main/interchange/export-set';
import { BUNDLE_LIMITS } from '../../../main/interchange/formats/bundle/bundle-schema';
import { importAnnotationFiles } from '../../../main/interchange/import/import-annotation-files';
import { IMPORT_LIMITS } from '../../../main/library/import/import-limits';
import type { ProjectStore } from '../../../main/store/project-store';
import type { AnnotationImportReport } from '../../../shared/model/interchange';
import { seededRandom } from '../../bench/seeded-random';
import { createAnnotatedProject } from '../interchange/support/annotated-fixture';
import { useTempDir } from '../support/temp-dir';

/*
 * Annotation files an analyst may be sent by an adversary. Each one is either refused with a
 * problem that names the file (and line or example where there is one) and leaves the project
 * exactly as it was, or imported safely; the importer never throws and never hangs.
 */

const tempDir = useTempDir();
type Files = Record<string, string | Uint8Array>;

/** Everything an import could change, read through the store's public API. */
function dump(store: ProjectStore): unknown {
  return {
    labels: store.listLabels(),
    entities: store.listEntities(),
    trash: store.listTrash(),
    articles: store.listArticles().map(({ id }) => ({
      article: store.getArticle(id),
      annotations: store.listAnnotations(id),
      relations: store.listRelations(id),
      documentLabels: store.documentLabels(id),
      notes: store.listNotes({ kind: 'article', articleId: id }),
    })),
  };
}

async function withProject(run: (store: ProjectStore, dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  const { store } = createAnnotatedProject(dir);
  try {
    await run(store, dir);
  } finally {
    store.close();
  }
}

function write(dir: string, files: Files): string[] {
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}

/** Imports the files and expects a refusal naming `place`, with the project untouched. */
async function expectRefused(files: Files, place: RegExp, message?: RegExp): Promise<AnnotationImportReport> {
  let report: AnnotationImportReport | undefined;
  await withProject(async (store, dir) => {
    const before = dump(store);
    report = await importAnnotationFiles(store, write(dir, files));
    expect(report.imported).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.place)).toContainEqual(expect.stringMatching(place));
    if (message !== undefined) {
      expect(report.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
    }
    expect(dump(store)).toEqual(before);
  });
  return report as AnnotationImportReport;
}

/** Imports the files and expects them in, returning the report and what the store holds then. */
async function expectImported(
  files: Files,
  check: (report: AnnotationImportReport, store: ProjectStore) => void,
): Promise<void> {
  await withProject(async (store, dir) => {
    const report = await importAnnotationFiles(store, write(dir, files));
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    check(report, store);
  });
}

function junk(seed: number, length = 4096): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** A real bundle of the fixture project, as JSON to tamper with. */
function bundleJson(): Record<string, unknown> {
  const dir = tempDir();
  const { store } = createAnnotatedProject(dir);
  const output = exportFormatById('bundle').export(readExportSet(store), { articleDone: () => undefined });
  // The bundle reads the originals as it is made, so it is joined before the project closes.
  const text = String(output.kind === 'file' ? joinContent(output.content) : '');
  store.close();
  return JSON.parse(text) as Record<string, unknown>;
}

const TEXT = 'Xi Jinping met Sergei Shoigu in Beijing.\nThe talks went on for two days.\n';

describe('hostile annotation files', () => {
  it.each([
    ['bundle', { 'junk.awb.json': junk(1) }, /^junk\.awb\.json$/],
    ['W3C', { 'junk.jsonld': junk(2) }, /^junk\.jsonld$/],
    ['doccano', { 'junk.jsonl': junk(3) }, /^junk\.jsonl$/],
    ['Label Studio', { 'junk.json': junk(4) }, /^junk\.json$/],
    ['brat', { 'junk.ann': junk(5), 'junk.txt': TEXT }, /^junk\.ann$/],
    ['ZIP', { 'junk.zip': junk(6) }, /^junk\.zip$/],
  ])('refuses binary junk named as %s', async (_format, files, place) => {
    await expectRefused(files, place);
  });

  it('refuses a truncated bundle and a truncated W3C file', async () => {
    const bundle = JSON.stringify(bundleJson());
    await expectRefused({ 'cut.awb.json': bundle.slice(0, bundle.length / 2) }, /^cut\.awb\.json$/);
    await expectRefused(
      { 'cut.jsonld': '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "fir' },
      /^cut\.jsonld$/,
    );
  });

  it('survives JSON nested 100,000 levels deep in every JSON format', async () => {
    const deep = (open: string, close: string) => `${open.repeat(100_000)}1${close.repeat(100_000)}`;
    await expectRefused({ 'deep.json': deep('[', ']') }, /^deep\.json$/);
    await expectRefused({ 'deep.jsonl': `{"text": "a", "label": ${deep('[', ']')}}` }, /^deep\.jsonl/);
    await expectRefused(
      {
        'deep.jsonld': `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": ${deep('{"a":', '}')}}`,
      },
      /^deep\.jsonld/,
    );
    await expectRefused(
      { 'deep.json': `[{"data": {"text": "a"}, "annotations": [{"result": ${deep('[', ']')}}]}]` },
      /^deep\.json/,
    );
  });

  it('refuses a file one byte over the size limit without reading it', async () => {
    await withProject(async (store, dir) => {
      const path = join(dir, 'huge.awb.json');
      // A sparse file: the limit is checked from its size, so the test never holds 512 MB in memory.
      const fd = openSync(path, 'w');
      ftruncateSync(fd, BUNDLE_LIMITS.maxFileBytes + 1);
      closeSync(fd);
      const before = dump(store);
      const report = await importAnnotationFiles(store, [path]);
      expect(report.problems).toEqual([
        { place: 'huge.awb.json', message: expect.stringMatching(/annotation files of up to 512 MB/) as unknown },
      ]);
      expect(dump(store)).toEqual(before);
    });
  });

  it('refuses brat offsets beyond the text, backwards spans and spans whose text differs', async () => {
    await expectRefused({ 'far.ann': 'T1\tPerson 0 99999\tXi', 'far.txt': TEXT }, /^far\.ann/);
    await expectRefused({ 'back.ann': 'T1\tPerson 10 2\tXi', 'back.txt': TEXT }, /^back\.ann/);
    await expectRefused({ 'neg.ann': 'T1\tPerson -3 2\tXi', 'neg.txt': TEXT }, /^neg\.ann:1$/);
    await expectRefused({ 'other.ann': 'T1\tPerson 0 10\tVladimir P', 'other.txt': TEXT }, /^other\.ann/);
  });

  it('refuses negative and backwards doccano offsets, naming the line', async () => {
    await expectRefused(
      {
        'neg.jsonl': `${JSON.stringify({ text: TEXT, label: [[0, 10, 'Person']] })}\n${JSON.stringify({ text: TEXT, label: [[-4, 2, 'Person']] })}`,
      },
      /^neg\.jsonl:2/,
    );
    await expectRefused({ 'back.jsonl': JSON.stringify({ text: TEXT, label: [[10, 2, 'Person']] }) }, /^back\.jsonl:1/);
  });

  it('refuses a bundle annotation that ends in the middle of a surrogate pair', async () => {
    const bundle = bundleJson();
    const articles = bundle.articles as {
      text: string;
      annotations: { fragments: { start: number; end: number }[] }[];
    }[];
    const article = articles.find((a) => /\p{Extended_Pictographic}/u.test(a.text));
    const emoji = article?.text.search(/\p{Extended_Pictographic}/u) ?? -1;
    const annotation = article?.annotations[0];
    if (annotation === undefined || emoji < 0) throw new Error('the fixture has an annotated article with emoji');
    annotation.fragments = [{ start: emoji - 3, end: emoji + 1 }];
    await expectRefused({ 'split.awb.json': JSON.stringify(bundle) }, /^split\.awb\.json/);
  });

  it('refuses Label Studio regions outside the text', async () => {
    const task = {
      data: { text: TEXT },
      annotations: [
        {
          result: [
            {
              id: 'r1',
              from_name: 'label',
              to_name: 'text',
              type: 'labels',
              value: { start: 5, end: 500, labels: ['Person'] },
            },
          ],
        },
      ],
    };
    await expectRefused({ 'far.json': JSON.stringify([task]) }, /^far\.json/);
  });

  it.each([
    ['a bidi override', 'Per\u202Enos'],
    ['a bell', 'Bell\u0007'],
    ['a NUL', 'Null\u0000'],
  ])('refuses a new label whose name holds %s, in doccano, brat and a bundle', async (_what, name) => {
    await expectRefused({ 'evil.jsonl': JSON.stringify({ text: TEXT, label: [[0, 10, name]] }) }, /^evil\.jsonl:1/);
    if (!/\s/u.test(name))
      await expectRefused({ 'evil.ann': `T1\t${name} 0 10\tXi Jinping`, 'evil.txt': TEXT }, /^evil\.ann:1$/);
    const bundle = bundleJson();
    const [label] = bundle.labels as { name: string }[];
    if (label !== undefined) label.name = name;
    await expectRefused({ 'evil.awb.json': JSON.stringify(bundle) }, /^evil\.awb\.json/);
  });

  it('does not let __proto__ or constructor keys pollute objects', async () => {
    const line =
      '{"text": "Xi Jinping met Shoigu.", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "label": [[0, 10, "__proto__"]]}';
    await withProject(async (store, dir) => {
      await importAnnotationFiles(store, write(dir, { 'proto.jsonl': line }));
      const bundle = bundleJson();
      const withProto = JSON.stringify(bundle).replace('{"format"', '{"__proto__": {"polluted": true}, "format"');
      const report = await importAnnotationFiles(store, write(dir, { 'proto.awb.json': withProto }));
      expect(report.imported).toBe(false);
      expect(report.problems.map((p) => p.place)).toContainEqual(expect.stringMatching(/^proto\.awb\.json/));
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses ZIP entries named with ../ or an absolute path', async () => {
    const zip = zipSync({
      'a.ann': strToU8('T1\tPerson 0 10\tXi Jinping'),
      'a.txt': strToU8(TEXT),
      '../up.ann': strToU8(''),
      '/abs/x.ann': strToU8(''),
    });
    await expectRefused({ 'evil.zip': zip }, /^evil\.zip\/\.\.\/up\.ann$/, /outside the archive/);
  });

  it('refuses a ZIP bomb before it fills memory', async () => {
    const zeros = new Uint8Array(IMPORT_LIMITS.zipRatioGraceBytes * 4);
    const zip = zipSync({ 'bomb.ann': zeros, 'bomb.txt': strToU8(TEXT) }, { level: 9 });
    expect(zeros.length / zip.length).toBeGreaterThan(IMPORT_LIMITS.maxZipCompressionRatio);
    await expectRefused({ 'bomb.zip': zip }, /^bomb\.zip$/, /zip bomb/);
  });

  it('refuses a brat id used twice, naming the second line', async () => {
    await expectRefused(
      { 'twice.ann': 'T1\tPerson 0 10\tXi Jinping\nT1\tPerson 15 28\tSergei Shoigu\n', 'twice.txt': TEXT },
      /^twice\.ann:2$/,
      /T1/,
    );
  });

  it('refuses brat relations and attributes that point at missing spans', async () => {
    await expectRefused(
      { 'rel.ann': 'T1\tPerson 0 10\tXi Jinping\nR1\tMeets Arg1:T1 Arg2:T9\n', 'rel.txt': TEXT },
      /^rel\.ann/,
    );
    await expectRefused(
      { 'attr.ann': 'T1\tPerson 0 10\tXi Jinping\nA1\tNegation T7\n', 'attr.txt': TEXT },
      /^attr\.ann:2$/,
    );
  });

  it('refuses invalid UTF-8 in an .ann file and NUL bytes in the text it points at', async () => {
    const bad = Uint8Array.from([...strToU8('T1\tPerson 0 10\t'), 0xc3, 0x28, 0xff, 0x0a]);
    await expectRefused({ 'bad.ann': bad, 'bad.txt': TEXT }, /^bad\.ann$/, /not UTF-8/);
    await expectRefused({ 'nul.ann': 'T1\tPerson\u00000 10\tXi Jinping\n', 'nul.txt': TEXT }, /^nul\.ann:1$/);
  });

  it('imports a CRLF .ann with its LF .txt at the right offsets', async () => {
    const ann =
      'T1\tPerson 0 10\tXi Jinping\r\nT2\tPerson 15 28\tSergei Shoigu\r\n#1\tAnnotatorNotes T2\tDefence minister\r\n';
    await expectImported({ 'crlf.ann': ann, 'crlf.txt': TEXT }, (report, store) => {
      const [article] = report.articles;
      expect(article?.annotations).toBe(2);
      const quotes = store.listAnnotations(article?.articleId ?? 0).map((a) => a.quote.exact);
      expect(quotes.sort()).toEqual(['Sergei Shoigu', 'Xi Jinping']);
    });
  });

  it('refuses more labels than a bundle may hold', async () => {
    const bundle = bundleJson();
    const labels = bundle.labels as Record<string, unknown>[];
    const template = labels[0] ?? {};
    bundle.labels = Array.from({ length: BUNDLE_LIMITS.labels + 1 }, (_, i) => ({
      ...template,
      id: `label-${i + 1}`,
      name: `L${i}`,
      hotkey: null,
      parent: null,
    }));
    await expectRefused({ 'labels.awb.json': JSON.stringify(bundle) }, /^labels\.awb\.json/);
  });

  it('refuses more new labels of one kind than the project may have', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `T${i + 1}\tKind${i} 0 2\tXi`).join('\n');
    await expectRefused({ 'many.ann': lines, 'many.txt': TEXT }, /^many\.ann/);
  });

  it('imports 20,000 annotations in one file whole', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `T${i + 1}\tPerson 0 10\tXi Jinping`).join('\n');
    await expectImported({ 'lots.ann': lines, 'lots.txt': TEXT }, (report) => {
      expect(report.articles[0]?.annotations).toBe(20_000);
    });
  });
});
