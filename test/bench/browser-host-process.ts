import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium-launch';

// The browser benchmarks run the built app (browser host + renderer) in Debian's Chromium, as the e2e tests do.
const SERVER = join(import.meta.dirname, '..', 'browser-host', 'server.mjs'); // next to out/bench/run-bench.mjs

/** Closing L's project takes well under a second; far longer means the host hangs. */
const STOP_TIMEOUT_MS = 15_000;

export interface BenchHost {
  startUrl: string;
  /** The loopback port it listens on: start again on it to keep the page's origin (and its storage). */
  port: number;
  stop(): Promise<void>;
}

/** Starts the browser host on a data folder (real services, real SQLite) as its own process. */
export async function startHost(dataDir: string, port = 0): Promise<BenchHost> {
  // A first start would ask who annotates, and the dialog would stop the measured key presses.
  const annotatorFile = join(dataDir, 'annotator.json');
  if (!existsSync(annotatorFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      annotatorFile,
      JSON.stringify({ uid: '0c0ffee0-0000-4000-8000-00000000be4c', name: 'Bench', email: null }),
    );
  }
  const child = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`browser host exited early with ${String(code)}`)));
  });
  const { startUrl } = JSON.parse(first) as { startUrl: string };
  return {
    startUrl,
    port: Number(new URL(startUrl).port),
    stop: () =>
      new Promise((resolve, reject) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        // A host that does not close is a finding, not a run that waits forever.
        const killer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`The browser host did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM.`));
        }, STOP_TIMEOUT_MS);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

/** "Chromium 156.0.8078.108", for the machine line of the results. */
export function chromiumVersion(): string {
  try {
    return (
      /Chromium [\d.]+/u.exec(
        execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
      )?.[0] ?? 'unknown'
    );
  } catch {
    return 'not found';
  }
}
