import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../main/interchange/export-format';
import type { ExportedArticle, ExportSet } from '../../../main/interchange/export-set';
import { bundleFormat } from '../../../main/interchange/formats/bundle/bundle-export';
import { claimReviewFormat } from '../../../main/interchange/formats/claimreview/claimreview-export';
import { labelStudioFormat } from '../../../main/interchange/formats/label-studio/label-studio-export';
import { qdpxFormat } from '../../../main/interchange/formats/refi-qda/qdpx-export';
import { w3cFormat } from '../../../main/interchange/formats/w3c/w3c-export';
import { writeExportOutput } from '../../../main/interchange/write-export';
import { exportFixture, exportSetOf, recordingProgress } from './formats/support/export-set-fixture';
import { useTempDir } from '../support/temp-dir';

// A large project's export is longer than V8 lets one string be (~2^29 characters), so formats
// yield chunks that the writer streams to disk. Here a few thousand articles show that no chunk
// grows with the project, and the writer puts chunks together byte for byte.

const tempDir = useTempDir();
const COPIES = 1000;
const sizeOf = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk.length : chunk.byteLength);

/** The fixture's two articles, copied COPIES times with their own article and annotation ids. */
function largeSet(): ExportSet {
  const articles: ExportedArticle[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const exported of exportFixture().articles) {
      const articleId = exported.article.id + copy * 10;
      const idOf = (id: number) => id + copy * 10_000;
      articles.push({
        ...exported,
        article: { ...exported.article, id: articleId },
        annotations: exported.annotations.map((annotation) => ({
          ...annotation,
          id: idOf(annotation.id),
          articleId,
          ...(annotation.claim === undefined
            ? {}
            : {
                claim: {
                  ...annotation.claim,
                  ...(annotation.claim.claimantAnnotationId === undefined
                    ? {}
                    : { claimantAnnotationId: idOf(annotation.claim.claimantAnnotationId) }),
                },
              }),
        })),
        relations: [],
      });
    }
  }
  return exportSetOf(articles);
}

function chunksOf(format: ExportFormat, set: ExportSet): (string | Uint8Array)[] {
  const output = format.export(set, recordingProgress());
  if (output.kind !== 'file' || typeof output.content === 'string' || output.content instanceof Uint8Array)
    throw new Error(`${format.id} should yield chunks`);
  return [...output.content];
}

describe('chunked exports', () => {
  const set = largeSet();

  it.each([
    ['bundle', bundleFormat, ' '],
    ['w3c', w3cFormat, ' '],
    ['label-studio', labelStudioFormat, '  '],
    ['claimreview', claimReviewFormat, '  '],
  ] as const)(
    '%s yields its JSON in many small chunks, formatted as one JSON.stringify would',
    (_id, format, indent) => {
      const chunks = chunksOf(format, set);
      const text = chunks.join('');
      expect(chunks.length).toBeGreaterThan(COPIES);
      expect(Math.max(...chunks.map(sizeOf))).toBeLessThan(64 * 1024);
      expect(text.length).toBeGreaterThan(100 * Math.max(...chunks.map(sizeOf)));
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, indent)}\n`);
    },
  );

  it('refi-qda zips project.qde as it is made, in chunks far smaller than the archive', () => {
    const chunks = chunksOf(qdpxFormat, set) as Uint8Array[];
    const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    expect(chunks.length).toBeGreaterThan(COPIES);
    expect(Math.max(...chunks.map(sizeOf))).toBeLessThan(total / 10);
    const entries = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(entries)).toHaveLength(1 + set.articles.length);
    expect(strFromU8(entries['project.qde'] ?? new Uint8Array()).match(/<TextSource /g)).toHaveLength(
      set.articles.length,
    );
  });

  it('the writer streams chunks to the file, keeping a surrogate pair split across two chunks', () => {
    const path = join(tempDir(), 'out.txt');
    function* content(): Generator<string | Uint8Array> {
      for (let i = 0; i < 20_000; i++) {
        yield `${i}:${'x'.repeat(100)}\uD83D`;
        yield '\uDE00\n';
      }
      yield new TextEncoder().encode('bytes\n');
    }
    const expected = `${[...content()].slice(0, -1).join('')}bytes\n`;
    expect(writeExportOutput({ kind: 'file', content: content(), dropped: [] }, path)).toEqual(['out.txt']);
    expect(readFileSync(path, 'utf8') === expected).toBe(true);
  });

  it('a chunked export that fails midway leaves what was there and no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'out.json');
    writeFileSync(path, 'before');
    function* failing(): Generator<string> {
      for (let i = 0; i < 5000; i++) yield 'y'.repeat(1000);
      throw new Error('stopped');
    }
    expect(() => writeExportOutput({ kind: 'file', content: failing(), dropped: [] }, path)).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['out.json']);
    const folder = join(dir, 'folder');
    const files = [{ path: 'a.txt', content: failing() }];
    expect(() => writeExportOutput({ kind: 'folder', files, dropped: [] }, folder)).toThrow();
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});
