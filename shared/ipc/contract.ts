import * as z from 'zod';
import { AnnotationColumnsBytes } from '../annotation-columns/annotation-columns-bytes';
import { COMMAND_IDS } from '../commands/command-catalog';
import type { NoteTarget } from '../model/annotation';
import {
  ANNOTATION_LIMITS,
  Annotation,
  AnnotationEdit,
  AnnotationId,
  AnnotationSchemaDefinition,
  Entity,
  EntityCandidate,
  EntityDraft,
  EntityEdit,
  EntityId,
  EntityMention,
  EntityName,
  EntitySummary,
  Fragments,
  Label,
  LabelEdit,
  LabelId,
  LabelRemoval,
  LabelUsage,
  NewAnnotation,
  NewLabel,
  NewRelation,
  Note,
  NoteId,
  Relation,
  RelationId,
  TextFragment,
} from '../model/annotation';
import {
  ClaimAttributeChart,
  ClaimAttributeChartRequest,
  CodeMatrix,
  CodeMatrixRequest,
  Timeline,
  TimelineRequest,
} from '../model/analysis-charts';
import { Article, ArticleEdit, ArticleId, ArticleSummary, NewArticle } from '../model/article';
import { ArticleTextEdit, ArticleTextEditResult } from '../model/article-text-edit';
import { HistoryState, HistoryStep } from '../model/history';
import {
  DroppedFile,
  ImportJobId,
  ImportProgress,
  ImportReport,
  SearchHit,
  SearchQuery,
  TextEncoding,
} from '../model/library';
import {
  AnnotationImportReport,
  ExportFormatId,
  ExportFormatInfo,
  ExportJobId,
  ExportRevealAction,
  ExportOptions,
  ExportProgress,
  ExportReport,
  ExportScope,
} from '../model/interchange';
import {
  ClaimsCsvQuery,
  ClaimsPage,
  ClaimsPageQuery,
  EntityIndexQuery,
  EntityIndexRow,
  SavedAnalysisView,
  SavedViewId,
  SavedViewName,
} from '../model/analysis';
import { AnalysisFilter } from '../model/analysis-filter';
import { ChangeSet } from '../model/change-set';
import { Network, NetworkRequest } from '../model/analysis-network';
import {
  RejectionsPage,
  RejectionsQuery,
  Suggestion,
  SuggestionOptions,
  SuggestionRejection,
  SuggestionRejectionId,
} from '../model/suggestion';
import {
  BuiltInRuleId,
  ImportedSuggestionSource,
  PatternSet,
  SuggestionSourceFile,
  SuggestionSourceKind,
  SuggestionSourceRef,
  SuggestionSources,
  SuggestionSourceStatistics,
} from '../model/suggestion-source';
import { IntegrityReport, ProjectInfo, RecentProject } from '../model/project';
import { Annotator, AnnotatorIdentity, AnnotatorIdentityEdit } from '../model/annotator';
import { ReviewStatus } from '../model/review-status';
import { Layer, LayerAnnotation, LayerId, LayerImportReport, LayerName, LAYER_LIMITS } from '../model/layer';
import { AgreementQuery, AgreementReport } from '../model/agreement';
import { CurationChoice, CurationDecision, CurationQuery, Disagreement } from '../model/curation';
import type { CallName, EventName } from './call-names';

const NoArgument = z.undefined();
const ArticleIds = z.strictObject({ ids: z.array(ArticleId).min(1).max(100_000) });
const Count = z.strictObject({ count: z.number().int().nonnegative() });
const ImportStarted = z.strictObject({ jobId: ImportJobId, total: z.number().int().nonnegative() });

