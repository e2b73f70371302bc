import { restoreAuthorship, restoreReview, type AuthoredTable, type RestoredAuthorship } from './restored-authorship';
import { storeBlockLanguages } from './article-block-languages';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { TextRange } from '../../shared/text/offsets';
import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../shared/model/analysis-filter';
import type {
  ClaimAttributeChart,
  CodeMatrix,
  CodeMatrixRows,
  ProjectCharts,
  Timeline,
} from '../../shared/model/analysis-charts';
import type {
  Annotation,
  AnnotationEdit,
  AnnotationSchemaDefinition,
  ArticleAnnotation,
  Entity,
  EntityCandidate,
  EntityDraft,
  EntityEdit,
  EntityMention,
  EntitySummary,
  Label,
  LabelEdit,
  LabelId,
  LabelRemoval,
  LabelUsage,
  NewAnnotation,
  NewLabel,
  NewRelation,
  Note,
  NoteTarget,
  Relation,
  TextFragment,
  TextQuote,
} from '../../shared/model/annotation';
import type {
  ClaimsCsvQuery,
  ClaimsPage,
  ClaimsPageQuery,
  EntityIndexQuery,
  EntityIndexRow,
  SavedAnalysisView,
} from '../../shared/model/analysis';
import type { Article, ArticleEdit, ArticleId, ArticleSummary } from '../../shared/model/article';
import type { Layer, LayerAnnotation, LayerId } from '../../shared/model/layer';
import type { ArticleTextEdit, ArticleTextEditResult } from '../../shared/model/article-text-edit';
import type { Network, NetworkRequest } from '../../shared/model/analysis-network';
import type { ChangeSet } from '../../shared/model/change-set';
import type { HistoryState, HistoryStep } from '../../shared/model/history';
import type { SearchHit } from '../../shared/model/library';
import type { ProjectInfo } from '../../shared/model/project';
import type {
  BuiltInRuleId,
  ImportedSuggestionSource,
  PatternSet,
  SuggestionSourceFile,
  SuggestionSourceRef,
  SuggestionSources,
  SuggestionSourceStatistics,
} from '../../shared/model/suggestion-source';
import type { Annotator, AnnotatorId, AnnotatorIdentity } from '../../shared/model/annotator';
import type { AgreementQuery, AgreementReport } from '../../shared/model/agreement';
import type { CurationChoice, CurationDecision, CurationQuery, Disagreement } from '../../shared/model/curation';
import { REVIEW_STATUS_TITLES, type ReviewStatus } from '../../shared/model/review-status';
import { WorkbenchError } from '../../shared/ipc/errors';
import {
  articleSummaries,
  contentHash,
  countAnnotations,
  countArticles,
  emptyTrash,
  findByContentHash,
  findByTextHash,
  getArticle,
  getOriginal,
  insertArticle,
  listArticles,
  moveToTrash,
  replaceText,
  restoreFromTrash,
  updateArticle,
  type ArticleInput,
} from './article-repository';
import { searchArticles } from './article-search';
import { filteredArticleIds } from './analysis/analysis-scope';
import { claimsCsv } from './analysis/claims-csv';
import { claimsPage } from './analysis/claims-query';
import { entityIndex } from './analysis/entity-index-query';
import { deleteSavedView, listSavedViews, saveView } from './analysis/saved-views-repository';
import { ChangeTracker } from './change-tracking/change-tracker';
import { editArticleText, guessLanguagesAgain } from './article-text-edit';
import { reattachAnnotation } from './annotation-anchors';
import {
  createAnnotation,
  createAnnotations,
  deleteAnnotations,
  getAnnotation,
  getAnnotations,
  listAnnotations,
  listArticleAnnotations,
  updateAnnotation,
} from './annotation-repository';
import {
  addLabel,
  exportSchema,
  getLabel,
  importSchema,
  isDefaultSchemaSeeded,
  labelUsage,
  listLabels,
  recolourLabel,
  removeLabel,
  renameLabel,
  seedDefaultSchemaOnce,
  setLabelHotkey,
  setRelationEnds,
} from './annotation-schema-repository';
import { documentLabels, setDocumentLabels } from './document-label-repository';
import { listAnnotators, registerAnnotator } from './annotator-repository';
import { colleagueAnnotator, type Colleague } from './layers/colleague-annotator';
import {
  allLayerAnnotations,
  insertLayerAnnotations,
  layerAnnotationsOf,
  layerAnnotationUids,
  type NewLayerAnnotation,
} from './layers/layer-annotation-repository';
import {
  deleteLayer,
  getLayer,
  insertLayer,
  layerUidExists,
  listLayers,
  renameLayer,
  type NewLayer,
} from './layers/layer-repository';
import type { Stamp } from './authorship';
import { setReviewStatus, startReviewOnFirstAnnotation } from './review-repository';
import { History } from './history';
import { describeCreation, describeDeletion, quoted } from './history-descriptions';
import {
  createEntity,
  entityMentions,
  findEntityCandidates,
  getEntity,
  listEntities,
  mergeEntities,
  splitMentionOff,
  updateEntity,
} from './entity-repository';
import { addNote, deleteNote, listNotes, listRelationNotes, updateNote } from './note-repository';
import { restoreOrphanedAnchor } from './orphaned-anchor';
import { createRelation, deleteRelation, listRelations } from './relation-repository';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { claimAttributeChart } from './analysis/claim-attribute-chart';
import { codeMatrix } from './analysis/code-matrix';
import { timeline } from './analysis/timeline';
import { clearProjectTarget } from './project-file-target';
import {
  createProjectDatabase,
  fullIntegrityProblems,
  openProjectDatabase,
  openProjectDatabaseForReading,
  type OpenCheck,
} from './project-database';
import { explainStorageError } from './sqlite-errors';
import {
  importSuggestionSource,
  listSuggestionSources,
  removeSuggestionSource,
  setBuiltInRule,
  setSuggestionSourceEnabled,
} from './suggestions/suggestion-source-repository';
import { imposeStorageFault, type StorageFault } from './storage-faults';
import { ProjectSuggestions } from './suggestions/project-suggestions';
import { textHash } from './text-hash';
import { networkOf } from './analysis/network-of';
import { computeAgreement } from './agreement/agreement-report';
import { decideDisagreement } from './curation/decide-disagreement';
import { findDisagreements } from './curation/find-disagreements';
import { NetworkPlaces } from './analysis/network-places';
import { projectNameFromPath } from './project-name';

