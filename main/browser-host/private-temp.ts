import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files in passing — what the page uploads for an import, exports on their way to a download — in
 * one folder per launch, created on first use and only readable by the user (mkdtemp makes it 0700
 * under an unpredictable name). Projects never live here.
 */
export class PrivateTemp {
  private root: Promise<string> | null = null;

  /** A new empty folder inside this launch's temporary folder. */
  async newFolder(purpose: string): Promise<string> {
    this.root ??= mkdtemp(join(tmpdir(), 'annotation-workbench-'));
    return mkdtemp(join(await this.root, `${purpose}-`));
  }

  async remove(folder: string): Promise<void> {
    await rm(folder, { recursive: true, force: true });
  }

  /** At exit: nothing of this launch stays behind. */
  async removeAll(): Promise<void> {
    const root = this.root;
    this.root = null;
    if (root !== null) await rm(await root, { recursive: true, force: true });
  }
}
