import type {
  ArticleAnnotation,
  AnnotationId,
  EntitySummary,
  Label,
  LabelId,
  Relation,
} from '../../../shared/model/annotation';
import type { SavedAnalysisView } from '../../../shared/model/analysis';
import type { Article, ArticleId, ArticleSummary } from '../../../shared/model/article';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { HistoryState } from '../../../shared/model/history';
import type { Layer, LayerId } from '../../../shared/model/layer';
import type { ProjectInfo } from '../../../shared/model/project';
import type { TextRange } from '../../../shared/text/offsets';
import { AnnotationIndex } from './annotation-index';
import { KeyedRows } from './keyed-rows';
import type { ModelChange } from './model-change';
import type { Annotator, AnnotatorId } from '../../../shared/model/annotator';

export interface ShownArticle {
  readonly id: ArticleId;
  readonly title: string;
  readonly text: string;
  readonly language: string | undefined;
}

/** Everything the window shows of one project, as loaded when the project opens. */
export interface ProjectSnapshot {
  readonly project: ProjectInfo;
  /** Live articles and those in the trash. */
  readonly articles: readonly ArticleSummary[];
  readonly labels: readonly Label[];
  readonly entities: readonly EntitySummary[];
  readonly history: HistoryState;
  readonly savedViews: readonly SavedAnalysisView[];
  /** Everyone who annotated in the project; absent in snapshots that have none to show. */
  readonly annotators?: readonly Annotator[];
  /** Colleagues' layers imported into the project; absent in snapshots that have none to show. */
  readonly layers?: readonly Layer[];
}

/** The article on screen with its annotation layer, as loaded when it opens. */
export interface ArticleSnapshot {
  readonly article: Article;
  readonly annotations: readonly ArticleAnnotation[];
  readonly relations: readonly Relation[];
  readonly documentLabels: readonly LabelId[];
}

const NO_HISTORY: HistoryState = { undo: null, redo: null };

/**
 * The renderer's one copy of the project: articles, labels, entities, the shown article with its
 * annotations and relations, the selection and what Undo offers. Loads fill it; after that only
 * change sets from main change it, so what every view draws is what is stored. Views read it and
 * subscribe; they never change it themselves.
 */
export class WorkbenchModel {
  private readonly listeners = new Set<(change: ModelChange) => void>();
  private projectInfo: ProjectInfo | null = null;
  private readonly articleRows = new KeyedRows<ArticleSummary>();
  private readonly labelRows = new KeyedRows<Label>();
  private readonly entityRows = new KeyedRows<EntitySummary>();
  private readonly savedViewRows = new KeyedRows<SavedAnalysisView>();
  private readonly annotatorRows = new KeyedRows<Annotator>();
  private readonly layerRows = new KeyedRows<Layer>();
  private shownArticle: Article | null = null;
  private index = new AnnotationIndex();
  private shownDocumentLabels: readonly LabelId[] = [];
  private selected: AnnotationId | null = null;
  private historyState: HistoryState = NO_HISTORY;

