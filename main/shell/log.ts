import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorLog } from '../ipc/dispatcher';

/** Big enough for months of ordinary errors; past it the file is rotated once so it cannot fill the disk. */
const MAX_LOG_BYTES = 5 * 1024 * 1024;

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function rotateIfLarge(file: string): void {
  try {
    if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No log yet: nothing to rotate.
  }
}

/**
 * Errors go to the console (visible when started from a terminal) and to <userData>/logs/main.log,
 * which is what a user can send us from a packaged app that has no terminal.
 */
export function createMainLog(logDir: string): ErrorLog {
  const file = join(logDir, 'main.log');
  try {
    mkdirSync(logDir, { recursive: true });
  } catch (error) {
    console.error(`Cannot create the log folder ${logDir}:`, error);
  }
  rotateIfLarge(file);
  return (message, error) => {
    console.error(`${message}:`, error);
    const detail = describe(error).replaceAll('\n', '\n    ');
    try {
      appendFileSync(file, `${new Date().toISOString()} ${message}\n    ${detail}\n`);
    } catch {
      // The console already has the message; a failing log file must not take the app down with it.
    }
  };
}
