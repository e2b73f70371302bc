import * as z from 'zod';
import {
  Annotation,
  AnnotationId,
  EntityId,
  EntitySummary,
  Label,
  LabelId,
  Note,
  NoteId,
  Relation,
  RelationId,
} from './annotation';
import { SavedAnalysisView, SavedViewId } from './analysis';
import { Annotator, AnnotatorId } from './annotator';
import { Article, ArticleId, ArticleSummary } from './article';
import { CurationDecision } from './curation';
import { HistoryState } from './history';
import { Layer, LayerId } from './layer';
import { ProjectInfo } from './project';
import { GazetteerId, PatternSetId, SuggestionOptions, SuggestionRejection, SuggestionRejectionId } from './suggestion';
import { Gazetteer, PatternSet } from './suggestion-source';

/** Rows of one kind a write left behind: the new state of each changed row, and the ids of rows gone. */
function rowChanges<Row extends z.ZodType, Id extends z.ZodType>(row: Row, id: Id) {
  return z.strictObject({ upserted: z.array(row), deleted: z.array(id) });
}

/**
 * What one committed write, undo or redo changed, as the rows' new state. The store hands it back
 * with the result and broadcasts it to every window, so no view re-fetches what was just written.
 * A part is present only when that kind of row changed.
 */
export const ChangeSet = z.strictObject({
  /** Articles whose summary (metadata, title, trash state) changed; `deleted` left the project for good. */
  articles: rowChanges(ArticleSummary, ArticleId).optional(),
  /** Articles whose text changed, whole: text edits are rare and a view must redraw them anyway. */
  articleTexts: z.array(Article).optional(),
  annotations: rowChanges(Annotation, AnnotationId).optional(),
  relations: rowChanges(Relation, RelationId).optional(),
  notes: rowChanges(Note, NoteId).optional(),
  /** Entity summaries carry mention counts, so a new mention upserts its entity too. */
  entities: rowChanges(EntitySummary, EntityId).optional(),
  labels: rowChanges(Label, LabelId).optional(),
  /** Annotators who joined the project or changed their name or e-mail. */
  annotators: rowChanges(Annotator, AnnotatorId).optional(),
  /** The document labels of each article whose set changed, whole. */
  documentLabels: z.array(z.strictObject({ articleId: ArticleId, labelIds: z.array(LabelId) })).optional(),
  /** Suggestions turned down, or taken back into consideration. */
  suggestionRejections: rowChanges(SuggestionRejection, SuggestionRejectionId).optional(),
  /** Gazetteers and pattern sets imported, switched on or off, or removed. */
  gazetteers: rowChanges(Gazetteer, GazetteerId).optional(),
  patternSets: rowChanges(PatternSet, PatternSetId).optional(),
  /** The project's matching options, when the analyst changed them. */
  suggestionOptions: SuggestionOptions.optional(),
  /** Named analysis filters saved, changed or deleted (not undoable: saving again replaces one). */
  savedViews: rowChanges(SavedAnalysisView, SavedViewId).optional(),
  /** Colleagues' layers imported, renamed or removed. */
  layers: rowChanges(Layer, LayerId).optional(),
  /** Curation decisions taken or undone, by disagreement key. */
  curationDecisions: rowChanges(CurationDecision, z.string()).optional(),
  /** What Undo and Redo offer after the write. */
  history: HistoryState.optional(),
  /** The project's counts, where they changed. */
  project: ProjectInfo.optional(),
});
export type ChangeSet = z.infer<typeof ChangeSet>;