const CHOICE_WORDS: Readonly<Record<CurationChoice, string>> = {
  a: 'accept A',
  b: 'accept B',
  both: 'accept both',
  reject: 'reject',
  edited: 'edited by hand',
};
/** A colleague's layer as an import describes it; the store registers the colleague and stamps the rest. */
export interface LayerInput extends Pick<NewLayer, 'uid' | 'format' | 'fileNames'> {
  readonly colleague: Colleague;
  /** The colleague's name when not given. */
  readonly name?: string;
  /** Kept from a bundle, so it round-trips; now when not given. */
  readonly importedAt?: string;
  /** Kept from a bundle (null: unknown); the current annotator when not given. */
  readonly importedBy?: number | null;
}

/** One open project file. Every mutating method is one transaction, committed before it returns. */
export class ProjectStore {
  readonly path: string;
  readonly name: string;
  private readonly db: DatabaseSync;
  private readonly clock: () => Date;
  /** Sentence boundaries for co-occurrence, segmented on first use and kept while the connection is open. */
  private networkPlaces: NetworkPlaces | undefined;
  /** Undo and redo of annotation actions and text edits; it lives as long as this connection. */
  private readonly history: History;
  /** What each committed write changed, for onChanged. */
  private readonly changes: ChangeTracker;
  /** What the registry, gazetteers and patterns propose, and the analyst's answers to it. */
  readonly suggestions: ProjectSuggestions;
  /** Who writes on this connection (`useAnnotator`); null until told, as on the command line. */
  private annotatorId: AnnotatorId | null = null;

