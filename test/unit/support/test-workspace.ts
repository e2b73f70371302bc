import { join } from 'node:path';
import { Workspace } from '../../../main/workspace/workspace';
import type { FileDialogs } from '../../../main/workspace/file-dialogs';
import { ScriptedDialogs } from '../../browser-host/scripted-dialogs';

/**
 * A workspace as the hosts start it. Imports and exports need the bundled workers: tests that run
 * them pass ones from buildImportWorker() or buildExportWorker(); the others never start a worker,
 * so the built paths are only defaults.
 */
export function startTestWorkspace(
  dataDir: string,
  options: {
    dialogs?: FileDialogs;
    importWorkerFile?: string;
    exportWorkerFile?: string;
    log?: (message: string, error: unknown) => void;
  } = {},
): Workspace {
  return Workspace.start({
    dataDir,
    dialogs: options.dialogs ?? new ScriptedDialogs({ whenEmpty: 'cancel' }),
    importWorkerFile: options.importWorkerFile ?? join(import.meta.dirname, '../../../out/workers/import-worker.cjs'),
    exportWorkerFile: options.exportWorkerFile ?? join(import.meta.dirname, '../../../out/workers/export-worker.cjs'),
    appVersion: '0.0.0-test',
    shell: 'browser-host',
    log: options.log ?? (() => undefined),
  });
}
