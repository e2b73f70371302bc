import * as z from 'zod';
import { Annotation } from './annotation';
import { ARTICLE_LIMITS, Article, ArticleId, Block } from './article';

/** Far more than one save of an editing session produces; the bound keeps one edit one quick transaction. */
export const TEXT_EDIT_CHANGES_MAX = 100_000;

// A UTF-16 surrogate without its partner: it cannot be stored as UTF-8 and would come back as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One replaced range of an edit: [from, to) of the text before the edit is replaced by
 * `insertedText`. Offsets are UTF-16 code units of the stored (normalised) text, like annotations'.
 * Inserted text is in the stored form already: `\n` line breaks and NFC.
 */
export const ArticleTextChange = z
  .strictObject({
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative(),
    insertedText: z
      .string()
      .max(ARTICLE_LIMITS.pastedTextMaxChars)
      .refine((text) => !text.includes('\r'), 'Inserted text must use \\n line breaks, without \\r.')
      .refine((text) => !LONE_SURROGATE.test(text), 'Inserted text holds half a character (a lone surrogate).')
      .refine((text) => text === text.normalize('NFC'), 'Inserted text must be in Unicode normal form NFC.'),
  })
  .refine((change) => change.from <= change.to, { error: 'A change cannot end before it starts.', path: ['to'] });
export type ArticleTextChange = z.infer<typeof ArticleTextChange>;

/**
 * An edit of an article's text, sent as changes rather than the whole text (which may be megabytes).
 * The changes are simultaneous, all in offsets of the text before the edit, so they must be in text
 * order and apart; `blocks` is the structure of the text after the edit.
 */
export const ArticleTextEdit = z.strictObject({
  id: ArticleId,
  changes: z
    .array(ArticleTextChange)
    .min(1)
    .max(TEXT_EDIT_CHANGES_MAX)
    .refine(
      (changes) =>
        changes.every((change, i) => {
          const previous = changes[i - 1];
          // Two changes starting at one place (say two insertions) would have no defined order.
          return previous === undefined || (change.from >= previous.to && change.from > previous.from);
        }),
      'Changes must be in text order, must not overlap and must not start at the same place.',
    ),
  blocks: z.array(Block).max(ARTICLE_LIMITS.pastedTextMaxChars),
});
export type ArticleTextEdit = z.infer<typeof ArticleTextEdit>;

export const ArticleTextEditResult = z.strictObject({
  article: Article,
  /** All the article's annotations in text order, moved with the edit. */
  annotations: z.array(Annotation),
  /** How many of them are orphaned now: their text is gone, and they wait to be re-attached. */
  orphanedCount: z.number().int().nonnegative(),
  /** How many of the colleagues' layer annotations lost all their text and were removed (undo brings them back). */
  removedLayerAnnotationCount: z.number().int().nonnegative(),
});
export type ArticleTextEditResult = z.infer<typeof ArticleTextEditResult>;
