import * as z from 'zod';
import { ArticleId } from './article';

/** Encodings the importer decodes, and an analyst can choose when an article was decoded wrongly. */
export const TextEncoding = z.enum([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'windows-1251',
  'koi8-r',
  'gb18030',
  'big5',
  'shift_jis',
  'windows-1250',
  'iso-8859-2',
  'iso-8859-5',
  'windows-1253',
  'iso-8859-7',
  'windows-1254',
  'windows-1255',
  'iso-8859-8',
  'windows-1256',
  'iso-8859-6',
  'windows-1257',
  'windows-1258',
  'windows-874',
  'euc-jp',
  'euc-kr',
  'iso-2022-jp',
]);
export type TextEncoding = z.infer<typeof TextEncoding>;

/** A file dropped on the window: the renderer reads it and sends its bytes, never its path. */
export const DroppedFile = z.strictObject({
  name: z.string().min(1).max(1000),
  /** base64, so the same payload crosses Electron IPC and the browser host's JSON. */
  base64: z.string().max(140 * 1024 * 1024),
});
export type DroppedFile = z.infer<typeof DroppedFile>;

export const ImportJobId = z.string().min(1).max(100);

export const ImportProgress = z.strictObject({
  jobId: ImportJobId,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  currentFile: z.string().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ImportReport = z.strictObject({
  jobId: ImportJobId,
  imported: z.array(z.strictObject({ file: z.string(), articleId: ArticleId, title: z.string() })),
  duplicates: z.array(z.strictObject({ file: z.string(), existingArticleId: ArticleId, existingTitle: z.string() })),
  failed: z.array(z.strictObject({ file: z.string(), message: z.string() })),
  /**
   * What to check about files that were imported: bytes that were not UTF-8, the same text as an
   * article already in the project (`articleId`, for an Open button).
   */
  notes: z.array(z.strictObject({ file: z.string(), message: z.string(), articleId: ArticleId.optional() })),
  /** Files not attempted because the user cancelled. */
  skipped: z.number().int().nonnegative(),
  cancelled: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const SearchQuery = z.strictObject({
  query: z.string().max(1000),
  limit: z.number().int().min(1).max(500).optional(),
});

/** One search hit: a snippet with the matched words marked, and where in the article the first one is. */
export const SearchHit = z.strictObject({
  articleId: ArticleId,
  title: z.string(),
  snippet: z.string(),
  /** Ranges of `snippet` (UTF-16 code units) that matched the query. */
  highlights: z.array(z.strictObject({ start: z.number().int(), end: z.number().int() })),
  /** Offset of the first match in the article text (UTF-16), or null when the hit is in metadata only. */
  textOffset: z.number().int().nonnegative().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;
