import * as z from 'zod';

/**
 * The structure of an article's text. Blocks and links index the one normalised text in UTF-16
 * code units (shared/text/offsets.ts); nothing from the source markup survives except these.
 */
export const BlockKind = z.enum(['paragraph', 'heading', 'blockquote', 'list-item', 'figure', 'preformatted']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.strictObject({
  kind: BlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Heading level 1–6 for headings; nesting depth (1 = top) for list items. */
  level: z.number().int().min(1).max(6).optional(),
});
export type Block = z.infer<typeof Block>;

/** A link kept as text: its target is shown on hover and opened only on explicit request. */
export const Link = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: z.string().max(4096),
});
export type Link = z.infer<typeof Link>;
