import { join } from 'node:path';
import { bundleForNode } from './bundle-for-node';

/** Bundles the import worker as `npm run build` does, so tests run the real worker thread. */
export function buildImportWorker(): Promise<string> {
  return bundleForNode(join(import.meta.dirname, '../../../main/library/import-jobs/import-worker.ts'));
}
