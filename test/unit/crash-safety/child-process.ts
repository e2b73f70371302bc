import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles a child entry (store-writer-child.ts or import-child.ts) as `npm run build` bundles main/, so the child runs the real store. */
export async function buildChild(entry: 'store-writer-child' | 'import-child'): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'workbench-crash-')), `${entry}.cjs`);
  await build({
    entryPoints: [join(import.meta.dirname, `${entry}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'error',
  });
  return outfile;
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

/** A small seeded generator (mulberry32), so a failing kill schedule can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
