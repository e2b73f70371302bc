import * as z from 'zod';
import { ArticleId } from './article';

/** One undoable user action on the annotation layer or an article's text, as the Edit menu names it. */
export const HistoryStep = z.strictObject({
  /** What the action did, in words: "Delete 3 annotations". */
  description: z.string().min(1),
  /** The articles whose text, annotations, notes or labels it changed, so only those are reloaded. */
  articleIds: z.array(ArticleId),
});
export type HistoryStep = z.infer<typeof HistoryStep>;

/** What Undo and Redo would do now (their descriptions), or null where there is nothing to do. */
export const HistoryState = z.strictObject({
  undo: z.string().min(1).nullable(),
  redo: z.string().min(1).nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;
