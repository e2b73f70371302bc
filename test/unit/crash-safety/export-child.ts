/**
 * Run as a separate process by kill-during-export.test.ts: exports the whole project as the export
 * worker does (runExport: build the output, then write it atomically) and prints `done <outcome>`.
 *
 *   node export-child.cjs <project> <format> <destination>
 */
import { runExport } from '../../../main/interchange/export-jobs/run-export';
import { ProjectStore } from '../../../main/store/project-store';
import { ack } from './ack';

const [path, formatId, destination] = process.argv.slice(2);
if (path === undefined || formatId === undefined || destination === undefined) {
  throw new Error('usage: export-child <project> <format> <destination>');
}
const store = ProjectStore.openForReading(path);
ack('ready');
const report = runExport(
  store,
  { jobId: 'crash', formatId, scope: { kind: 'project' }, destination },
  { onProgress: () => undefined, isCancelled: () => false },
);
store.close();
ack(`done ${report.outcome}`);
