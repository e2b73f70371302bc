import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/model/library';
import { WorkerJobs } from '../../../main/jobs/worker-jobs';
import { importJob } from '../../../main/library/import-jobs/import-job';
import { ProjectStore } from '../../../main/store/project-store';
import { buildDocx } from '../import/fixtures/docx-builder';
import { buildPdf } from '../import/fixtures/pdf-builder';
import { seedPage } from '../import/fixtures/seed-page';
import { SEED_HEADLINE, seedParts } from '../import/fixtures/seed-paragraphs';
import { useTempDir } from '../support/temp-dir';

/*
 * The workers `npm run build` writes start with every project (two store workers) and every import
 * or export job. The file readers (pdf.js, mammoth, linkedom with Readability) are most of their
 * code, so they are loaded from chunks of their own when a file needs them, and the built workers
 * must still find those chunks. These tests read the build output, as the end-to-end tests do.
 */
const WORKERS = join(import.meta.dirname, '..', '..', '..', 'out', 'workers');
const tempDir = useTempDir();

/** The files a module loads before it runs: its static imports, transitively. */
function loadedAtStart(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s(?:[^;]*?from\s*)?"(\.[^"]+)"/gm)) {
      pending.push(join(dirname(file), match[1] as string));
    }
  }
  return [...seen];
}

/** The packages a bundled file was built from, by its source map. */
function packagesIn(file: string): string[] {
  const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? []);
}

describe('the built workers', () => {
  it.each(['store-worker', 'import-worker', 'export-worker'])('%s starts without the file readers', (worker) => {
    const packages = new Set(loadedAtStart(join(WORKERS, `${worker}.mjs`)).flatMap(packagesIn));
    expect(packages).toContain('zod');
    // The export worker runs one export and ends; its HTML report draws the charts into a linkedom
    // document, so there linkedom is part of the job, not a reader loaded for nothing.
    const readers = [
      'pdfjs-dist',
      'mammoth',
      '@mozilla/readability',
      ...(worker === 'export-worker' ? [] : ['linkedom']),
    ];
    for (const reader of readers) expect(packages).not.toContain(reader);
  });

  it('import a PDF, a Word document and a web page, loading each reader when its file comes', async () => {
    const dir = tempDir();
    const { lines } = seedParts();
    const files = {
      'seed.pdf': buildPdf([{ text: SEED_HEADLINE, size: 16 }, ...lines.map((text) => ({ text }))]),
      'seed.docx': buildDocx(lines.map((text) => ({ runs: [{ text }] }))),
      'seed.html': Buffer.from(seedPage()),
    };
    const sources = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return { kind: 'path' as const, path: join(dir, name), name };
    });
    const path = join(dir, 'lazy.awb');
    ProjectStore.create(path).close();
    const report = await new Promise<ImportReport>((resolve) => {
      const jobs = new WorkerJobs(() => undefined);
      const job = importJob({
        workerFile: join(WORKERS, 'import-worker.mjs'),
        onProgress: () => undefined,
        onFinished: resolve,
      });
      jobs.start(job, {
        projectPath: path,
        sources,
      });
    });
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(3);
    const store = ProjectStore.open(path);
    for (const article of store.listArticles()) expect(store.getArticle(article.id).text).toContain('Schoigu');
    store.close();
  });
});