  private constructor(
    path: string,
    db: DatabaseSync,
    clock: () => Date,
    private readonly readOnly = false,
  ) {
    this.path = path;
    this.name = projectNameFromPath(path);
    this.db = db;
    this.clock = clock;
    this.history = new History(
      db,
      (replay) => this.historyStep(replay),
      (articleIds) => guessLanguagesAgain(db, articleIds),
    );
    this.changes = new ChangeTracker(db, this.name, {
      history: () => this.history.state(),
      project: () => this.info(),
    });
    this.suggestions = new ProjectSuggestions(db, {
      mutate: (action) => this.mutate(action),
      record: (action, describe) => this.recorded(action, describe),
      now: () => this.now(),
      stamp: () => this.stamp(),
    });
  }

  static create(path: string, clock: () => Date = () => new Date()): ProjectStore {
    return ProjectStore.ready(path, createProjectDatabase(path, basename(path)), clock);
  }

  static open(path: string, clock: () => Date = () => new Date(), check: OpenCheck = 'quick'): ProjectStore {
    return ProjectStore.ready(path, openProjectDatabase(path, basename(path), check), clock);
  }

  /** A read-only second connection, for work in a worker thread that must never write (exports). */
  static openForReading(path: string, check: OpenCheck = 'quick'): ProjectStore {
    return new ProjectStore(path, openProjectDatabaseForReading(path, basename(path), check), () => new Date(), true);
  }

  /** New projects, and projects from before annotation, start with the default annotation schema. */
  private static ready(path: string, db: DatabaseSync, clock: () => Date): ProjectStore {
    const store = new ProjectStore(path, db, clock);
    try {
      // Checked first so opening a seeded project never writes (it may be read-only).
      if (!isDefaultSchemaSeeded(db)) store.mutate(() => seedDefaultSchemaOnce(db));
    } catch (error) {
      db.close();
      throw error;
    }
    return store;
  }

  info(): ProjectInfo {
    return {
      name: this.name,
      displayPath: this.path,
      articleCount: countArticles(this.db),
      schemaVersion: CURRENT_SCHEMA_VERSION,
    };
  }

  listArticles(): ArticleSummary[] {
    return listArticles(this.db, false);
  }

  listTrash(): ArticleSummary[] {
    return listArticles(this.db, true);
  }

  getArticle(id: number): Article {
    return getArticle(this.db, id);
  }

  getOriginal(id: number): { bytes: Uint8Array; name: string | null } {
    return getOriginal(this.db, id);
  }

  /** The article that already holds these original bytes, so the same file is never imported twice. */
  findDuplicate(originalBytes: Uint8Array): ArticleSummary | undefined {
    return findByContentHash(this.db, contentHash(originalBytes));
  }

  /**
   * The article whose normalised text is exactly this, whatever file it came from: the same article
   * saved in another encoding, or pasted. Importing it is not refused, only reported.
   */
  findSameText(text: string): ArticleSummary | undefined {
    return findByTextHash(this.db, textHash(text));
  }

  /** Adds an article unless its original is already in the project; a duplicate is refused with its title. */
  createArticle(input: ArticleInput): ArticleSummary {
    return this.mutate(() => {
      const existing = this.findDuplicate(input.original.bytes);
      if (existing !== undefined) {
        const where = existing.deletedAt === null ? '' : ' (in the trash)';
        throw new WorkbenchError('duplicate', `This is already in the project as "${existing.title}"${where}.`);
      }
      const article = insertArticle(this.db, input, this.now());
      storeBlockLanguages(this.db, article.id);
      return article;
    });
  }

  updateArticle(id: number, edit: ArticleEdit): ArticleSummary {
    return this.mutate(() => updateArticle(this.db, id, edit, this.now()));
  }

  /** Re-decoding replaces the text; refused once annotations point into it, as their offsets would break. */
  replaceArticleText(id: number, content: Parameters<typeof replaceText>[2]): Article {
    return this.mutate(() => {
      if (countAnnotations(this.db, id) > 0) {
        throw new WorkbenchError(
          'invalid-argument',
          'This article already has annotations, so its text can no longer be decoded differently.',
        );
      }
      replaceText(this.db, id, content, this.now());
      storeBlockLanguages(this.db, id);
      return getArticle(this.db, id);
    });
  }

