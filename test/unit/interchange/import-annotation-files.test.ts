import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { joinContent } from '../../../main/interchange/export-content';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readExportSet } from '../../../main/interchange/export-set';
import { bratFormat } from '../../../main/interchange/formats/brat/brat-export';
import { w3cFormat } from '../../../main/interchange/formats/w3c/w3c-export';
import { importAnnotationFiles } from '../../../main/interchange/import/import-annotation-files';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { createAnnotatedProject, describeAnnotations, labelNamed } from './support/annotated-fixture';
import { readStandard, standardsPath } from './support/standards';

const noProgress = { articleDone: () => undefined };

describe('importing annotation files', () => {
  const tempDir = useTempDir();

  it('recognises brat in a folder (the .ann with its .txt, annotation.conf beside them)', async () => {
    const store = ProjectStore.create(join(tempDir(), 'p.awb'));
    const report = await importAnnotationFiles(store, [standardsPath('brat-standoff', 'news-tutorial')]);
    expect(report.problems).toEqual([]);
    expect(report.articles).toHaveLength(13);
    expect(report.labelsAdded).toEqual(expect.arrayContaining(['entity type “GPE”', 'relation type “Family”']));
    store.close();
  });

  it('skips what a brat corpus ships beside its annotations (README, LICENSE, .conf files) and says so', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'news');
    cpSync(standardsPath('brat-standoff', 'news-tutorial'), corpus, { recursive: true });
    cpSync(standardsPath('brat-standoff', 'LICENSE.md'), join(corpus, 'LICENSE.md'));
    writeFileSync(join(corpus, 'README'), 'The brat news tutorial.\n');
    writeFileSync(join(corpus, 'notes.txt'), 'Texts to annotate later.\n');
    const store = ProjectStore.create(join(dir, 'p.awb'));
    const report = await importAnnotationFiles(store, [corpus]);
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    expect(report.articles).toHaveLength(13);
    expect(report.skipped.map((item) => item.place).sort()).toEqual([
      'news/LICENSE.md',
      'news/README',
      'news/annotation.conf',
      'news/kb_shortcuts.conf',
      'news/notes.txt',
      'news/tools.conf',
      'news/visual.conf',
    ]);
    expect(report.skipped.find((item) => item.place === 'news/README')?.message).toMatch(
      /not an annotation file.*It was skipped\.$/,
    );
    store.close();
  });

  it('reports the labels the files spell differently from the schema (doccano PERSON is Person)', async () => {
    const dir = tempDir();
    const store = ProjectStore.create(join(dir, 'p.awb'));
    cpSync(standardsPath('doccano', 'export-sequence_labeling-example.jsonl'), join(dir, 'ner.jsonl'));
    const report = await importAnnotationFiles(store, [join(dir, 'ner.jsonl')]);
    expect(report.problems).toEqual([]);
    expect(report.labelsMatched).toEqual(['“PERSON” → entity type “Person”']);
    expect(report.labelsAdded).toEqual(['entity type “ORG”', 'entity type “MISC”']);
    store.close();
  });

  it('keeps two W3C sources with the same text apart, each with its own annotations, also when imported again', async () => {
    const dir = tempDir();
    const source = ProjectStore.create(join(dir, 'Source.awb'));
    const text = 'Xi Jinping met Sergei Shoigu in Beijing.';
    const page = source.createArticle(articleFromPaste({ title: 'Page', text }));
    const copy = source.createArticle({
      ...articleFromPaste({ title: 'Text version', text }),
      original: { bytes: Buffer.from(`<p>${text}</p>`), name: 'page.html', type: 'text/html', encoding: 'utf-8' },
    });
    const on = (articleId: number, label: string, phrase: string) =>
      source.createAnnotation({
        articleId,
        labelId: labelNamed(source, 'entity', label).id,
        fragments: [{ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length }],
      });
    on(page.id, 'Person', 'Xi Jinping');
    on(copy.id, 'Location', 'Beijing');
    const output = w3cFormat.export(readExportSet(source), noProgress);
    writeFileSync(join(dir, 'two.jsonld'), joinContent(output.kind === 'file' ? output.content : ''));
    source.close();

    const target = ProjectStore.create(join(dir, 'Target.awb'));
    const annotated = () =>
      target
        .listArticles()
        .map((article) => [article.title, describeAnnotations(target, article.id).map((a) => `${a.label} ${a.text}`)])
        .sort();
    const first = await importAnnotationFiles(target, [join(dir, 'two.jsonld')]);
    expect(first.problems).toEqual([]);
    expect(new Set(first.articles.map((article) => article.articleId)).size).toBe(2);
    expect(first.conflicts).toEqual([]);
    expect(annotated()).toEqual([
      ['Page', ['Person Xi Jinping']],
      ['Text version', ['Location Beijing']],
    ]);
    const again = await importAnnotationFiles(target, [join(dir, 'two.jsonld')]);
    expect(again.articles.map((article) => article.articleId).sort()).toEqual(
      first.articles.map((article) => article.articleId).sort(),
    );
    expect(again.conflicts).toHaveLength(2);
    expect(annotated()).toEqual([
      ['Page', ['Person Xi Jinping', 'Person Xi Jinping']],
      ['Text version', ['Location Beijing', 'Location Beijing']],
    ]);
    target.close();
  });

  it('reads a ZIP archive and refuses one with an entry that climbs out of it, importing nothing', async () => {
    const dir = tempDir();
    const ann = readStandard('brat-standoff', 'news-tutorial', '040-text_span_annotation.ann');
    const text = readStandard('brat-standoff', 'news-tutorial', '040-text_span_annotation.txt');
    writeFileSync(join(dir, 'good.zip'), zipSync({ 'docs/a.ann': strToU8(ann), 'docs/a.txt': strToU8(text) }));
    writeFileSync(
      join(dir, 'evil.zip'),
      zipSync({
        'a.ann': strToU8(ann),
        'a.txt': strToU8(text),
        '../../escape.ann': strToU8(ann),
        '/etc/cron.ann': strToU8(ann),
      }),
    );
    const store = ProjectStore.create(join(dir, 'p.awb'));
    const refused = await importAnnotationFiles(store, [join(dir, 'evil.zip')]);
    expect(refused.imported).toBe(false);
    expect(refused.problems.map((p) => p.place).sort()).toEqual([
      'evil.zip/../../escape.ann',
      'evil.zip//etc/cron.ann',
    ]);
    expect(refused.problems[0]?.message).toMatch(/outside the archive/);
    expect(store.listArticles()).toEqual([]);
    const good = await importAnnotationFiles(store, [join(dir, 'good.zip')]);
    expect(good.problems).toEqual([]);
    expect(good.articles).toEqual([expect.objectContaining({ name: 'good.zip/docs/a.ann', annotations: 4 })]);
    store.close();
  });

  it('imports W3C annotations onto an article already in the project when the file has no texts', async () => {
    const dir = tempDir();
    const { store, seedArticleId } = createAnnotatedProject(dir);
    const output = w3cFormat.export(readExportSet(store, [seedArticleId]), noProgress);
    const collection = JSON.parse(String(output.kind === 'file' ? joinContent(output.content) : '')) as Record<
      string,
      unknown
    >;
    delete collection['awb:sources'];
    writeFileSync(join(dir, 'no-texts.jsonld'), JSON.stringify(collection));
    const before = describeAnnotations(store, seedArticleId).length;
    const report = await importAnnotationFiles(store, [join(dir, 'no-texts.jsonld')]);
    expect(report.problems).toEqual([]);
    expect(report.articles).toEqual([expect.objectContaining({ articleId: seedArticleId })]);
    expect(describeAnnotations(store, seedArticleId)).toHaveLength(before * 2);
    store.close();
  });

  it('refuses a selection of several formats, files it cannot read, and a .ann without its text', async () => {
    const dir = tempDir();
    const { store } = createAnnotatedProject(dir);
    const output = bratFormat.export(readExportSet(store), noProgress);
    mkdirSync(join(dir, 'mixed'));
    for (const file of output.kind === 'folder' ? output.files : []) {
      if (file.path.endsWith('.ann')) writeFileSync(join(dir, 'mixed', file.path), joinContent(file.content));
    }
    writeFileSync(join(dir, 'mixed', 'notes.json'), '{"not": "annotations"}');
    writeFileSync(join(dir, 'mixed', 'tasks.jsonl'), '{"text":"x","label":[]}\n');
    const report = await importAnnotationFiles(store, [join(dir, 'mixed')]);
    expect(report.imported).toBe(false);
    const messages = report.problems.map((p) => `${p.place}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/notes\.json: This is not an annotation file/),
        expect.stringMatching(/several formats \(brat standoff, doccano\)/),
      ]),
    );
    const alone = await importAnnotationFiles(store, [join(dir, 'mixed', '001-tehran-beijing-multilingual.ann')]);
    expect(alone.problems).toEqual([
      {
        place: '001-tehran-beijing-multilingual.ann',
        message: expect.stringMatching(/text 001-tehran-beijing-multilingual\.txt must be imported with it/),
      },
    ]);
    store.close();
  });
});