/** Enough for "annotate every occurrence" across a long article, small enough to stay one quick transaction. */
const ANNOTATIONS_PER_CALL_MAX = 20_000;
const ENTITY_CANDIDATES_MAX = 100;
const OnLabel = z.strictObject({ id: LabelId });
const OnEntity = z.strictObject({ id: EntityId });
const InArticle = z.strictObject({ articleId: ArticleId });
/** Free-standing notes sit on an article or a relation; an annotation's or entity's note is edited with it. */
const FreeNoteTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), articleId: ArticleId }),
  z.strictObject({ kind: z.literal('relation'), relationId: RelationId }),
]) satisfies z.ZodType<NoteTarget>;
const NoteText = Note.shape.text;
const DocumentLabelIds = z.array(LabelId).max(ANNOTATION_LIMITS.labelsPerKindMax);

/** Accepting every occurrence of a frequent name across a large corpus stays one undo step. */
const SUGGESTIONS_PER_CALL_MAX = 100_000;
const SuggestionTarget = z.union([
  z.strictObject({ entityId: EntityId }),
  z.strictObject({ text: EntityName, labelId: LabelId }),
]);
const ArticleSuggestions = z.strictObject({
  articleId: ArticleId,
  articleTitle: z.string(),
  suggestions: z.array(Suggestion),
});
/** A suggestion to annotate; `entityId` picks one of several entities sharing the matched name. */
const AcceptedSuggestion = z.strictObject({ suggestion: Suggestion, entityId: EntityId.optional() });

function call<A extends z.ZodType, R extends z.ZodType>(arg: A, result: R, summary: string) {
  return { arg, result, summary };
}

