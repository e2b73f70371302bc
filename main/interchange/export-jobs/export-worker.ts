import { parentPort, workerData } from 'node:worker_threads';
import { ProjectStore } from '../../store/project-store';
import type { ExportWorkerInput, ExportWorkerMessage } from './export-worker-protocol';
import { runExport } from './run-export';

/*
 * Worker thread entry (bundled to out/workers/export-worker.cjs). Building an export of 100,000
 * annotations takes seconds of CPU that must not stall main's IPC, so it runs here on its own
 * read-only connection; WAL lets main keep writing while this reads one consistent snapshot.
 */
const input = workerData as ExportWorkerInput;
const port = parentPort;
if (port === null) throw new Error('The export worker must run in a worker thread.');
const cancelled = new Int32Array(input.cancelFlag);
const post = (message: ExportWorkerMessage): void => port.postMessage(message);

const store = ProjectStore.openForReading(input.projectPath);
try {
  const report = runExport(store, input.request, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
    isCancelled: () => Atomics.load(cancelled, 0) === 1,
  });
  post({ type: 'finished', report });
} finally {
  store.close();
  port.close();
}
