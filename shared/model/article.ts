import { z } from 'zod';

/** Limits shared by the UI and the store, so both reject the same input with the same words. */
export const ARTICLE_LIMITS = {
  titleMaxChars: 500,
  /** 16 Mi UTF-16 code units; larger texts arrive through import, which streams and checks size itself. */
  pastedTextMaxChars: 16 * 1024 * 1024,
} as const;

export const ArticleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export type ArticleId = z.infer<typeof ArticleId>;

/** Kinds of block an article's text is divided into; offsets always index the whole normalised text. */
export const BlockKind = z.enum(['paragraph', 'heading', 'blockquote']);
export type BlockKind = z.infer<typeof BlockKind>;

/** A block covers text[start, end) in UTF-16 code units of the normalised text (see shared/text/offsets). */
export const Block = z.strictObject({
  kind: BlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Block = z.infer<typeof Block>;

export const ArticleSummary = z.strictObject({
  id: ArticleId,
  title: z.string(),
  charCount: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = z.strictObject({
  id: ArticleId,
  title: z.string(),
  text: z.string(),
  blocks: z.array(Block),
  createdAt: z.string(),
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