/** Every call between renderer and main: its argument schema, its result schema, and what it does. */
export const contract = {
  'app.info': call(
    NoArgument,
    z.strictObject({ version: z.string(), shell: z.enum(['electron', 'browser-host']) }),
    'Application version and which host runs it.',
  ),
  'project.current': call(NoArgument, ProjectInfo, 'The project that is open now.'),
  'project.recent': call(NoArgument, z.array(RecentProject), 'Recently opened projects, newest first.'),
  'project.new': call(
    NoArgument,
    ProjectInfo.nullable(),
    'Ask where to create a new project and open it; null if cancelled.',
  ),
  'project.open': call(
    NoArgument,
    ProjectInfo.nullable(),
    'Ask which project file to open and open it; null if cancelled.',
  ),
  'project.openRecent': call(
    z.strictObject({ id: z.string().min(1).max(200) }),
    ProjectInfo,
    'Reopen a project from the recent list.',
  ),
  'project.saveAs': call(NoArgument, ProjectInfo.nullable(), 'Copy the project to a new file and continue there.'),
  'project.checkIntegrity': call(
    NoArgument,
    IntegrityReport,
    'Check every page and index of the project file (slow on a large project; the app stays usable meanwhile).',
  ),
  'article.list': call(NoArgument, z.array(ArticleSummary), 'All articles, newest first.'),
  'article.get': call(z.strictObject({ id: ArticleId }), Article, 'One article with its text and blocks.'),
  'article.create': call(NewArticle, ArticleSummary, 'Create an article from pasted text.'),
  'article.update': call(
    z.strictObject({ id: ArticleId, edit: ArticleEdit }),
    ArticleSummary,
    'Rename an article or edit its metadata and tags.',
  ),
  'article.trash': call(ArticleIds, Count, 'Move articles to the trash (they can be restored).'),
  'article.restore': call(ArticleIds, Count, 'Bring articles back from the trash.'),
  'article.redecode': call(
    z.strictObject({ id: ArticleId, encoding: TextEncoding }),
    Article,
    'Decode the original bytes again with another character encoding.',
  ),
  'trash.list': call(NoArgument, z.array(ArticleSummary), 'Articles in the trash, most recently deleted first.'),
  'trash.empty': call(NoArgument, Count, 'Delete every article in the trash for good.'),
  'library.importFiles': call(
    NoArgument,
    ImportStarted.nullable(),
    'Ask for files and import them; null if cancelled.',
  ),
  'library.importFolder': call(NoArgument, ImportStarted.nullable(), 'Ask for a folder and import every file in it.'),
  'library.importDropped': call(
    z.strictObject({ files: z.array(DroppedFile).min(1).max(1000) }),
    ImportStarted,
    'Import files dropped on the window.',
  ),
  'library.cancelImport': call(
    z.strictObject({ jobId: ImportJobId }),
    z.null(),
    'Stop an import after the current file.',
  ),
  'search.query': call(SearchQuery, z.array(SearchHit), 'Full-text and metadata search across the project.'),
  'analysis.network': call(
    NetworkRequest,
    Network,
    'A co-occurrence, claim or relation network of the corpus, narrowed by the analysis filter, its top edges kept.',
  ),

  'export.formats': call(NoArgument, z.array(ExportFormatInfo), 'The export formats, in menu order.'),
  'export.start': call(
    z.strictObject({ formatId: ExportFormatId, scope: ExportScope, options: ExportOptions.optional() }),
    z.strictObject({ jobId: ExportJobId }).nullable(),
    'Ask where to export (a file, or a new folder for multi-file formats) and start the export; null if cancelled.',
  ),
  'export.cancel': call(z.strictObject({ jobId: ExportJobId }), z.null(), 'Stop an export; nothing is written.'),
  'export.reveal': call(
    z.strictObject({ jobId: ExportJobId, action: ExportRevealAction }),
    z.null(),
    'Open an export this app has written, or show it in its folder (desktop app). Named by its job, never by a path.',
  ),
  'annotations.import': call(
    NoArgument,
    AnnotationImportReport.nullable(),
    'Ask for annotation files (bundle, brat, W3C, doccano, Label Studio) and import them all or nothing; null if cancelled.',
  ),

  'schema.labels': call(NoArgument, z.array(Label), 'Every label of the annotation schema, in menu order.'),
  'schema.addLabel': call(NewLabel, Label, 'Add an entity type, relation type, document label or claim attribute.'),
  'schema.updateLabel': call(
    z.strictObject({ id: LabelId, edit: LabelEdit }),
    Label,
    'Rename, recolour or re-key a label, all or nothing.',
  ),
  'schema.labelUsage': call(OnLabel, LabelUsage, 'How much of the project uses a label, before removing it.'),
  'schema.removeLabel': call(
    z.strictObject({ id: LabelId, decision: LabelRemoval }),
    z.null(),
    'Remove a label, deleting or reassigning what uses it.',
  ),
  'schema.export': call(NoArgument, AnnotationSchemaDefinition, 'The annotation schema as a schema file holds it.'),
  'schema.import': call(
    z.strictObject({ schema: AnnotationSchemaDefinition }),
    Count,
    'Add the labels of a schema file that the project lacks; counts the labels added.',
  ),

  'entity.list': call(NoArgument, z.array(EntitySummary), 'Every entity with how often the corpus mentions it.'),
  'entity.get': call(OnEntity, Entity, 'One entity.'),
  'entity.candidates': call(
    z.strictObject({
      query: z.string().max(ANNOTATION_LIMITS.entityNameMaxChars),
      typeLabelId: LabelId.optional(),
      limit: z.number().int().min(1).max(ENTITY_CANDIDATES_MAX).optional(),
    }),
    z.array(EntityCandidate),
    'Entities whose name or alias matches what is typed, best first, to link a mention to.',
  ),
  'entity.create': call(EntityDraft, Entity, 'Add an entity to the registry.'),
  'entity.update': call(
    z.strictObject({ id: EntityId, edit: EntityEdit }),
    Entity,
    'Change an entity; lists given replace the stored ones.',
  ),
  'entity.mentions': call(OnEntity, z.array(EntityMention), 'Every mention of an entity, across all articles.'),
  'entity.merge': call(
    z.strictObject({ keptId: EntityId, mergedId: EntityId }).refine(({ keptId, mergedId }) => keptId !== mergedId, {
      error: 'An entity cannot be merged with itself.',
      path: ['mergedId'],
    }),
    Entity,
    'Merge one entity into another: its mentions, claims, aliases and ids move to the kept one.',
  ),
  'entity.splitMention': call(
    z.strictObject({ annotationId: AnnotationId, entity: EntityDraft }),
    Entity,
    'Link one mention to a new entity instead of the one it was merged into.',
  ),

  'annotation.list': call(InArticle, z.array(Annotation), 'The annotations of an article, in text order.'),
  'annotation.columns': call(
    z.strictObject({ articleId: ArticleId, within: TextFragment.optional() }),
    AnnotationColumnsBytes,
    'The annotations of an article, in text order, as binary columns (shared/annotation-columns/): what opening an article reads. With `within`, only those with a piece in that range of the text.',
  ),
  'annotation.create': call(NewAnnotation, Annotation, 'Annotate a span (or discontinuous spans).'),
  'annotation.createMany': call(
    z.strictObject({ annotations: z.array(NewAnnotation).min(1).max(ANNOTATIONS_PER_CALL_MAX) }),
    z.array(Annotation),
    'Create several annotations, all or none; returns them in text order.',
  ),
  'annotation.update': call(
    z.strictObject({ id: AnnotationId, edit: AnnotationEdit }),
    Annotation,
    'Change the label, entity link, claim details or note of an annotation.',
  ),
  'annotation.delete': call(
    z.strictObject({ ids: z.array(AnnotationId).min(1).max(100_000) }),
    Count,
    'Delete annotations with their relations; counts those deleted.',
  ),
  'annotation.reattach': call(
    z.strictObject({ id: AnnotationId, fragments: Fragments }),
    Annotation,
    'Give an annotation new fragments in the current text (re-attach an orphan); rebuilds its quote.',
  ),

  'relation.list': call(InArticle, z.array(Relation), 'Relations with an end in an article.'),
  'relation.create': call(NewRelation, Relation, 'Link two annotations with a relation type.'),
  'relation.delete': call(z.strictObject({ id: RelationId }), z.null(), 'Delete a relation.'),

  'note.list': call(z.strictObject({ target: FreeNoteTarget }), z.array(Note), 'The notes on an article or relation.'),
  'note.add': call(
    z.strictObject({ target: FreeNoteTarget, text: NoteText }),
    Note,
    'Add a note to an article or relation.',
  ),
  'note.update': call(z.strictObject({ id: NoteId, text: NoteText }), z.null(), 'Change the text of a note.'),
  'note.delete': call(z.strictObject({ id: NoteId }), z.null(), 'Delete a note.'),

  'article.documentLabels': call(
    z.strictObject({ articleId: ArticleId }),
    z.array(LabelId),
    'An article’s document labels.',
  ),
  'article.setDocumentLabels': call(
    z.strictObject({ articleId: ArticleId, labelIds: DocumentLabelIds }),
    z.array(LabelId),
    'Replace an article’s document labels; returns them in schema order.',
  ),
  'article.editText': call(
    ArticleTextEdit,
    ArticleTextEditResult,
    'Edit an article’s text by changes to the stored text; annotations follow, those whose text is gone become orphans.',
  ),
  'article.setReviewStatus': call(
    z.strictObject({ articleId: ArticleId, status: ReviewStatus }),
    ArticleSummary,
    'Set an article’s review status (new, in progress, done, reviewed) as one undoable step, recording who and when.',
  ),
  'annotator.identity': call(
    NoArgument,
    AnnotatorIdentity.nullable(),
    'Who annotates on this machine, as kept in the app’s data folder; null until they said.',
  ),
  'annotator.setIdentity': call(
    AnnotatorIdentityEdit,
    AnnotatorIdentity,
    'Save who annotates on this machine and stamp the open project’s writes with them from now on.',
  ),
  'annotator.use': call(
    AnnotatorIdentity,
    Annotator,
    'Register an annotator in the open project and stamp its writes with them (main calls it on every open).',
  ),
  'annotator.list': call(NoArgument, z.array(Annotator), 'Everyone who annotated in the open project.'),

  'analysis.claimsPerClaimant': call(
    ClaimAttributeChartRequest,
    ClaimAttributeChart,
    'Claims per claimant, split by stance, narrowed by the analysis filter.',
  ),
  'analysis.verdictsPerSource': call(
    ClaimAttributeChartRequest,
    ClaimAttributeChart,
    'Claims per source, split by verdict, narrowed by the analysis filter.',
  ),
  'analysis.codeMatrix': call(
    CodeMatrixRequest,
    CodeMatrix,
    'Annotations per source, article or tag and label, narrowed by the analysis filter.',
  ),
  'analysis.timeline': call(
    TimelineRequest,
    Timeline,
    'Claims and mentions per period of published dates, narrowed by the filter but for its dates.',
  ),
  'suggestion.forArticle': call(
    InArticle,
    z.array(Suggestion),
    'What the registry, gazetteers and pattern rules propose in an article, in text order; nothing annotated or rejected.',
  ),
  'suggestion.occurrences': call(
    SuggestionTarget,
    z.array(ArticleSuggestions),
    'Every unannotated occurrence across the corpus of an entity\u2019s names (or of a text), grouped by article.',
  ),
  'suggestion.accept': call(
    z.strictObject({ accepted: z.array(AcceptedSuggestion).min(1).max(SUGGESTIONS_PER_CALL_MAX) }),
    z.array(Annotation),
    'Annotate what the suggestions propose, linked to their entities (new ones created), as one undo step.',
  ),
  'suggestion.reject': call(
    z.strictObject({ suggestions: z.array(Suggestion).min(1).max(SUGGESTIONS_PER_CALL_MAX) }),
    Count,
    'Remember suggestions as turned down, so they are not proposed again; one undo step.',
  ),
  'suggestion.rejections': call(NoArgument, z.array(SuggestionRejection), 'Every rejected suggestion, newest first.'),
  'suggestion.rejectionsPage': call(
    RejectionsQuery,
    RejectionsPage,
    'A page of the rejected suggestions the filter finds, newest first, after a cursor, with their counts.',
  ),
  'suggestion.unreject': call(
    z.strictObject({ ids: z.array(SuggestionRejectionId).min(1).max(SUGGESTIONS_PER_CALL_MAX) }),
    Count,
    'Forget rejections, so their suggestions are proposed again; one undo step.',
  ),
  'suggestion.options': call(NoArgument, SuggestionOptions, 'How tolerant matching is in this project.'),
  'suggestion.setOptions': call(
    SuggestionOptions,
    SuggestionOptions,
    'Change how tolerant matching is in this project.',
  ),

  'suggestionSources.import': call(
    z.strictObject({ kind: SuggestionSourceKind }),
    ImportedSuggestionSource.nullable(),
    'Ask for a gazetteer (CSV/TSV) or pattern file (JSONL) and add it as a suggestion source; null if cancelled.',
  ),
  'suggestionSources.add': call(
    SuggestionSourceFile,
    ImportedSuggestionSource,
    'Add a gazetteer or pattern file read by main; a file with a bad line or an unknown label is refused whole.',
  ),
  'suggestionSources.list': call(
    NoArgument,
    SuggestionSources,
    'The gazetteers, pattern files and built-in rules switched on.',
  ),
  'suggestionSources.statistics': call(
    NoArgument,
    z.array(SuggestionSourceStatistics),
    'How many suggestions each source makes across the corpus, and how many were accepted and rejected.',
  ),
  'suggestionSources.setEnabled': call(
    z.strictObject({ source: SuggestionSourceRef, enabled: z.boolean() }),
    z.null(),
    'Switch a gazetteer or pattern set on or off.',
  ),
  'suggestionSources.remove': call(
    z.strictObject({ source: SuggestionSourceRef }),
    z.null(),
    'Remove a gazetteer or pattern set; accepted annotations stay.',
  ),
  'suggestionSources.setBuiltIn': call(
    z.strictObject({ rule: BuiltInRuleId, labelId: LabelId }),
    PatternSet,
    'Switch a built-in rule (dates, handles, hashtags, web addresses) on with the label it proposes.',
  ),
  'layers.import': call(
    NoArgument,
    LayerImportReport.nullable(),
    'Ask for a colleague’s annotation files and add them as their layer beside the project’s own; null if cancelled.',
  ),
  'layers.list': call(NoArgument, z.array(Layer), 'The colleagues’ layers imported into the project.'),
  'layers.rename': call(z.strictObject({ id: LayerId, name: LayerName }), Layer, 'Rename a layer.'),
  'layers.remove': call(
    z.strictObject({ id: LayerId }),
    z.null(),
    'Remove an imported layer as one undoable step; the project’s own annotations stay.',
  ),
  'layers.annotations': call(
    z.strictObject({ articleId: ArticleId, layerIds: z.array(LayerId).min(1).max(LAYER_LIMITS.layersPerCallMax) }),
    z.array(LayerAnnotation),
    'The annotations of these layers in one article, to draw beside the project’s own.',
  ),
  'agreement.compute': call(
    AgreementQuery,
    AgreementReport,
    'Agreement of two or more layers over chosen articles and labels: span P/R/F1, κ, Fleiss’ κ, α and uα, per label and overall.',
  ),
  'curation.disagreements': call(
    CurationQuery,
    z.array(Disagreement),
    'Where two layers differ (spans, labels, claims’ attributes), in article and text order, with decisions taken.',
  ),
  'curation.decide': call(
    z.strictObject({ query: CurationQuery, key: z.string().min(1).max(1_000), choice: CurationChoice }),
    CurationDecision,
    'Write the chosen version of a disagreement into the project’s own layer and record who decided, as one undoable step.',
  ),
  'analysis.claims': call(
    ClaimsPageQuery,
    ClaimsPage,
    'A window of the corpus’s claims under a filter, sorted and grouped, with the total and group counts.',
  ),
  'analysis.claimsCsv': call(
    ClaimsCsvQuery,
    z.strictObject({ csv: z.string() }),
    'Every claim under a filter, in table order, as CSV with the columns given.',
  ),
  'analysis.entities': call(
    EntityIndexQuery,
    z.array(EntityIndexRow),
    'Every entity with its mentions, articles, first and last seen and claims, counted under a filter.',
  ),
  'analysis.articleIds': call(
    z.strictObject({ filter: AnalysisFilter }),
    z.array(ArticleId),
    'The live articles an analysis filter keeps, for the article list.',
  ),
  'analysis.savedViews': call(NoArgument, z.array(SavedAnalysisView), 'The named filters saved in the project.'),
  'analysis.saveView': call(
    z.strictObject({ name: SavedViewName, filter: AnalysisFilter }),
    SavedAnalysisView,
    'Save a filter under a name; one of the same name takes the new filter.',
  ),
  'analysis.deleteView': call(z.strictObject({ id: SavedViewId }), z.null(), 'Delete a saved view.'),

  'history.undo': call(
    NoArgument,
    HistoryStep.nullable(),
    'Undo the last annotation action or text edit; null if there is nothing to undo.',
  ),
  'history.redo': call(
    NoArgument,
    HistoryStep.nullable(),
    'Redo what was last undone; null if there is nothing to redo.',
  ),
  'history.state': call(NoArgument, HistoryState, 'What Undo and Redo would do now, for the Edit menu.'),
} as const satisfies Record<CallName, { arg: z.ZodType; result: z.ZodType; summary: string }>;

export type Contract = typeof contract;
export type ArgOf<C extends CallName> = z.input<Contract[C]['arg']>;
export type ParsedArgOf<C extends CallName> = z.output<Contract[C]['arg']>;
export type ResultOf<C extends CallName> = z.output<Contract[C]['result']>;

/** A command id the application menu sends; the renderer's command registry runs it. */
export const MenuCommand = z.enum(COMMAND_IDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const events = {
  'project.changed': ProjectInfo,
  /** A check of the open project's file found damage (the background check after open, or one asked for). */
  'project.damaged': IntegrityReport,
  'menu.command': MenuCommand,
  'import.progress': ImportProgress,
  'import.finished': ImportReport,
  'export.progress': ExportProgress,
  'export.finished': ExportReport,
  /** What a committed write, undo or redo changed, for every window. */
  'store.changed': ChangeSet,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
