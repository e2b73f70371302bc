import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ErrorLog } from '../ipc/dispatcher';
import { FILE_MODE } from './file-modes';

/**
 * A small file main keeps up to date (the recent list, the clean closes) without blocking its event
 * loop: each save replaces the file atomically (temporary sibling, fsync, rename) off the loop,
 * saves never overlap, and of several saves waiting only the latest is written. A failed save is
 * logged: these files are conveniences, never worth failing the user's action for.
 */
export class BackgroundFile {
  private latest: string | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly log: ErrorLog,
  ) {}

  save(content: string): void {
    const alreadyQueued = this.latest !== null;
    this.latest = content;
    if (alreadyQueued) return;
    this.writing = this.writing.then(() => this.writeLatest());
  }

  /** Resolves once every save so far is on disk (or has failed and been logged). */
  flushed(): Promise<void> {
    return this.writing;
  }

  private async writeLatest(): Promise<void> {
    const content = this.latest ?? '';
    this.latest = null;
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      const handle = await open(temporary, 'w', FILE_MODE.ownerOnly);
      try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      this.log(`Could not save ${basename(this.path)}`, error);
    }
  }
}
