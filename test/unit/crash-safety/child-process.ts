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
 * Starts the child and SIGKILLs it `delayMs` after it reports ready (or lets it finish when
 * delayMs is Infinity). SIGKILL gives SQLite no chance to clean up: this is a crash, not a quit.
 */
export function runAndKill(childFile: string, args: readonly string[], delayMs: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (timer === undefined && Number.isFinite(delayMs) && stdout.startsWith('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
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
