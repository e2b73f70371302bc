import { join } from 'node:path';
import { bundleForNode } from './bundle-for-node';

let built: Promise<string> | undefined;

/** Bundles the store worker as `npm run build` does, once per test file, so workspaces run the real worker thread. */
export function buildStoreWorker(): Promise<string> {
  built ??= bundleForNode(join(import.meta.dirname, '../../../main/store-host/store-worker.ts'));
  return built;
}
