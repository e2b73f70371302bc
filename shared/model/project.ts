import { z } from 'zod';

/** What the UI shows about the open project. Paths are for display; the renderer never sends them back. */
export const ProjectInfo = z.strictObject({
  name: z.string(),
  displayPath: z.string(),
  articleCount: z.number().int().nonnegative(),
  schemaVersion: z.number().int().positive(),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

/** One remembered project. Reopened by `id`, so no file system path travels from the renderer. */
export const RecentProject = z.strictObject({
  id: z.string(),
  name: z.string(),
  displayPath: z.string(),
  openedAt: z.string(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const PROJECT_FILE_EXTENSION = 'awb';
