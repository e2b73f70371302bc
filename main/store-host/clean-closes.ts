import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { BackgroundFile } from '../fs/background-file';
import type { ErrorLog } from '../ipc/dispatcher';

const MAX_REMEMBERED = 50;

const Fingerprint = z.strictObject({ path: z.string(), size: z.number(), mtimeMs: z.number(), ino: z.number() });
type Fingerprint = z.infer<typeof Fingerprint>;

/** A WAL or shared-memory file next to the project: a connection is open, or one ended without closing. */
function hasLeftovers(path: string): boolean {
  return existsSync(`${path}-wal`) || existsSync(`${path}-shm`);
}

function fingerprint(path: string): Fingerprint | null {
  try {
    const stats = statSync(path);
    // Whole milliseconds, as Node's Date-based times and tools that copy times keep them.
    return { path: resolve(path), size: stats.size, mtimeMs: Math.round(stats.mtimeMs), ino: stats.ino };
  } catch {
    return null;
  }
}

/**
 * The project files this app closed cleanly, as they were then (size, modification time, inode),
 * kept in the data folder. A file still exactly like that, with no WAL left over, needs no
 * quick_check on open; anything else (a crash, a copy from elsewhere, a change by another program)
 * gets one. Losing the list only costs the next open its check.
 */
export class CleanCloses {
  private entries: Fingerprint[];
  private readonly file: BackgroundFile;

  constructor(file: string, log: ErrorLog) {
    this.file = new BackgroundFile(file, log);
    this.entries = CleanCloses.load(file);
  }

  private static load(file: string): Fingerprint[] {
    try {
      return z
        .array(Fingerprint)
        .parse(JSON.parse(readFileSync(file, 'utf8')))
        .slice(0, MAX_REMEMBERED);
    } catch {
      return [];
    }
  }

  isClean(path: string): boolean {
    const now = fingerprint(path);
    if (now === null || hasLeftovers(path)) return false;
    return this.entries.some(
      (entry) =>
        entry.path === now.path && entry.size === now.size && entry.mtimeMs === now.mtimeMs && entry.ino === now.ino,
    );
  }

  /** Remembers the file as it is now, after its last connection closed, unless that close left a WAL behind. */
  recordIfClean(path: string): void {
    const now = fingerprint(path);
    if (now === null || hasLeftovers(path)) return;
    this.save([now, ...this.entries.filter((entry) => entry.path !== now.path)].slice(0, MAX_REMEMBERED));
  }

  /** A file found damaged must be checked on its next open, however it was closed. */
  forget(path: string): void {
    this.save(this.entries.filter((entry) => entry.path !== resolve(path)));
  }

  /** Resolves once the list is on disk. */
  flushed(): Promise<void> {
    return this.file.flushed();
  }

  private save(entries: Fingerprint[]): void {
    this.entries = entries;
    this.file.save(JSON.stringify(entries, null, 2));
  }
}
