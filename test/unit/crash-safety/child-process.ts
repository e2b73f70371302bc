import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bundleForNode } from '../support/bundle-for-node';

/** Bundles a child entry (store-writer-child.ts, import-child.ts or export-child.ts) as `npm run build` bundles main/, so the child runs the real store. */
export function buildChild(entry: 'store-writer-child' | 'import-child' | 'export-child'): Promise<string> {
  return bundleForNode(join(import.meta.dirname, `${entry}.ts`));
}

export interface KilledRun {
  /** Complete `ack` lines the child printed before it died; a torn last line is dropped. */
  acks: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * When to kill: a number of milliseconds after the child reports ready (Infinity lets it finish), or
 * `thenMs` after its `acks`-th acknowledgement — for work that a fast machine finishes before any
 * fixed delay runs out.
 */
export type KillMoment = number | { acks: number; thenMs: number };

function killDelay(moment: KillMoment, stdout: string): number | undefined {
  if (typeof moment === 'number') return stdout.startsWith('ready\n') && Number.isFinite(moment) ? moment : undefined;
  const acknowledged = stdout.split('\n').length - 2; // minus the ready line and what follows the last newline
  return acknowledged >= moment.acks ? moment.thenMs : undefined;
}

/**
 * Starts the child and SIGKILLs it at the given moment. SIGKILL gives SQLite no chance to clean
 * up: this is a crash, not a quit.
 */
export function runAndKill(childFile: string, args: readonly string[], moment: KillMoment): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const delayMs = timer === undefined ? killDelay(moment, stdout) : undefined;
      if (delayMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === null && code !== 0) {
        reject(new Error(`The writer child failed (exit ${String(code)}): ${stderr}`));
        return;
      }
      const lines = stdout.split('\n');
      lines.pop(); // whatever follows the last newline is incomplete
      resolve({ acks: lines.filter((line) => line !== 'ready'), signal, stderr });
    });
  });
}
