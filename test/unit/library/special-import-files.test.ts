import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/model/library';
import { readRegularFile } from '../../../main/fs/regular-file';
import { importAnnotationFiles } from '../../../main/interchange/import/import-annotation-files';
import { checkFileSize } from '../../../main/library/import/import-limits';
import { importJob } from '../../../main/library/import-jobs/import-job';
import { WorkerJobs } from '../../../main/jobs/worker-jobs';
import { filesAtPaths } from '../../../main/library/import-jobs/import-sources';
import { ProjectStore } from '../../../main/store/project-store';
import { buildImportWorker } from '../support/build-import-worker';
import { refusal } from '../support/refusal';
import { linkToDevZero, makeFifo } from '../support/special-files';
import { importPaths } from '../support/import-paths';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('importing special files', () => {
  it('refuses a link to /dev/zero, a named pipe and a link to a folder with a sentence each, and imports the rest', async () => {
    const dir = tempDir();
    const store = ProjectStore.create(join(dir, 'p.awb'));
    writeFileSync(join(dir, 'gut.txt'), 'Grüße aus München.\n\nEin ganz normaler Text.');
    mkdirSync(join(dir, 'ordner'));
    symlinkSync(join(dir, 'ordner'), join(dir, 'ordner.txt'));
    const paths = [
      linkToDevZero(join(dir, 'zero.txt')),
      makeFifo(join(dir, 'pipe.txt')),
      join(dir, 'ordner.txt'),
      join(dir, 'gut.txt'),
    ].filter((path) => path !== null);

    const report = await importPaths(store, paths);

    expect(report.imported.map((item) => item.file)).toEqual(['gut.txt']);
    const expected = [
      existsSync('/dev/zero') && {
        file: 'zero.txt',
        message: '"zero.txt" is a device, not a file; the workbench reads only ordinary files.',
      },
      process.platform !== 'win32' && {
        file: 'pipe.txt',
        message: '"pipe.txt" is a named pipe, not a file; the workbench reads only ordinary files.',
      },
      { file: 'ordner.txt', message: '"ordner.txt" is a folder, not a file; the workbench reads only ordinary files.' },
    ].filter((item) => item !== false);
    expect(report.failed).toEqual(expected);
    store.close();
  });

  it('stops reading a file that turns out larger than its size said', () => {
    // Files under /proc report size 0 yet hold bytes: what a file growing while it is read looks like.
    if (!existsSync('/proc/self/maps')) {
      console.log('Growing-file case left out: this system has no /proc.');
      return;
    }
    const limit = (size: number, fileName: string) => {
      if (size > 100) throw new Error(`${fileName} passed 100 bytes`);
    };
    expect(() => readRegularFile('/proc/self/maps', 'maps', limit)).toThrow('maps passed 100 bytes');
  });

  it('names a missing file in a sentence', () => {
    expect(refusal(() => readRegularFile(join(tempDir(), 'weg.txt'), 'weg.txt', checkFileSize)).message).toBe(
      '"weg.txt" does not exist.',
    );
  });
});

describe('importing annotations from special files', () => {
  it('refuses a named pipe and a link to /dev/zero with a sentence each, importing nothing', async () => {
    const dir = tempDir();
    const store = ProjectStore.create(join(dir, 'p.awb'));
    const paths = [makeFifo(join(dir, 'pipe.ann')), linkToDevZero(join(dir, 'zero.awb.json'))].filter(
      (path) => path !== null,
    );
    const report = await importAnnotationFiles(store, paths);
    expect(report.imported).toBe(false);
    expect(report.problems.map((problem) => problem.message)).toEqual(
      [
        process.platform !== 'win32' &&
          '"pipe.ann" is a named pipe, not a file; the workbench reads only ordinary files.',
        existsSync('/dev/zero') && '"zero.awb.json" is a device, not a file; the workbench reads only ordinary files.',
      ].filter((message) => message !== false),
    );
    expect(store.listArticles()).toEqual([]);
    store.close();
  });
});

describe('an import worker that runs out of memory', () => {
  let workerFile = '';
  beforeAll(async () => {
    workerFile = await buildImportWorker();
  });

  it('ends in a report naming the file, and the app goes on', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.awb');
    ProjectStore.create(path).close();
    writeFileSync(join(dir, 'a-klein.txt'), 'Ein kurzer Text über Peking.');
    // Tens of thousands of elements make a DOM far larger than the lowered heap.
    writeFileSync(
      join(dir, 'b-riesig.html'),
      `<html><body>${'<p><b>Wort</b> <i>Wort</i></p>'.repeat(400_000)}</body></html>`,
    );
    writeFileSync(join(dir, 'c-danach.txt'), 'Ein Text nach dem großen.');
    const report = await new Promise<ImportReport>((resolve) => {
      const job = importJob({
        workerFile,
        onProgress: () => undefined,
        onFinished: resolve,
        resourceLimits: { maxOldGenerationSizeMb: 64 },
      });
      new WorkerJobs(() => undefined).start(job, {
        projectPath: path,
        sources: filesAtPaths([dir]).filter((source) => source.name !== 'p.awb'),
      });
    });
    expect(report.failed).toEqual([
      {
        file: 'b-riesig.html',
        message:
          'The import stopped at "b-riesig.html" because it needed more memory than a background job may use; files imported before it are kept.',
      },
    ]);
    expect(report.skipped).toBe(1);
    const store = ProjectStore.open(path);
    expect(store.listArticles().map((article) => article.title)).toEqual(['Ein kurzer Text über Peking.']);
    store.close();
  });
});