  trashArticles(ids: readonly number[]): number {
    return this.mutate(() => moveToTrash(this.db, ids, this.now()));
  }

  restoreArticles(ids: readonly number[]): number {
    return this.mutate(() => restoreFromTrash(this.db, ids));
  }

  emptyTrash(): number {
    return this.mutate(() => emptyTrash(this.db));
  }

  /** Sets an article's review status as one undoable step; "reviewed" records the reviewer. */
  setReviewStatus(articleId: number, status: ReviewStatus): ArticleSummary {
    return this.recorded(
      () => {
        setReviewStatus(this.db, articleId, status, this.stamp());
        return articleSummaries(this.db, [articleId])[0] as ArticleSummary;
      },
      (article) => `Mark ${quoted(article.title)} as ${REVIEW_STATUS_TITLES[status].toLowerCase()}`,
    );
  }

  // --- Annotators ----------------------------------------------------------------------------

  /**
   * Says who makes the writes from now on: registers them in the project (or updates their name)
   * and stamps every later annotation, claim, relation, note and entity edit with them.
   */
  useAnnotator(identity: AnnotatorIdentity): Annotator {
    const annotator = this.mutate(() => registerAnnotator(this.db, identity, this.now()));
    this.annotatorId = annotator.id;
    return annotator;
  }

  listAnnotators(): Annotator[] {
    return listAnnotators(this.db);
  }

  // --- Colleagues' layers --------------------------------------------------------------------

  listLayers(): Layer[] {
    return listLayers(this.db);
  }

  /**
   * Adds a colleague's work as a layer of its own beside the project's annotations, with the
   * colleague registered as an annotator; the layer is named after them unless `name` is given.
   */
  addLayer(input: LayerInput, annotations: Iterable<NewLayerAnnotation>): Layer {
    return this.mutate(() => {
      const annotatorId = colleagueAnnotator(this.db, input.colleague, this.now());
      const id = insertLayer(this.db, {
        uid: input.uid,
        name: input.name ?? input.colleague.name,
        annotatorId,
        format: input.format,
        fileNames: input.fileNames,
        importedAt: input.importedAt ?? this.now(),
        importedBy: input.importedBy === undefined ? this.annotatorId : input.importedBy,
      });
      insertLayerAnnotations(this.db, id, annotations);
      return getLayer(this.db, id);
    });
  }

  /** Replaces an imported row's authorship stamp with the one its source recorded (bundle import). */
  restoreAuthorship(table: AuthoredTable, id: number, authorship: RestoredAuthorship): void {
    this.mutate(() => restoreAuthorship(this.db, table, id, authorship));
  }

  /** Gives an imported article the review status its source recorded (bundle import). */
  restoreReview(articleId: number, review: Parameters<typeof restoreReview>[2]): void {
    this.mutate(() => restoreReview(this.db, articleId, review));
  }

  /** A colleague as an annotator of the project (found by uid, else by name, else added), as a layer's import registers them. */
  registerColleague(colleague: Colleague): number {
    return this.mutate(() => colleagueAnnotator(this.db, colleague, this.now()));
  }

  /** Whether a layer with this uid is here already (a bundle imported twice brings its layers once). */
  hasLayer(uid: string): boolean {
    return layerUidExists(this.db, uid);
  }

  renameLayer(id: LayerId, name: string): Layer {
    return this.recorded(
      () => renameLayer(this.db, id, name),
      (layer) => `Rename layer ${quoted(layer.name)}`,
    );
  }

  /** Removes a colleague's layer as one undoable step; the project's own annotations stay. */
  removeLayer(id: LayerId): void {
    this.recorded(
      () => {
        const { name } = getLayer(this.db, id);
        deleteLayer(this.db, id);
        return name;
      },
      (name) => `Remove layer ${quoted(name)}`,
    );
  }

  layerAnnotations(articleId: ArticleId, layerIds: readonly LayerId[]): LayerAnnotation[] {
    return layerAnnotationsOf(this.db, articleId, layerIds);
  }

