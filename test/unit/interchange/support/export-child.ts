import { ProjectStore } from '../../../../main/store/project-store';
import { runExport } from '../../../../main/interchange/export-jobs/run-export';

/*
 * A child process that exports a project and may be SIGKILLed at any moment by the test:
 * `export-child.cjs <project.awb> <format> <destination>`. Prints "ready" before it starts.
 */
const [projectPath, formatId, destination] = process.argv.slice(2) as [string, string, string];
const store = ProjectStore.openForReading(projectPath);
process.stdout.write('ready\n');
const report = runExport(
  store,
  { jobId: 'child', formatId, scope: { kind: 'project' }, destination },
  { onProgress: () => undefined, isCancelled: () => false },
);
store.close();
process.stdout.write(`${report.outcome}\n`);
