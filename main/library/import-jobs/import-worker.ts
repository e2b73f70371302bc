import { parentPort, workerData } from 'node:worker_threads';
import { ProjectStore } from '../../store/project-store';
import { checkFileSize } from '../import/import-limits';
import { importFile } from '../import/import-file';
import { CANCEL_MESSAGE, type ImportWorkerInput, type ImportWorkerMessage } from './import-worker-protocol';
import { runImport } from './run-import';

/*
 * Worker thread entry (bundled to out/workers/import-worker.cjs). Parsing PDFs and web pages is CPU
 * work that must not stall main's IPC, so it runs here on its own connection to the project file;
 * WAL lets main keep reading while this writes one article per transaction.
 */
const input = workerData as ImportWorkerInput;
const port = parentPort;
if (port === null) throw new Error('The import worker must run in a worker thread.');

let cancelled = false;
port.on('message', (message: unknown) => {
  if (message === CANCEL_MESSAGE) cancelled = true;
});

const post = (message: ImportWorkerMessage): void => port.postMessage(message);

async function run(): Promise<void> {
  const store = ProjectStore.open(input.projectPath);
  try {
    const report = await runImport(input.jobId, input.sources, store, (bytes, name) => importFile(bytes, name), {
      onProgress: (progress) => post({ type: 'progress', progress }),
      isCancelled: () => cancelled,
      checkSize: checkFileSize,
      log: (message, error) => console.error(`[import] ${message}:`, error),
    });
    post({ type: 'finished', report });
  } finally {
    store.close();
    port?.close();
  }
}

void run();