  /** Every annotation of a layer with its uid, for the bundle export. */
  layerAnnotationsWithUids(layerId: LayerId): { annotation: LayerAnnotation; uid: string }[] {
    const uids = layerAnnotationUids(this.db, layerId);
    return allLayerAnnotations(this.db, layerId).map((annotation) => ({
      annotation,
      uid: uids.get(annotation.id) ?? String(annotation.id),
    }));
  }

  search(query: string, limit: number): SearchHit[] {
    return searchArticles(this.db, query, limit);
  }

  // --- Annotation schema -------------------------------------------------------------------

  listLabels(): Label[] {
    return listLabels(this.db);
  }

  addLabel(label: NewLabel): Label {
    return this.mutate(() => addLabel(this.db, label));
  }

  renameLabel(id: number, name: string): Label {
    return this.mutate(() => renameLabel(this.db, id, name));
  }

  recolourLabel(id: number, color: string): Label {
    return this.mutate(() => recolourLabel(this.db, id, color));
  }

  setLabelHotkey(id: number, hotkey: string | null): Label {
    return this.mutate(() => setLabelHotkey(this.db, id, hotkey));
  }

  /** Renames, recolours and re-keys a label in one transaction: a refused part leaves the label as it was. */
  updateLabel(id: number, edit: LabelEdit): Label {
    return this.mutate(() => {
      let label = getLabel(this.db, id);
      if (edit.name !== undefined) label = renameLabel(this.db, id, edit.name);
      if (edit.color !== undefined) label = recolourLabel(this.db, id, edit.color);
      if (edit.hotkey !== undefined) label = setLabelHotkey(this.db, id, edit.hotkey);
      if (edit.sourceLabelIds !== undefined || edit.targetLabelIds !== undefined) {
        label = setRelationEnds(this.db, id, edit);
      }
      return label;
    });
  }

  labelUsage(id: number): LabelUsage {
    return labelUsage(this.db, id);
  }

  removeLabel(id: number, decision: LabelRemoval): void {
    this.mutate(() => removeLabel(this.db, id, decision));
  }

  exportAnnotationSchema(): AnnotationSchemaDefinition {
    return exportSchema(this.db);
  }

  /** Adds the labels of a schema file that the project lacks; returns how many were added. */
  importAnnotationSchema(definition: unknown): number {
    return this.mutate(() => importSchema(this.db, definition));
  }

  // --- Suggestion sources (gazetteers, pattern files, built-in rules) -------------------------

  /** Stores a gazetteer or pattern file main read, or refuses it whole, saying why. */
  importSuggestionSource(file: SuggestionSourceFile): ImportedSuggestionSource {
    return this.mutate(() => importSuggestionSource(this.db, file, this.now()));
  }

  listSuggestionSources(): SuggestionSources {
    return listSuggestionSources(this.db);
  }

  /** The first request matches every source over the whole corpus: seconds on a large project. */
  suggestionSourceStatistics(): SuggestionSourceStatistics[] {
    return this.suggestions.sourceStatistics();
  }

  setSuggestionSourceEnabled(source: SuggestionSourceRef, enabled: boolean): void {
    this.mutate(() => setSuggestionSourceEnabled(this.db, source, enabled));
  }

  removeSuggestionSource(source: SuggestionSourceRef): void {
    this.mutate(() => removeSuggestionSource(this.db, source));
  }

  setBuiltInRule(rule: BuiltInRuleId, labelId: LabelId): PatternSet {
    return this.mutate(() => setBuiltInRule(this.db, rule, labelId, this.now()));
  }

  // --- Entities ------------------------------------------------------------------------------

  createEntity(draft: EntityDraft): Entity {
    return this.recorded(
      () => createEntity(this.db, draft, this.stamp()),
      (entity) => `Add entity ${quoted(entity.name)}`,
    );
  }

  updateEntity(id: number, edit: EntityEdit): Entity {
    return this.recorded(
      () => updateEntity(this.db, id, edit, this.stamp()),
      (entity) => `Edit entity ${quoted(entity.name)}`,
    );
  }

  getEntity(id: number): Entity {
    return getEntity(this.db, id);
  }

  findEntityCandidates(query: string, options?: { typeLabelId?: number; limit?: number }): EntityCandidate[] {
    return findEntityCandidates(this.db, query, options);
  }

