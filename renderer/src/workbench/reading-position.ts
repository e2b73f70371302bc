import * as z from 'zod';
import type { ArticleId } from '../../../shared/model/article';

/** Where the analyst was in a project: the article on screen and how far down it was scrolled. */
export interface ReadingPosition {
  readonly articleId: ArticleId;
  readonly scrollTop: number;
}

const StoredPosition = z.strictObject({
  articleId: z.number().int().positive(),
  scrollTop: z.number().nonnegative(),
});

/** The part of localStorage (or a stand-in) the positions are kept in. */
export interface PositionStorage {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

/**
 * The last reading position of each project, so a reload or the next start reopens the article
 * being worked on rather than the newest. Kept per project file (article ids are only unique within
 * one), in the window's storage beside its other settings: it is this window's state, not project data.
 */
export class ReadingPositions {
  constructor(private readonly storage: PositionStorage) {}

  /** The remembered position in the project at `projectPath`; null when none, or it is unreadable. */
  get(projectPath: string): ReadingPosition | null {
    const stored = this.storage.read(keyOf(projectPath));
    if (stored === null) return null;
    try {
      const parsed = StoredPosition.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  remember(projectPath: string, position: ReadingPosition): void {
    this.storage.write(keyOf(projectPath), JSON.stringify(position));
  }
}

function keyOf(projectPath: string): string {
  return `workbench.reading-position:${projectPath}`;
}
