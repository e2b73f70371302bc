import { join } from 'node:path';
import { Workspace } from '../../../main/workspace/workspace';
import type { FileDialogs } from '../../../main/workspace/file-dialogs';
import type { RevealPath } from '../../../main/workspace/written-exports';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import { buildStoreWorker } from './build-store-worker';

/**
 * A workspace as the hosts start it, with the real store worker. Imports and exports need their
 * bundled workers too: tests that run them pass ones from buildImportWorker() or
 * buildExportWorker(); the others never start one, so the built paths are only defaults.
 */
export async function startTestWorkspace(
  dataDir: string,
  options: {
    dialogs?: FileDialogs;
    storeWorkerFile?: string;
    importWorkerFile?: string;
    exportWorkerFile?: string;
    log?: (message: string, error: unknown) => void;
    revealPath?: RevealPath;
  } = {},
): Promise<Workspace> {
  return Workspace.start({
    dataDir,
    dialogs: options.dialogs ?? new ScriptedDialogs({ whenEmpty: 'cancel' }),
    storeWorkerFile: options.storeWorkerFile ?? (await buildStoreWorker()),
    importWorkerFile: options.importWorkerFile ?? join(import.meta.dirname, '../../../out/workers/import-worker.mjs'),
    exportWorkerFile: options.exportWorkerFile ?? join(import.meta.dirname, '../../../out/workers/export-worker.mjs'),
    appVersion: '0.0.0-test',
    shell: 'browser-host',
    log: options.log ?? (() => undefined),
    ...(options.revealPath === undefined ? {} : { revealPath: options.revealPath }),
  });
}
