import * as z from 'zod';
import { ArticleId } from './article';

/** Export and annotation import, as the IPC contract and the CLI report them. */

export const ExportFormatId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Unknown export format.');

export const ExportFormatInfo = z.strictObject({
  id: ExportFormatId,
  name: z.string(),
  /** The unit the format counts offsets in, so the user knows what numbers in the file mean. */
  offsetUnit: z.enum(['utf16-code-units', 'code-points', 'tokens', 'none']),
  /** Extension of a single-file export; null when the format writes a folder. */
  extension: z.string().nullable(),
});
export type ExportFormatInfo = z.infer<typeof ExportFormatInfo>;

export const ExportScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('project') }),
  z.strictObject({ kind: z.literal('articles'), ids: z.array(ArticleId).min(1).max(100_000) }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

/** Choices that change how a format writes, not what. */
export const ExportOptions = z.strictObject({
  /** CSV: start each file with a UTF-8 byte order mark, so Excel reads it as UTF-8 (default on). */
  byteOrderMark: z.boolean().optional(),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

export const ExportJobId = z.string().min(1).max(100);

/** What the desktop app can do with an export it has just written: open it, or show it in its folder. */
export const ExportRevealAction = z.enum(['open', 'show-in-folder']);
export type ExportRevealAction = z.infer<typeof ExportRevealAction>;

export const ExportProgress = z.strictObject({
  jobId: ExportJobId,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ExportProgress = z.infer<typeof ExportProgress>;

/** What an export wrote, or why it did not: a failed or cancelled export leaves nothing at the destination. */
export const ExportReport = z.strictObject({
  jobId: ExportJobId,
  format: ExportFormatId,
  outcome: z.enum(['written', 'cancelled', 'failed']),
  /** The file or folder written (a folder's files are listed in `files`). */
  destination: z.string(),
  files: z.array(z.string()),
  articles: z.number().int().nonnegative(),
  annotations: z.number().int().nonnegative(),
  /** In words, what the format could not carry (overlapping spans in CoNLL, orphaned annotations…). */
  dropped: z.array(z.string()),
  /** Why the export failed, when it did. */
  message: z.string().nullable(),
});
export type ExportReport = z.infer<typeof ExportReport>;

/**
 * Something in an annotation file with where it is ("news.ann:12"): a problem (any problem means
 * nothing was imported) or something left out of an import that went ahead.
 */
export const ImportProblem = z.strictObject({ place: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

export const AnnotationImportReport = z.strictObject({
  files: z.array(z.string()),
  /** False when any problem was found: then nothing at all was imported. */
  imported: z.boolean(),
  articles: z.array(
    z.strictObject({
      name: z.string(),
      articleId: ArticleId,
      title: z.string(),
      annotations: z.number().int().nonnegative(),
      relations: z.number().int().nonnegative(),
    }),
  ),
  /** Labels the files used that the project lacked, added to its schema ("entity type “GPE”"). */
  labelsAdded: z.array(z.string()),
  /** Labels the files spell differently, matched to the project's ("“PERSON” → entity type “Person”"). */
  labelsMatched: z.array(z.string()),
  entitiesCreated: z.number().int().nonnegative(),
  entitiesReused: z.number().int().nonnegative(),
  /** What was merged differently from what the file says (an article already in the project, an entity clash). */
  conflicts: z.array(z.string()),
  /** What the files hold that the project cannot represent and how it was kept (or that it was left out). */
  warnings: z.array(z.string()),
  /** What was left out, with where it is and why (a file that holds no annotations, a span inside a character); the rest was imported. */
  skipped: z.array(ImportProblem),
  problems: z.array(ImportProblem),
});
export type AnnotationImportReport = z.infer<typeof AnnotationImportReport>;
