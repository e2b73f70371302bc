import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_FORMATS, sniffAnnotationFormat } from '../../../main/import-formats/annotation-formats';
import { ARTICLE_FORMATS, sniffArticleFormat } from '../../../main/import-formats/article-formats';
import { FileToImport } from '../../../main/import-formats/file-to-import';
import type { ImportFormat, SniffConfidence } from '../../../main/import-formats/import-format';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../main/interchange/formats/bundle/bundle-schema';
import { buildDocx } from '../import/fixtures/docx-builder';
import { buildPdf } from '../import/fixtures/pdf-builder';
import { seedPage } from '../import/fixtures/seed-page';
import { standardsPath } from '../interchange/support/standards';
import { SEED_ARTICLE_PATH } from '../support/seed-article';

const CORPUS = dirname(SEED_ARTICLE_PATH);
const utf8 = (text: string) => new TextEncoder().encode(text);
const standard = (...parts: string[]) => {
  const path = standardsPath(...parts);
  return new FileToImport(parts.join('/'), readFileSync(path));
};
const corpusText = () => {
  const [name] = readdirSync(CORPUS).filter((file) => file.endsWith('.txt'));
  if (name === undefined) throw new Error(`no .txt file in ${CORPUS}`);
  return new FileToImport(name, readFileSync(join(CORPUS, name)));
};

/** One real or generated file per registered format, by the format's id. */
const ARTICLE_FIXTURES: Record<string, () => FileToImport> = {
  text: corpusText,
  markdown: () => new FileToImport('meldung.md', utf8('# Xi empfängt Schoigu\n\nEin *kurzer* Text.\n')),
  html: () => new FileToImport('schoigu.html', utf8(seedPage())),
  docx: () =>
    new FileToImport(
      'schoigu.docx',
      buildDocx([
        { style: 'Title', runs: [{ text: 'Xi empfängt Schoigu' }] },
        { runs: [{ text: 'Ein kurzer Text.' }] },
      ]),
    ),
  pdf: () => new FileToImport('schoigu.pdf', buildPdf([{ text: 'Xi empfängt Schoigu in Peking.' }])),
};

const ANNOTATION_FIXTURES: Record<string, () => FileToImport> = {
  bundle: () =>
    new FileToImport('project.awb.json', utf8(JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION }))),
  w3c: () => standard('w3c-web-annotation', 'tools', 'samples', 'correct', 'anno1.json'),
  'label-studio': () => standard('label-studio', 'converter-fixture-completion-348.json'),
  doccano: () => standard('doccano', 'export-sequence_labeling-example.jsonl'),
  brat: () => standard('brat-standoff', 'news-tutorial', '000-introduction.ann'),
};

const RANK: Record<SniffConfidence, number> = { signature: 3, extension: 2, content: 1, fallback: 0 };

/** How sure each format is of the file, by id (null: not its format). */
function sniffs(formats: readonly ImportFormat[], file: FileToImport): Record<string, SniffConfidence | null> {
  return Object.fromEntries(formats.map((format) => [format.id, format.sniff(file)]));
}

describe('the import-format registry', () => {
  it('gives every format a distinct id and a title, and a fixture here for each', () => {
    const formats = [...ARTICLE_FORMATS, ...ANNOTATION_FORMATS];
    const ids = formats.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of formats) expect(format.title).not.toBe('');
    expect(Object.keys(ARTICLE_FIXTURES).sort()).toEqual(ARTICLE_FORMATS.map((format) => format.id).sort());
    expect(Object.keys(ANNOTATION_FIXTURES).sort()).toEqual(ANNOTATION_FORMATS.map((format) => format.id).sort());
  });

  it.each(ARTICLE_FORMATS.map((format) => format.id))(
    'reads the %s fixture as its own, surer of it than any other article format',
    (id) => {
      const file = ARTICLE_FIXTURES[id]?.() ?? new FileToImport('none', new Uint8Array());
      expect(sniffArticleFormat(file).id).toBe(id);
      const { [id]: own, ...others } = sniffs(ARTICLE_FORMATS, file);
      // Any text is also plain text, but only as a last resort.
      const rivals = Object.entries(others).filter(
        ([, confidence]) => confidence !== null && RANK[confidence] >= RANK[own ?? 'fallback'],
      );
      expect(own).not.toBeNull();
      expect(rivals).toEqual([]);
    },
  );

  it.each(ANNOTATION_FORMATS.map((format) => format.id))(
    'reads the %s fixture as its own, and no other annotation format claims it',
    (id) => {
      const file = ANNOTATION_FIXTURES[id]?.() ?? new FileToImport('none', new Uint8Array());
      expect(sniffAnnotationFormat(file)?.id).toBe(id);
      const { [id]: own, ...others } = sniffs(ANNOTATION_FORMATS, file);
      expect(own).not.toBeNull();
      expect(Object.values(others).every((confidence) => confidence === null)).toBe(true);
    },
  );

  it('claims none of the other kind’s fixtures as annotations, and refuses a JSON file of no known format', () => {
    for (const fixture of Object.values(ARTICLE_FIXTURES)) expect(sniffAnnotationFormat(fixture())).toBeNull();
    expect(sniffAnnotationFormat(new FileToImport('config.json', utf8('{"theme": "dark"}')))).toBeNull();
  });
});
