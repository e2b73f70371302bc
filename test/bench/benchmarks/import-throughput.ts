import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFileSize } from '../../../main/library/import/import-limits';
import { importFile } from '../../../main/library/import/import-file';
import { filesInFolder } from '../../../main/library/import-jobs/import-sources';
import { runImport } from '../../../main/library/import-jobs/run-import';
import { ProjectStore } from '../../../main/store/project-store';
import type { Benchmark } from '../benchmark';
import { htmlArticle } from '../generated-text';
import { seededRandom } from '../seeded-random';

const ARTICLES = 1000;

export const importThroughput: Benchmark = {
  name: 'import-html',
  description: `Import ${ARTICLES} generated HTML articles (readable-content extraction, metadata, language, store)`,
  async run(workDir) {
    const folder = join(workDir, 'html');
    mkdirSync(folder, { recursive: true });
    const random = seededRandom(1);
    let bytes = 0;
    for (let i = 0; i < ARTICLES; i++) {
      const html = htmlArticle(random, i);
      bytes += Buffer.byteLength(html);
      writeFileSync(join(folder, `article-${i}.html`), html);
    }
    const store = ProjectStore.create(join(workDir, 'import.awb'));
    const started = performance.now();
    const report = await runImport('bench', filesInFolder(folder), store, importFile, {
      onProgress: () => undefined,
      isCancelled: () => false,
      checkSize: checkFileSize,
      log: (message, error) => console.error(message, error),
    });
    const seconds = (performance.now() - started) / 1000;
    store.close();
    if (report.imported.length !== ARTICLES) throw new Error(`only ${report.imported.length} articles imported`);
    return [
      { metric: 'articles per second', value: ARTICLES / seconds, unit: 'articles/s' },
      { metric: 'throughput', value: bytes / 1024 / 1024 / seconds, unit: 'MiB/s' },
      { metric: 'total time', value: seconds, unit: 's' },
    ];
  },
};
