/**
 * Run as a separate process by kill-during-import.test.ts: bulk-imports every file of a folder
 * with runImport, as the import worker does, and prints `imported <id> <file>` after each article's
 * transaction has committed. Files already in the project are skipped as duplicates, so a run
 * after a crash picks up where the last one died.
 *
 *   node import-child.cjs <project> <folder>
 */
import { checkFileSize } from '../../../main/library/import/import-limits';
import { importFile } from '../../../main/library/import/import-file';
import { filesInFolder } from '../../../main/library/import-jobs/import-sources';
import { runImport } from '../../../main/library/import-jobs/run-import';
import type { ArticleInput } from '../../../main/store/article-repository';
import { ProjectStore } from '../../../main/store/project-store';
import { ack } from './ack';

async function importFolder(store: ProjectStore, folder: string): Promise<void> {
  // A view of the store whose createArticle acknowledges each article once its transaction committed.
  const acknowledging = Object.create(store) as ProjectStore;
  acknowledging.createArticle = (input: ArticleInput) => {
    const article = store.createArticle(input);
    ack(`imported ${article.id} ${input.original.name ?? ''}`);
    return article;
  };
  ack('ready');
  const report = await runImport('crash', filesInFolder(folder), acknowledging, importFile, {
    onProgress: () => undefined,
    isCancelled: () => false,
    checkSize: checkFileSize,
    log: () => undefined,
  });
  ack(`done ${report.imported.length} ${report.duplicates.length} ${report.failed.length}`);
}

async function main(): Promise<void> {
  const [path, folder] = process.argv.slice(2);
  if (path === undefined || folder === undefined) throw new Error('usage: import-child <project> <folder>');
  const store = ProjectStore.open(path);
  await importFolder(store, folder);
  store.close();
}

// Bundled as CommonJS (the importers include CommonJS packages), so no top-level await.
main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
