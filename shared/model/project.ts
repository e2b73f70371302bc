import * as z from 'zod';

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

/** What a full integrity check of the project file found: `problems` as SQLite words them, the first few. */
export const IntegrityReport = z.strictObject({
  intact: z.boolean(),
  problems: z.array(z.string()).max(10),
});
export type IntegrityReport = z.infer<typeof IntegrityReport>;

export const PROJECT_FILE_EXTENSION = 'awb';