  listEntities(): EntitySummary[] {
    return listEntities(this.db);
  }

  /** Corpus analysis charts: counts only, grouped in SQL on this connection. */
  claimsPerClaimant(filter: AnalysisFilter): ClaimAttributeChart {
    return claimAttributeChart(this.db, filter, 'claimant', 'stance');
  }

  verdictsPerSource(filter: AnalysisFilter): ClaimAttributeChart {
    return claimAttributeChart(this.db, filter, 'source', 'verdict');
  }

  codeMatrix(filter: AnalysisFilter, rowsBy: CodeMatrixRows): CodeMatrix {
    return codeMatrix(this.db, filter, rowsBy);
  }

  timeline(filter: AnalysisFilter): Timeline {
    return timeline(this.db, filter);
  }

  /** Every chart, unfiltered, with the code matrix by source: what the HTML report shows. */
  projectCharts(): ProjectCharts {
    return {
      claimsPerClaimant: this.claimsPerClaimant(NO_ANALYSIS_FILTER),
      verdictsPerSource: this.verdictsPerSource(NO_ANALYSIS_FILTER),
      codeMatrix: this.codeMatrix(NO_ANALYSIS_FILTER, 'source'),
      timeline: this.timeline(NO_ANALYSIS_FILTER),
    };
  }

  entityMentions(id: number): EntityMention[] {
    return entityMentions(this.db, id);
  }

  mergeEntities(keptId: number, mergedId: number): Entity {
    return this.recorded(
      () => ({
        // Named before the merge, which deletes the merged entity.
        description: `Merge ${quoted(getEntity(this.db, mergedId).name)} into ${quoted(getEntity(this.db, keptId).name)}`,
        kept: mergeEntities(this.db, keptId, mergedId, this.stamp()),
      }),
      ({ description }) => description,
    ).kept;
  }

  splitMentionOff(annotationId: number, draft: EntityDraft): Entity {
    return this.recorded(
      () => splitMentionOff(this.db, annotationId, draft, this.stamp()),
      (entity) => `Link mention to new entity ${quoted(entity.name)}`,
    );
  }

  // --- Annotations, relations, notes, document labels -----------------------------------------

  createAnnotation(input: NewAnnotation): Annotation {
    return this.recorded(
      () => {
        const stamp = this.stamp();
        const annotation = createAnnotation(this.db, input, stamp);
        startReviewOnFirstAnnotation(this.db, [annotation.articleId], stamp);
        return annotation;
      },
      (annotation) => describeCreation([annotation]),
    );
  }

  /** All or nothing: one bad annotation leaves none of them written. One step to undo. */
  createAnnotations(inputs: readonly NewAnnotation[]): Annotation[] {
    return this.recorded(() => {
      const stamp = this.stamp();
      const annotations = createAnnotations(this.db, inputs, stamp);
      startReviewOnFirstAnnotation(
        this.db,
        annotations.map((annotation) => annotation.articleId),
        stamp,
      );
      return annotations;
    }, describeCreation);
  }

  updateAnnotation(id: number, edit: AnnotationEdit): Annotation {
    return this.recorded(
      () => updateAnnotation(this.db, id, edit, this.stamp()),
      (annotation) => `Edit annotation ${quoted(annotation.quote.exact)}`,
    );
  }

  /** Gives an annotation new fragments in the current text, such as an orphan its new place. */
  reattachAnnotation(id: number, fragments: readonly TextFragment[]): Annotation {
    return this.recorded(
      () => reattachAnnotation(this.db, id, fragments, this.stamp()),
      (annotation) => `Re-attach annotation ${quoted(annotation.quote.exact)}`,
    );
  }

  /** Marks an annotation orphaned at the anchor it had in the project it came from (bundle import). */
  restoreOrphanedAnchor(id: number, fragments: readonly TextFragment[], quote: TextQuote): void {
    this.mutate(() => restoreOrphanedAnchor(this.db, id, fragments, quote));
  }

