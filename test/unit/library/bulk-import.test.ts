import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress, ImportReport } from '../../../shared/model/library';
import { checkFileSize } from '../../../main/library/import/import-limits';
import { importFile } from '../../../main/library/import/import-file';
import { importJob, type ImportJob } from '../../../main/library/import-jobs/import-job';
import { WorkerJobs } from '../../../main/jobs/worker-jobs';
import { filesInFolder } from '../../../main/library/import-jobs/import-sources';
import { runImport } from '../../../main/library/import-jobs/run-import';
import { ProjectStore } from '../../../main/store/project-store';
import { buildImportWorker } from '../support/build-import-worker';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Generated articles: every 50th file is binary junk, so failures are mixed in with successes. */
function writeCorpus(count: number): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = join(i % 2 === 0 ? dir : join(dir, 'nested'), `article-${String(i).padStart(3, '0')}`);
    if (i % 50 === 49) writeFileSync(`${name}.txt`, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    else writeFileSync(`${name}.txt`, `Meldung ${i}\n\nAbsatz über Peking und Moskau, Nummer ${i}. Grüße – „Zitat“.`);
  }
  writeFileSync(join(dir, '.DS_Store'), 'hidden files are skipped');
  return dir;
}

function expectConsistent(store: ProjectStore, report: ImportReport): void {
  const titles = store.listArticles().map((a) => a.title);
  expect(titles).toHaveLength(report.imported.length);
  for (const item of report.imported) {
    const article = store.getArticle(item.articleId);
    expect(article.title).toBe(item.title);
    expect(article.text).toContain('Absatz über Peking und Moskau');
    expect(article.blocks.length).toBeGreaterThan(0);
  }
}

describe('bulk import', () => {
  it('imports 500 files, reports each bad one with its reason and never stops on it', async () => {
    const store = ProjectStore.create(join(tempDir(), 'bulk.awb'));
    const sources = filesInFolder(writeCorpus(500));
    expect(sources).toHaveLength(500);
    const progress: ImportProgress[] = [];
    const report = await runImport('job', sources, store, importFile, {
      onProgress: (p) => progress.push(p),
      isCancelled: () => false,
      checkSize: checkFileSize,
      log: () => undefined,
    });
    expect(report.imported).toHaveLength(490);
    expect(report.failed).toHaveLength(10);
    expect(report.failed[0]?.message).toMatch(/article-049\.txt/);
    expect(progress.at(-1)).toMatchObject({ done: 500, total: 500, currentFile: null });
    expectConsistent(store, report);

    const again = await runImport('job2', sources.slice(0, 20), store, importFile, {
      onProgress: () => undefined,
      isCancelled: () => false,
      checkSize: checkFileSize,
      log: () => undefined,
    });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toHaveLength(20);
    store.close();
  });

  it('stops between files when cancelled, leaving every imported article complete', async () => {
    const store = ProjectStore.create(join(tempDir(), 'cancel.awb'));
    const sources = filesInFolder(writeCorpus(500));
    let seen = 0;
    const report = await runImport('job', sources, store, importFile, {
      onProgress: () => {
        seen++;
      },
      isCancelled: () => seen >= 200,
      checkSize: checkFileSize,
      log: () => undefined,
    });
    expect(report.cancelled).toBe(true);
    expect(report.skipped).toBe(300);
    expect(report.imported.length + report.failed.length).toBe(200);
    expectConsistent(store, report);
    store.close();
  });
});

describe('import jobs in a worker thread', () => {
  let workerFile = '';
  beforeAll(async () => {
    workerFile = await buildImportWorker();
  });

  it('runs off the main thread with progress, can be cancelled, and the project stays consistent', async () => {
    const path = join(tempDir(), 'worker.awb');
    const store = ProjectStore.create(path);
    const sources = filesInFolder(writeCorpus(500));
    const progress: ImportProgress[] = [];
    const report = await new Promise<ImportReport>((resolve) => {
      const jobs = new WorkerJobs(() => undefined);
      const job: ImportJob = importJob({
        workerFile,
        // The first progress report arrives while the worker is already importing: cancel then.
        onProgress: (p) => {
          progress.push(p);
          jobs.cancel(job, p.jobId);
        },
        onFinished: resolve,
      });
      jobs.start(job, { projectPath: path, sources });
    });
    expect(report.cancelled).toBe(true);
    expect(report.skipped).toBeGreaterThan(0);
    expect(report.imported.length + report.failed.length + report.skipped).toBe(500);
    expect(progress.length).toBeGreaterThan(0);
    expectConsistent(store, report);
    expect(store.info().articleCount).toBe(report.imported.length);
    store.close();
  });
});
