import * as z from 'zod';
import { ArticleSummary } from '../../../shared/model/article';
import { ProjectInfo } from '../../../shared/model/project';

/**
 * The first screen of the library as this window last showed it, so that the next start can show
 * it while the project is still opening; the real list replaces it as soon as it arrives. Kept in
 * the page's storage, one entry: the project the window showed last, which is the one the app
 * reopens. Only shown for that project: when the project that opens is another one, the cached
 * list goes before anything of it is used.
 */

const KEY = 'workbench.library-first-screen';
/** More rows than a tall window shows. */
export const FIRST_SCREEN_ARTICLES = 60;

const CachedLibrary = z.strictObject({
  project: ProjectInfo,
  articles: z.array(ArticleSummary).max(FIRST_SCREEN_ARTICLES),
});
export type CachedLibrary = z.infer<typeof CachedLibrary>;

export interface LibraryCacheStorage {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

export class LibraryCache {
  private readonly storage: LibraryCacheStorage;

  constructor(storage: LibraryCacheStorage) {
    this.storage = storage;
  }

  /** The cached first screen, or null if there is none or it is not one this version wrote. */
  read(): CachedLibrary | null {
    const stored = this.storage.read(KEY);
    if (stored === null) return null;
    try {
      const parsed = CachedLibrary.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Remembers a project's list as the library shows it (newest first): its first screen only. */
  remember(project: ProjectInfo, articles: readonly ArticleSummary[]): void {
    const cached: CachedLibrary = { project, articles: articles.slice(0, FIRST_SCREEN_ARTICLES) };
    this.storage.write(KEY, JSON.stringify(cached));
  }
}
