import * as z from 'zod';
import { Block, Link } from './article-content';
import { ArticleReview } from './review-status';

export { Block, BlockKind, Link } from './article-content';

/** Limits shared by the UI and the store, so both reject the same input with the same words. */
export const ARTICLE_LIMITS = {
  titleMaxChars: 500,
  /** 16 Mi UTF-16 code units; larger texts arrive through import, which checks size itself. */
  pastedTextMaxChars: 16 * 1024 * 1024,
  metadataFieldMaxChars: 2000,
  tagMaxChars: 100,
  tagsMax: 100,
} as const;

export const ArticleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export type ArticleId = z.infer<typeof ArticleId>;

const MetadataText = z.string().trim().max(ARTICLE_LIMITS.metadataFieldMaxChars);

/** A free tag: trimmed, without line breaks, so it reads the same in lists, filters and exports. */
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(ARTICLE_LIMITS.tagMaxChars)
  .refine((tag) => !/[\n\r\t]/.test(tag), 'A tag cannot contain line breaks or tabs.');

/** BCP 47 language tag such as "de", "en-GB" or "fa". */
export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as de, en or fa.');

/** An ISO 8601 date ("2025-02-28") or date-time, as the analyst or the source page gave it. */
export const PUBLISHED_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
export const PublishedDate = z.string().regex(PUBLISHED_DATE_PATTERN, 'Use a date such as 2025-02-28.');

export const ArticleMetadata = z.strictObject({
  source: MetadataText.nullable(),
  url: MetadataText.nullable(),
  author: MetadataText.nullable(),
  publishedAt: PublishedDate.nullable(),
  language: LanguageTag.nullable(),
  tags: z.array(Tag).max(ARTICLE_LIMITS.tagsMax),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const ArticleSummary = z.strictObject({
  id: ArticleId,
  title: z.string(),
  /** Length in Unicode code points, what people mean by characters. */
  charCount: z.number().int().nonnegative(),
  /** When it entered the project (imported or pasted). */
  createdAt: z.string(),
  deletedAt: z.string().nullable(),
  metadata: ArticleMetadata,
  /** Absent while the article is new and nobody set a status. */
  review: ArticleReview.optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleOrigin = z.strictObject({
  fileName: z.string().nullable(),
  mediaType: z.string(),
  encoding: z.string().nullable(),
  byteLength: z.number().int().nonnegative(),
  contentHash: z.string(),
});
export type ArticleOrigin = z.infer<typeof ArticleOrigin>;

export const Article = z.strictObject({
  ...ArticleSummary.shape,
  text: z.string(),
  blocks: z.array(Block),
  links: z.array(Link),
  origin: ArticleOrigin,
});
export type Article = z.infer<typeof Article>;

export const NewArticle = z.strictObject({
  title: z.string().trim().max(ARTICLE_LIMITS.titleMaxChars),
  text: z
    .string()
    .max(ARTICLE_LIMITS.pastedTextMaxChars)
    .refine((text) => text.trim().length > 0, 'The article text is empty.'),
});
export type NewArticle = z.infer<typeof NewArticle>;

/** An edit of an article's title and metadata; absent fields stay as they are. */
export const ArticleEdit = z.strictObject({
  title: z.string().trim().min(1, 'The title cannot be empty.').max(ARTICLE_LIMITS.titleMaxChars).optional(),
  source: MetadataText.nullable().optional(),
  url: MetadataText.nullable().optional(),
  author: MetadataText.nullable().optional(),
  publishedAt: PublishedDate.nullable().optional(),
  language: LanguageTag.nullable().optional(),
  tags: z.array(Tag).max(ARTICLE_LIMITS.tagsMax).optional(),
});
export type ArticleEdit = z.infer<typeof ArticleEdit>;