  deleteAnnotations(ids: readonly number[]): number {
    return this.recorded(
      () => ({ description: describeDeletion(this.db, ids), count: deleteAnnotations(this.db, ids) }),
      ({ description }) => description,
    ).count;
  }

  getAnnotation(id: number): Annotation {
    return getAnnotation(this.db, id);
  }

  /** The annotations with these ids that exist, in no particular order. */
  getAnnotations(ids: readonly number[]): Annotation[] {
    return getAnnotations(this.db, ids);
  }

  listAnnotations(articleId: number): Annotation[] {
    return listAnnotations(this.db, articleId);
  }

  /** What the window shows of an article's annotations (`annotation.columns`). */
  listArticleAnnotations(articleId: number, within?: TextRange): ArticleAnnotation[] {
    return listArticleAnnotations(this.db, articleId, within);
  }

  createRelation(relation: NewRelation): Relation {
    return this.recorded(
      () => createRelation(this.db, relation, this.stamp()),
      (created) => `Add relation ${quoted(getLabel(this.db, created.typeLabelId).name)}`,
    );
  }

  deleteRelation(id: number): void {
    this.recorded(
      () => deleteRelation(this.db, id),
      () => 'Delete relation',
    );
  }

  listRelations(articleId: number): Relation[] {
    return listRelations(this.db, articleId);
  }

  addNote(target: NoteTarget, text: string): Note {
    return this.recorded(
      () => addNote(this.db, target, text, this.stamp()),
      () => 'Add note',
    );
  }

  updateNote(id: number, text: string): void {
    this.recorded(
      () => updateNote(this.db, id, text, this.stamp()),
      () => 'Edit note',
    );
  }

  deleteNote(id: number): void {
    this.recorded(
      () => deleteNote(this.db, id),
      () => 'Delete note',
    );
  }

  listNotes(target: NoteTarget): Note[] {
    return listNotes(this.db, target);
  }

  /** The notes on these relations (all relations when omitted), by relation id (relations without notes are absent). */
  listRelationNotes(relationIds?: readonly number[]): Map<number, Note[]> {
    return listRelationNotes(this.db, relationIds);
  }

  setDocumentLabels(articleId: number, labelIds: readonly number[]): number[] {
    return this.recorded(
      () => setDocumentLabels(this.db, articleId, labelIds),
      () => 'Change document labels',
    );
  }

  documentLabels(articleId: number): number[] {
    return documentLabels(this.db, articleId);
  }

  // --- Corpus analysis (main/store/analysis/): reads over the whole corpus, and saved views -----

  analysisClaims(query: ClaimsPageQuery): ClaimsPage {
    return claimsPage(this.db, query);
  }

  analysisClaimsCsv(query: ClaimsCsvQuery): string {
    return this.readConsistently(() => claimsCsv(this.db, query));
  }

  analysisEntities(query: EntityIndexQuery): EntityIndexRow[] {
    return entityIndex(this.db, query);
  }

  analysisArticleIds(filter: AnalysisFilter): number[] {
    return filteredArticleIds(this.db, filter);
  }

  listSavedViews(): SavedAnalysisView[] {
    return listSavedViews(this.db);
  }

  /** Not undoable, as no annotation work changes: saving under the same name again replaces the filter. */
  saveView(name: string, filter: AnalysisFilter): SavedAnalysisView {
    return this.mutate(() => saveView(this.db, name, filter, this.now()));
  }

  deleteSavedView(id: number): void {
    this.mutate(() => deleteSavedView(this.db, id));
  }

  /**
   * Runs several store calls as one transaction and one undo step (`description`), for an import
   * that must land whole or not at all: the calls inside join both, and any failure rolls all back.
   */
  atomically<T>(description: string, action: () => T): T {
    return this.recorded(action, () => description);
  }

  /** Runs several reads on one snapshot, so an export never mixes states from before and after a write. */
  readConsistently<T>(action: () => T): T {
    if (this.db.isTransaction) return action();
    this.db.exec('BEGIN DEFERRED');
    try {
      return action();
    } finally {
      this.db.exec('COMMIT');
    }
  }

  // --- Agreement and curation of colleagues' layers (main/store/agreement/, main/store/curation/) ---

