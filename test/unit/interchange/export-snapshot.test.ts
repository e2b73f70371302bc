import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../main/interchange/export-jobs/run-export';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject } from './support/annotated-fixture';

describe('the export snapshot', () => {
  const tempDir = useTempDir();

  it.each(['bundle', 'w3c', 'csv'])(
    'a %s export holds the project as it was when it started, though the user deletes annotations meanwhile',
    (formatId) => {
      const dir = tempDir();
      const { store, path, seedArticleId, multilingualArticleId } = createAnnotatedProject(dir);
      // As in the app: the export reads on a connection of its own while the user writes on theirs.
      const reader = ProjectStore.openForReading(path);
      const exportTo = (destination: string, afterArticle: (done: number) => void) =>
        runExport(
          reader,
          { jobId: formatId, formatId, scope: { kind: 'project' }, destination },
          { onProgress: afterArticle, isCancelled: () => false },
        );
      const before = join(dir, 'before');
      exportTo(before, () => undefined);

      const during = join(dir, 'during');
      let deleted = 0;
      const report = exportTo(during, (done) => {
        if (done !== 1) return;
        // Both articles lose an annotation after the export has read (and partly written) them.
        for (const articleId of [seedArticleId, multilingualArticleId]) {
          deleted += store.deleteAnnotations([store.listAnnotations(articleId).at(-1)?.id ?? 0]);
        }
      });
      reader.close();
      store.close();

      expect(deleted).toBe(2);
      expect(report.outcome).toBe('written');
      const files = report.files.map((file) => file.slice(file.indexOf('/') + 1));
      const read = (root: string, file: string) => readFileSync(files.length > 1 ? join(root, file) : root, 'utf8');
      for (const file of files) expect(read(during, file), file).toBe(read(before, file));
    },
  );
});
