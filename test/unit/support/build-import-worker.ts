import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles the import worker as `npm run build` does, so tests run the real worker thread. */
export async function buildImportWorker(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'workbench-worker-')), 'import-worker.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../../main/library/import-jobs/import-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'error',
  });
  return outfile;
}
