import { join } from 'node:path';
import { bundleForNode } from './bundle-for-node';

/** Bundles the export worker as `npm run build` does, so tests run the real worker thread. */
export function buildExportWorker(): Promise<string> {
  return bundleForNode(join(import.meta.dirname, '../../../main/interchange/export-jobs/export-worker.ts'));
}
