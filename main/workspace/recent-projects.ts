import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { RecentProject } from '../../shared/model/project';
import { BackgroundFile } from '../fs/background-file';
import type { ErrorLog } from '../ipc/dispatcher';
import { projectNameFromPath } from '../store/project-name';

const MAX_RECENT = 10;

const StoredRecent = z.array(z.strictObject({ id: z.string(), path: z.string(), openedAt: z.string() }));
type StoredRecent = z.infer<typeof StoredRecent>;

/** The recent-projects list, kept in the app's data folder as a small JSON file. */
export class RecentProjects {
  private entries: StoredRecent;
  private readonly file: BackgroundFile;

  constructor(file: string, log: ErrorLog) {
    this.file = new BackgroundFile(file, log);
    this.entries = RecentProjects.load(file);
  }

  /** A missing or damaged list is only a convenience lost; it must never stop the app from starting. */
  private static load(file: string): StoredRecent {
    try {
      return StoredRecent.parse(JSON.parse(readFileSync(file, 'utf8'))).slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  }

  list(): RecentProject[] {
    return this.entries.map((entry) => ({
      id: entry.id,
      name: projectNameFromPath(entry.path),
      displayPath: entry.path,
      openedAt: entry.openedAt,
    }));
  }

  mostRecentPath(): string | undefined {
    return this.entries[0]?.path;
  }

  pathOf(id: string): string | undefined {
    return this.entries.find((entry) => entry.id === id)?.path;
  }

  remember(path: string, now: Date): void {
    const existing = this.entries.find((entry) => entry.path === path);
    const entry = { id: existing?.id ?? randomUUID(), path, openedAt: now.toISOString() };
    this.entries = [entry, ...this.entries.filter((e) => e.path !== path)].slice(0, MAX_RECENT);
    this.save();
  }

  forget(path: string): void {
    this.entries = this.entries.filter((entry) => entry.path !== path);
    this.save();
  }

  /** Resolves once the list is on disk. */
  flushed(): Promise<void> {
    return this.file.flushed();
  }

  private save(): void {
    this.file.save(JSON.stringify(this.entries, null, 2));
  }
}
