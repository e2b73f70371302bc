import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallName } from '../../../shared/ipc/call-names';
import { decodeEnvelope, type EncodedEnvelope } from '../../../main/ipc/encoded-json';
import type { ExportReport } from '../../../shared/model/interchange';
import { Workspace } from '../../../main/workspace/workspace';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject, corpusSize } from '../corpus-workload';
import { measureStall } from '../event-loop-stall';

const IMPORT_ARTICLES = 1_000;
/** How long the loop is watched with nothing running, for what the machine alone does to it. */
const IDLE_MS = 5_000;
/** Next to out/bench/run-bench.mjs once built. */
const WORKERS = join(import.meta.dirname, '..', 'workers');

/** The value of an answer; decoded after the measurement, as the hosts leave that to the renderer. */
function valueOf(encoded: EncodedEnvelope): unknown {
  const envelope = decodeEnvelope(encoded);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

/**
 * While the heaviest calls run on the corpus-scale project, how long the event loop of the host
 * serving the window (Electron main, the browser host) is blocked: the calls go through
 * Workspace.dispatch as the hosts relay them. Target: under 50 ms.
 */
export function mainLoopStall(scale: number): Benchmark {
  const size = corpusSize(scale);
  return {
    name: 'main-loop-stall',
    description: `Longest main-loop stall during heavy calls on the corpus of ${size.articles.toLocaleString('en')} articles${scale === 1 ? '' : ` (scale ${scale})`}`,
    async run(workDir) {
      const corpus = corpusProject(scale);
      const dialogs = new ScriptedDialogs({ whenEmpty: 'cancel' });
      const workspace = await Workspace.start({
        dataDir: join(workDir, 'data'),
        dialogs,
        storeWorkerFile: join(WORKERS, 'store-worker.mjs'),
        importWorkerFile: join(WORKERS, 'import-worker.mjs'),
        exportWorkerFile: join(WORKERS, 'export-worker.mjs'),
        appVersion: 'bench',
        shell: 'browser-host',
        log: (message, error) => console.error(`    ${message}:`, error),
      });
      const results: Measurement[] = [];
      const call = (name: CallName, arg?: unknown): Promise<EncodedEnvelope> => workspace.dispatch(name, arg);
      const measure = async <T>(label: string, action: () => Promise<T>): Promise<T> => {
        const { value, ms, longestStallMs, threadCpuMs } = await measureStall(action);
        results.push({ metric: `${label}: time`, value: ms, unit: 'ms' });
        results.push({ metric: `${label}: longest main-loop stall`, value: longestStallMs, unit: 'ms' });
        results.push({ metric: `${label}: main-thread CPU`, value: threadCpuMs, unit: 'ms' });
        console.log(
          `    ${label}: ${ms.toFixed(0)} ms, longest stall ${longestStallMs.toFixed(1)} ms, main-thread CPU ${threadCpuMs.toFixed(0)} ms`,
        );
        return value;
      };
      const exported = (): Promise<ExportReport> =>
        new Promise((resolve) => {
          const stop = workspace.events.on('export.finished', (report) => {
            stop();
            resolve(report);
          });
        });

      try {
        await measure(`idle, no calls (${IDLE_MS / 1000} s)`, () => sleep(IDLE_MS));
        dialogs.queue([corpus.path]);
        valueOf(await measure('open (quick check: not closed by this app)', () => call('project.open')));
        await measure('full integrity check (background)', () => call('project.checkIntegrity'));
        const entities = valueOf(await measure('entity list', () => call('entity.list'))) as {
          id: number;
          mentionCount: number;
        }[];
        const top = entities.reduce((best, entity) => (entity.mentionCount > best.mentionCount ? entity : best));
        await measure(`mentions of the top entity (${top.mentionCount})`, () =>
          call('entity.mentions', { id: top.id }),
        );

        dialogs.queue([join(workDir, 'corpus.awb.json')]);
        const full = await measure('full export (bundle)', async () => {
          const finished = exported();
          valueOf(await call('export.start', { formatId: 'bundle', scope: { kind: 'project' } }));
          return finished;
        });
        if (full.outcome !== 'written') throw new Error(`the export ended ${full.outcome}: ${full.message ?? ''}`);

        const ids = (valueOf(await call('article.list')) as { id: number }[])
          .slice(0, IMPORT_ARTICLES)
          .map(({ id }) => id);
        const bundle = join(workDir, 'import.awb.json');
        dialogs.queue([bundle]);
        const subset = exported();
        valueOf(await call('export.start', { formatId: 'bundle', scope: { kind: 'articles', ids } }));
        await subset;
        dialogs.queue([join(workDir, 'Import target'), [bundle]]);
        valueOf(await call('project.new'));
        valueOf(await measure(`annotation import (${ids.length} articles)`, () => call('annotations.import')));

        dialogs.queue([corpus.path]);
        valueOf(await measure('open again (closed cleanly: no quick check)', () => call('project.open')));
      } finally {
        await workspace.close();
      }
      return results;
    },
  };
}