  /** Reads every layer on one snapshot, so a write meanwhile never mixes into the comparison. */
  computeAgreement(query: AgreementQuery): AgreementReport {
    return this.readConsistently(() => computeAgreement(this.db, query));
  }

  curationDisagreements(query: CurationQuery): Disagreement[] {
    return this.readConsistently(() => findDisagreements(this.db, query));
  }

  /** Writes the chosen version into the project's own annotations and records the decision: one undoable step. */
  decideCuration(query: CurationQuery, key: string, choice: CurationChoice): CurationDecision {
    return this.recorded(
      () => decideDisagreement(this.db, query, key, choice, this.stamp()),
      ({ disagreement }) =>
        `Curate ${quoted(disagreement.a?.quote ?? disagreement.b?.quote ?? '')}: ${CHOICE_WORDS[choice]}`,
    ).decision;
  }

  // --- Text editing and history --------------------------------------------------------------

  /** Edits an article's text; its annotations follow, and those whose text is gone become orphans. */
  editArticleText(edit: ArticleTextEdit): ArticleTextEditResult {
    return this.recorded(
      () => editArticleText(this.db, edit, this.stamp()),
      () => 'Edit article text',
    );
  }

  /** Undoes the last annotation action or text edit; null when there is nothing to undo. */
  undo(): HistoryStep | null {
    return this.history.undo();
  }

  redo(): HistoryStep | null {
    return this.history.redo();
  }

  historyState(): HistoryState {
    return this.history.state();
  }

  /** An analysis network (co-occurrence, claims, relations) narrowed by the analysis filter. */
  network(request: NetworkRequest): Network {
    this.networkPlaces ??= new NetworkPlaces(this.db);
    return networkOf(this.db, this.networkPlaces, request);
  }

  /** Every problem SQLite's full integrity check finds (none when intact); reads the whole file. */
  checkIntegrity(): string[] {
    return fullIntegrityProblems(this.db);
  }

  /**
   * Calls `listener` with what each committed write, undo or redo changed (never for one refused
   * or rolled back), synchronously after its commit and before the writing method returns.
   * Returns the function that unsubscribes it.
   */
  onChanged(listener: (changes: ChangeSet) => void): () => void {
    return this.changes.onChanged(listener);
  }

  /**
   * Test seam: makes every later write on this connection fail as on a full disk or a read-only
   * file (see storage-faults.ts); null clears it. Only tests and the browser host's --test-control
   * reach it.
   */
  injectStorageFault(fault: StorageFault | null): void {
    imposeStorageFault(this.db, fault);
  }

  private mutate<T>(action: () => T): T {
    return this.changes.commit(action);
  }

  /** A user action of the annotation layer: one transaction and one step of undo history. */
  private recorded<T>(action: () => T, describe: (result: T) => string): T {
    return this.historyStep(() => this.history.record(action, describe));
  }

  /** A transaction that records or replays a step of history: its change set says what Undo and Redo offer after it. */
  private historyStep<T>(action: () => T): T {
    return this.mutate(() => {
      this.changes.markHistoryStep();
      return action();
    });
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private stamp(): Stamp {
    return { by: this.annotatorId, at: this.now() };
  }

  /**
   * Writes a compacted copy next to the target first and renames it into place, so a failure
   * (full disk, crash) never leaves a half-written project at the chosen path.
   */
  copyTo(target: string): void {
    if (target === this.path) throw new WorkbenchError('invalid-argument', 'That is the file already open.');
    clearProjectTarget(target, basename(target));
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
    rmSync(temporary, { force: true });
    try {
      this.db.prepare('VACUUM INTO ?').run(temporary);
      renameSync(temporary, target);
    } catch (error) {
      if (existsSync(temporary)) rmSync(temporary, { force: true });
      throw explainStorageError(error, projectNameFromPath(target));
    }
  }

  close(): void {
    if (!this.db.isOpen) return;
    // A read-only connection cannot checkpoint; the connection that writes does.
    if (this.readOnly) {
      this.db.close();
      return;
    }
    try {
      // Folding the WAL back in leaves a single self-contained file that can be copied or mailed.
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