  subscribe(listener: (change: ModelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- Reading ---------------------------------------------------------------------------------

  get project(): ProjectInfo | null {
    return this.projectInfo;
  }

  /** Articles not in the trash, in the store's order. */
  get articles(): readonly ArticleSummary[] {
    return this.articleRows.all.filter((article) => article.deletedAt === null);
  }

  get trash(): readonly ArticleSummary[] {
    return this.articleRows.all.filter((article) => article.deletedAt !== null);
  }

  articleSummary(id: ArticleId): ArticleSummary | undefined {
    return this.articleRows.get(id);
  }

  get labels(): readonly Label[] {
    return this.labelRows.all;
  }

  label(id: LabelId): Label | undefined {
    return this.labelRows.get(id);
  }

  /** Who an authorship or review stamp names; undefined for an unknown author. */
  annotator(id: AnnotatorId | undefined): Annotator | undefined {
    return id === undefined ? undefined : this.annotatorRows.get(id);
  }

  /** Colleagues' layers, in the order they were imported. */
  get layers(): readonly Layer[] {
    return [...this.layerRows.all].sort((a, b) => a.id - b.id);
  }

  layer(id: LayerId): Layer | undefined {
    return this.layerRows.get(id);
  }

  /** Labels a span can carry (entity types and the claim label), in menu order: what keys 1–9 apply. */
  get spanLabels(): readonly Label[] {
    return this.labels.filter((label) => label.kind === 'entity' || label.kind === 'claim');
  }

  labelsOfKind(kind: Label['kind']): readonly Label[] {
    return this.labels.filter((label) => label.kind === kind);
  }

  get entities(): readonly EntitySummary[] {
    return this.entityRows.all;
  }

  entity(id: number): EntitySummary | undefined {
    return this.entityRows.get(id);
  }

  /** The analysis filters saved in the project, by name. */
  get savedViews(): readonly SavedAnalysisView[] {
    return [...this.savedViewRows.all].sort((a, b) => a.name.localeCompare(b.name));
  }

  get article(): ShownArticle | null {
    const article = this.shownArticle;
    if (article === null) return null;
    return {
      id: article.id,
      title: article.title,
      text: article.text,
      language: article.metadata.language ?? undefined,
    };
  }

  /** The shown article whole (blocks, links, origin), for the views that draw it. */
  get fullArticle(): Article | null {
    return this.shownArticle;
  }

  /** The shown article's annotations in text order (orphaned ones included). */
  get annotations(): readonly ArticleAnnotation[] {
    return this.index.annotations;
  }

  annotation(id: AnnotationId): ArticleAnnotation | undefined {
    return this.index.get(id);
  }

  get relations(): readonly Relation[] {
    return this.index.relations;
  }

  get documentLabels(): readonly LabelId[] {
    return this.shownDocumentLabels;
  }

  get selectedId(): AnnotationId | null {
    return this.selected;
  }

  get selectedAnnotation(): ArticleAnnotation | null {
    return this.selected === null ? null : (this.index.get(this.selected) ?? null);
  }

  annotationsAt(offset: number): ArticleAnnotation[] {
    return this.index.at(offset);
  }

  annotationsOverlapping(range: TextRange): ArticleAnnotation[] {
    return this.index.overlapping(range);
  }

  get history(): HistoryState {
    return this.historyState;
  }

  // --- Loading ---------------------------------------------------------------------------------

  /**
   * A project was opened, or read again after an import: its lists are replaced. Article ids are
   * only unique within a project, so the shown article stays only if the project is the same one.
   */
  loadProject(snapshot: ProjectSnapshot): void {
    const sameProject = this.projectInfo?.displayPath === snapshot.project.displayPath;
    this.projectInfo = snapshot.project;
    this.articleRows.replaceAll(snapshot.articles);
    this.labelRows.replaceAll(snapshot.labels);
    this.entityRows.replaceAll(snapshot.entities);
    this.savedViewRows.replaceAll(snapshot.savedViews);
    this.annotatorRows.replaceAll(snapshot.annotators ?? []);
    this.layerRows.replaceAll(snapshot.layers ?? []);
    this.historyState = snapshot.history;
    this.emit({ kind: 'project' });
    this.emit({ kind: 'labels', touched: snapshot.labels.map((label) => label.id) });
    this.emit({ kind: 'entities', touched: snapshot.entities.map((entity) => entity.id) });
    this.emit({ kind: 'articles', touched: snapshot.articles.map((article) => article.id) });
    this.emit({ kind: 'history' });
    this.emit({ kind: 'saved-views' });
    this.emit({ kind: 'layers', touched: (snapshot.layers ?? []).map((layer) => layer.id) });
    if (!sameProject) this.clearArticle();
  }

  showArticle(snapshot: ArticleSnapshot): void {
    this.shownArticle = snapshot.article;
    this.index = new AnnotationIndex(snapshot.annotations, snapshot.relations);
    this.shownDocumentLabels = [...snapshot.documentLabels];
    this.selected = null;
    this.emit({ kind: 'article' });
    this.emit({ kind: 'annotations', touched: snapshot.annotations.map((annotation) => annotation.id), full: true });
  }

  /**
   * The shown article's annotations arrived (it was shown without them, so that its text could be
   * drawn first): the article stays, so only its annotations are announced. Views that load
   * something per article (notes, suggestions, layer marks) already did so when it was shown.
   */
  fillArticle(snapshot: Omit<ArticleSnapshot, 'article'>): void {
    this.index = new AnnotationIndex(snapshot.annotations, snapshot.relations);
    this.shownDocumentLabels = [...snapshot.documentLabels];
    if (this.selected !== null && !this.index.has(this.selected)) this.selected = null;
    this.emit({ kind: 'annotations', touched: snapshot.annotations.map((annotation) => annotation.id), full: true });
  }

  clearArticle(): void {
    if (this.shownArticle === null && this.selected === null) return;
    this.shownArticle = null;
    this.index = new AnnotationIndex();
    this.shownDocumentLabels = [];
    this.selected = null;
    this.emit({ kind: 'article' });
  }

  select(id: AnnotationId | null): void {
    const next = id !== null && this.index.has(id) ? id : null;
    if (next === this.selected) return;
    this.selected = next;
    this.emit({ kind: 'selection' });
  }

  // --- Change sets -----------------------------------------------------------------------------

  /** Applies what one write, undo or redo changed, then tells the views, once per kind of change. */
  apply(changes: ChangeSet): void {
    if (changes.project !== undefined) {
      this.projectInfo = changes.project;
      this.emit({ kind: 'project' });
    }
    if (changes.labels !== undefined) {
      const touched = this.labelRows.apply(changes.labels.upserted, changes.labels.deleted);
      if (touched.length > 0) this.emit({ kind: 'labels', touched });
    }
    if (changes.annotators !== undefined) {
      // Before annotations and articles, so views showing who made them find the name.
      const touched = this.annotatorRows.apply(changes.annotators.upserted, changes.annotators.deleted);
      if (touched.length > 0) this.emit({ kind: 'annotators' });
    }
    if (changes.entities !== undefined) {
      const touched = this.entityRows.apply(changes.entities.upserted, changes.entities.deleted);
      if (touched.length > 0) this.emit({ kind: 'entities', touched });
    }
    if (changes.articles !== undefined) {
      const touched = this.articleRows.apply(changes.articles.upserted, changes.articles.deleted);
      this.followShownSummary();
      if (touched.length > 0) this.emit({ kind: 'articles', touched });
    }
    if (changes.layers !== undefined) {
      // After annotators, so a new layer's colleague has a name.
      const touched = this.layerRows.apply(changes.layers.upserted, changes.layers.deleted);
      if (touched.length > 0) this.emit({ kind: 'layers', touched });
    }
    this.applyText(changes);
    this.applyAnnotations(changes);
    this.applyCurationDecisions(changes);
    this.applyDocumentLabels(changes);
    this.applySuggestionChanges(changes);
    if (changes.gazetteers !== undefined || changes.patternSets !== undefined) {
      this.emit({ kind: 'suggestion-sources', gazetteers: changes.gazetteers, patternSets: changes.patternSets });
    }
    if (changes.savedViews !== undefined) {
      this.savedViewRows.apply(changes.savedViews.upserted, changes.savedViews.deleted);
      this.emit({ kind: 'saved-views' });
    }
    if (changes.history !== undefined) {
      this.historyState = changes.history;
      this.emit({ kind: 'history' });
    }
  }

  /** A title or metadata edit of the shown article shows in its header too. */
  private followShownSummary(): void {
    const shown = this.shownArticle;
    if (shown === null) return;
    const summary = this.articleRows.get(shown.id);
    if (summary !== undefined) this.shownArticle = { ...shown, ...summary };
  }

  private applyText(changes: ChangeSet): void {
    const shown = this.shownArticle;
    const replaced = shown === null ? undefined : changes.articleTexts?.find((article) => article.id === shown.id);
    if (replaced === undefined) return;
    this.shownArticle = replaced;
    this.emit({ kind: 'text' });
  }

  private applyAnnotations(changes: ChangeSet): void {
    const shown = this.shownArticle;
    if (shown === null) return;
    const touched = new Set<AnnotationId>();
    if (changes.annotations !== undefined) {
      const here = changes.annotations.upserted.filter((annotation) => annotation.articleId === shown.id);
      const gone = changes.annotations.deleted.filter((id) => this.index.has(id));
      const goneRelations = this.index.relations.filter(
        (relation) => gone.includes(relation.sourceAnnotationId) || gone.includes(relation.targetAnnotationId),
      );
      this.index.put(here);
      this.index.remove(gone);
      for (const annotation of here) touched.add(annotation.id);
      for (const id of gone) touched.add(id);
      for (const relation of goneRelations) touched.add(relationPartnerOf(relation, gone));
    }
    if (changes.relations !== undefined) {
      const here = changes.relations.upserted.filter(
        (relation) => this.index.has(relation.sourceAnnotationId) || this.index.has(relation.targetAnnotationId),
      );
      this.index.putRelations(here);
      const removed = this.index.removeRelations(changes.relations.deleted);
      for (const relation of [...here, ...removed]) {
        touched.add(relation.sourceAnnotationId);
        touched.add(relation.targetAnnotationId);
      }
    }
    if (this.selected !== null && !this.index.has(this.selected)) {
      this.selected = null;
      this.emit({ kind: 'selection' });
    }
    if (touched.size > 0) this.emit({ kind: 'annotations', touched: [...touched] });
  }

  /** Decisions first, so a view hearing of annotations written elsewhere knows they were not curation's. */
  private applyCurationDecisions(changes: ChangeSet): void {
    const decisions = changes.curationDecisions;
    const curated = decisions !== undefined && decisions.upserted.length + decisions.deleted.length > 0;
    if (curated) this.emit({ kind: 'curation-decisions', decided: decisions.upserted, undone: decisions.deleted });
    const annotations = changes.annotations;
    if (annotations !== undefined && annotations.upserted.length + annotations.deleted.length > 0) {
      this.emit({ kind: 'corpus-annotations', curated });
    }
  }

  private applyDocumentLabels(changes: ChangeSet): void {
    const shown = this.shownArticle;
    const set = shown === null ? undefined : changes.documentLabels?.find((entry) => entry.articleId === shown.id);
    if (set === undefined) return;
    this.shownDocumentLabels = [...set.labelIds];
    this.emit({ kind: 'document-labels' });
  }

  /** Suggestions are not kept here (they are asked for per article); the views hear what changes them. */
  private applySuggestionChanges(changes: ChangeSet): void {
    const rejections = changes.suggestionRejections;
    if (rejections !== undefined && rejections.upserted.length + rejections.deleted.length > 0) {
      this.emit({ kind: 'suggestion-rejections', rejected: rejections.upserted, restored: rejections.deleted });
    }
    if (changes.suggestionOptions !== undefined) {
      this.emit({ kind: 'suggestion-options', options: changes.suggestionOptions });
    }
  }

  private emit(change: ModelChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** The end of a relation that stays when the other end's annotation is deleted. */
function relationPartnerOf(relation: Relation, gone: readonly AnnotationId[]): AnnotationId {
  return gone.includes(relation.sourceAnnotationId) ? relation.targetAnnotationId : relation.sourceAnnotationId;
}
