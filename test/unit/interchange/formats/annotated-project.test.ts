import { spawnSync } from 'node:child_process';
import { joinContent } from '../../../../main/interchange/export-content';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../../main/interchange/export-format';
import { readExportSet, type ExportSet } from '../../../../main/interchange/export-set';
import { claimReviewFormat } from '../../../../main/interchange/formats/claimreview/claimreview-export';
import { conllFormat } from '../../../../main/interchange/formats/conll/conll-export';
import { doccanoFormat } from '../../../../main/interchange/formats/doccano/doccano-export';
import { parseDoccano } from '../../../../main/interchange/formats/doccano/doccano-parse';
import { htmlReportFormat } from '../../../../main/interchange/formats/html-report/html-report-export';
import { labelStudioFormat } from '../../../../main/interchange/formats/label-studio/label-studio-export';
import { parseLabelStudio } from '../../../../main/interchange/formats/label-studio/label-studio-parse';
import { qdpxFormat } from '../../../../main/interchange/formats/refi-qda/qdpx-export';
import { spacyFormat, type SpacyRecord } from '../../../../main/interchange/formats/spacy/spacy-export';
import { webannoFormat } from '../../../../main/interchange/formats/webanno/webanno-export';
import { useTempDir } from '../../support/temp-dir';
import { importAnnotationFiles } from '../../../../main/interchange/import/import-annotation-files';
import { ProjectStore as Store } from '../../../../main/store/project-store';
import { createAnnotatedProject, describeAnnotations, FIXTURE_TIME } from '../support/annotated-fixture';
import { recordingProgress } from './support/export-set-fixture';
import { expectedSpans, parsedSpans } from './support/span-checks';
import { readTsv, spansInColumn } from './support/webanno-tsv-reader';

// Every format on the shared annotated project, as the store hands it over: a span across a CRLF
// line break, a discontinuous span around a ZWJ emoji, an astral CJK character, letters with
// combining marks, claims with and without a verdict.

const SCHEMA = fileURLToPath(new URL('../../../../../shared/standards/refi-qda/Project-mrt2019.xsd', import.meta.url));

function textOf(format: ExportFormat, set: ExportSet): string {
  const progress = recordingProgress();
  const output = format.export(set, progress);
  // Chunked content reports progress as it is made, so it is joined first.
  const content = output.kind === 'file' ? joinContent(output.content) : null;
  expect(progress.calls).toEqual([...set.articles].map((_, i) => [i + 1, set.articles.length]));
  if (typeof content !== 'string') throw new Error(`${format.id}: expected text`);
  return content;
}

describe('every format on the shared annotated project', () => {
  const tempDir = useTempDir();
  let projectDir: string;
  let store: Store;
  let set: ExportSet;

  // One project for all the tests: they only read it.
  beforeAll(() => {
    projectDir = mkdtempSync(join(tmpdir(), 'workbench-formats-'));
    store = createAnnotatedProject(projectDir).store;
    set = readExportSet(store, undefined, FIXTURE_TIME);
  });
  afterAll(() => {
    store.close();
    rmSync(projectDir, { recursive: true, force: true });
  });

  it('doccano and Label Studio read back the spans they wrote', () => {
    for (const parsed of [
      parseDoccano(textOf(doccanoFormat, set), 'export.jsonl'),
      parseLabelStudio(textOf(labelStudioFormat, set), 'export.json'),
    ]) {
      expect(parsed.problems).toEqual([]);
      [...set.articles].forEach((exported, i) => {
        const document = parsed.documents[i];
        expect(document && parsedSpans(document)).toEqual(expectedSpans(set, exported));
      });
    }
  });

  it.each([
    ['doccano', doccanoFormat, 'export.jsonl'],
    ['Label Studio', labelStudioFormat, 'export.json'],
  ])('%s imports into a new project with every span at the same characters', async (_, format, fileName) => {
    const dir = tempDir();
    writeFileSync(join(dir, fileName), textOf(format, set));
    const copy = Store.create(join(dir, 'copy.awb'));
    const report = await importAnnotationFiles(copy, [join(dir, fileName)]);
    expect(report.problems).toEqual([]);
    // Each piece of a discontinuous annotation comes back as a span of its own.
    const pieces = (described: ReturnType<typeof describeAnnotations>) =>
      described.flatMap(({ label, fragments }) => fragments.map((f) => `${label} ${f.start}–${f.end}`)).sort();
    [...set.articles].forEach(({ article }, i) => {
      const imported = report.articles[i];
      expect(imported?.title).toBe(article.title);
      expect(copy.getArticle(imported?.articleId ?? 0).text).toBe(article.text);
      expect(pieces(describeAnnotations(copy, imported?.articleId ?? 0))).toEqual(
        pieces(describeAnnotations(store, article.id)),
      );
    });
    copy.close();
  });

  it('spaCy tokens rebuild each text and line up with every span', () => {
    const records = textOf(spacyFormat, set)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as SpacyRecord);
    for (const record of records) {
      expect(record.tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('')).toBe(record.text);
      for (const span of record.spans) {
        expect(record.tokens[span.token_start]?.start).toBe(span.start);
        expect(record.tokens[span.token_end]?.end).toBe(span.end);
      }
    }
  });

  it('CoNLL writes four columns per token and WebAnno TSV every piece over its tokens', () => {
    const conll = textOf(conllFormat, set);
    for (const line of conll.split('\n').filter((l) => l !== '')) expect(line.split(' ')).toHaveLength(4);
    const output = webannoFormat.export(set, recordingProgress());
    if (output.kind !== 'folder') throw new Error('expected a folder');
    [...output.files].forEach((file, i) => {
      const exported = [...set.articles][i];
      if (exported === undefined || typeof file.content !== 'string') throw new Error('unexpected file');
      expect(spansInColumn(readTsv(file.content), 0)).toEqual(expectedSpans(set, exported));
    });
  });

  it('the .qdpx project validates against the REFI-QDA schema', () => {
    const output = qdpxFormat.export(set, recordingProgress());
    const zip = output.kind === 'file' ? joinContent(output.content) : null;
    if (!(zip instanceof Uint8Array)) throw new Error('expected a zip');
    const path = join(tempDir(), 'project.qde');
    writeFileSync(path, strFromU8(unzipSync(zip)['project.qde'] ?? new Uint8Array()));
    expect(spawnSync('xmllint', ['--noout', '--schema', SCHEMA, path]).status).toBe(0);
  });

  it('ClaimReview rates the claim with a verdict and the HTML report shows every text unchanged', () => {
    const reviews = JSON.parse(textOf(claimReviewFormat, set)) as { reviewRating: { alternateName: string } }[];
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(['unverified']);
    const { document } = parseHTML(textOf(htmlReportFormat, set));
    for (const { article } of set.articles) {
      const lines = [...document.querySelectorAll(`#article-${article.id} .line`)];
      expect(lines.map((line) => line.textContent).join('\n')).toBe(article.text);
    }
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
});
