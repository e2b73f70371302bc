import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type {
  Annotation,
  AnnotationEdit,
  AnnotationId,
  EntitySummary,
  Label,
  LabelId,
  NewAnnotation,
  NewRelation,
  Relation,
} from '../../../shared/model/annotation';
import type { Article, ArticleId } from '../../../shared/model/article';
import type { TextRange } from '../../../shared/text/offsets';

export interface ArticleAnnotations {
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
}

/** What changed, so each view redraws only what it shows. */
export type SessionChange =
  | { readonly kind: 'labels' }
  | { readonly kind: 'entities' }
  | { readonly kind: 'article' }
  /**
   * Annotations or relations of the shown article were added, changed or removed; `full` when all
   * of them were loaded afresh (views then redraw everything instead of the touched ones).
   */
  | { readonly kind: 'annotations'; readonly touched: readonly AnnotationId[]; readonly full?: boolean }
  | { readonly kind: 'selection' };

/** Runs a write with the status bar's save state; rejects with the failure after reporting it there. */
export interface WriteTracker {
  trackWrite<T>(write: () => Promise<T>): Promise<T>;
  reportError(error: unknown): void;
}

export interface ShownArticle {
  readonly id: ArticleId;
  readonly title: string;
  readonly text: string;
  readonly language: string | undefined;
}

/**
 * The renderer's copy of the annotation layer: the project's labels and entities, and the
 * annotations and relations of the article on screen. Writes go to main first and are applied here
 * only once main has saved them, so what the view draws is always what is stored. Views subscribe
 * and read; they never change this state themselves.
 */
export class AnnotationSession {
  /** For writes the session does not wrap itself (entity creation from a picker); run them through `write`. */
  readonly api: WorkbenchApi;
  private readonly tracker: WriteTracker;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private labelList: Label[] = [];
  private labelsById = new Map<LabelId, Label>();
  private entityList: EntitySummary[] = [];
  private entitiesById = new Map<number, EntitySummary>();
  private shown: ShownArticle | null = null;
  private annotationsById = new Map<AnnotationId, Annotation>();
  private sorted: Annotation[] = [];
  private relationList: Relation[] = [];
  private selected: AnnotationId | null = null;
  /** Bumped by every article switch, so a slow load for an article no longer shown is dropped. */
  private generation = 0;

  constructor(api: WorkbenchApi, tracker: WriteTracker) {
    this.api = api;
    this.tracker = tracker;
  }

  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get labels(): readonly Label[] {
    return this.labelList;
  }

  label(id: LabelId): Label | undefined {
    return this.labelsById.get(id);
  }

  /** Labels a span can carry (entity types and the claim label), in menu order: what keys 1–9 apply. */
  get spanLabels(): readonly Label[] {
    return this.labelList.filter((label) => label.kind === 'entity' || label.kind === 'claim');
  }

  labelsOfKind(kind: Label['kind']): readonly Label[] {
    return this.labelList.filter((label) => label.kind === kind);
  }

  get entities(): readonly EntitySummary[] {
    return this.entityList;
  }

  entity(id: number): EntitySummary | undefined {
    return this.entitiesById.get(id);
  }

  get article(): ShownArticle | null {
    return this.shown;
  }

  /** The shown article's annotations in text order (orphaned ones included). */
  get annotations(): readonly Annotation[] {
    return this.sorted;
  }

  annotation(id: AnnotationId): Annotation | undefined {
    return this.annotationsById.get(id);
  }

  get relations(): readonly Relation[] {
    return this.relationList;
  }

  get selectedId(): AnnotationId | null {
    return this.selected;
  }

  get selectedAnnotation(): Annotation | null {
    return this.selected === null ? null : (this.annotationsById.get(this.selected) ?? null);
  }

  /** Annotations (not orphaned) with a fragment covering `offset`, or touching it at either end. */
  annotationsAt(offset: number): Annotation[] {
    return this.sorted.filter(
      (annotation) =>
        !annotation.orphaned &&
        annotation.fragments.some((fragment) => fragment.start <= offset && offset <= fragment.end),
    );
  }

  /** Annotations (not orphaned) overlapping a range, innermost (shortest) first. */
  annotationsOverlapping(range: TextRange): Annotation[] {
    return this.sorted
      .filter(
        (annotation) =>
          !annotation.orphaned &&
          annotation.fragments.some((fragment) => fragment.start < range.end && range.start < fragment.end),
      )
      .sort((a, b) => spanLength(a) - spanLength(b));
  }

  /** Loads labels and entities; call at start and whenever the project changes. */
  async loadProject(): Promise<void> {
    const [labels, entities] = await Promise.all([this.api.invoke('schema.labels'), this.api.invoke('entity.list')]);
    this.setLabels(labels);
    this.setEntities(entities);
  }

  async reloadLabels(): Promise<void> {
    this.setLabels(await this.api.invoke('schema.labels'));
  }

  async reloadEntities(): Promise<void> {
    this.setEntities(await this.api.invoke('entity.list'));
  }

  /**
   * Starts loading an article's annotations and relations, so that it can run alongside loading
   * the article's text; pass the result to `showArticle`.
   */
  fetchAnnotations(articleId: ArticleId): Promise<ArticleAnnotations> {
    return Promise.all([
      this.api.invoke('annotation.list', { articleId }),
      this.api.invoke('relation.list', { articleId }),
    ]).then(([annotations, relations]) => ({ annotations, relations }));
  }

  /**
   * Shows an article's annotations; resolves once they are loaded (or the article was left
   * meanwhile). `fetched` is a load started earlier with `fetchAnnotations`.
   */
  async showArticle(article: Article, fetched?: Promise<ArticleAnnotations>): Promise<void> {
    const generation = ++this.generation;
    this.shown = {
      id: article.id,
      title: article.title,
      text: article.text,
      language: article.metadata.language ?? undefined,
    };
    this.selected = null;
    this.setArticleAnnotations([], []);
    this.emit({ kind: 'article' });
    const { annotations, relations } = await (fetched ?? this.fetchAnnotations(article.id));
    if (generation !== this.generation) return;
    this.setArticleAnnotations(annotations, relations);
    this.emit({ kind: 'annotations', touched: annotations.map((annotation) => annotation.id), full: true });
  }

  /** Re-reads the shown article's annotations and relations (after undo, an import, a merge…). */
  async reloadArticle(): Promise<void> {
    const shown = this.shown;
    if (shown === null) return;
    const generation = this.generation;
    const { annotations, relations } = await this.fetchAnnotations(shown.id);
    if (generation !== this.generation) return;
    const before = this.sorted.map((annotation) => annotation.id);
    this.setArticleAnnotations(annotations, relations);
    if (this.selected !== null && !this.annotationsById.has(this.selected)) this.selected = null;
    this.emit({
      kind: 'annotations',
      touched: [...before, ...annotations.map((annotation) => annotation.id)],
      full: true,
    });
  }

  /** The article's text was replaced (edit mode): the annotations come with it. */
  replaceArticleText(text: string, annotations: readonly Annotation[]): void {
    if (this.shown === null) return;
    this.shown = { ...this.shown, text };
    const before = this.sorted.map((annotation) => annotation.id);
    this.setArticleAnnotations(annotations, this.relationList);
    this.emit({
      kind: 'annotations',
      touched: [...before, ...annotations.map((annotation) => annotation.id)],
      full: true,
    });
  }

  clearArticle(): void {
    this.generation += 1;
    this.shown = null;
    this.selected = null;
    this.setArticleAnnotations([], []);
    this.emit({ kind: 'article' });
  }

  select(id: AnnotationId | null): void {
    if (id === this.selected) return;
    this.selected = id !== null && this.annotationsById.has(id) ? id : null;
    this.emit({ kind: 'selection' });
  }

  // --- Writes: each one is saved by main before it shows here -----------------------------

  async create(input: Omit<NewAnnotation, 'articleId'>): Promise<Annotation | null> {
    const articleId = this.shown?.id;
    if (articleId === undefined) return null;
    const created = await this.write(() => this.api.invoke('annotation.create', { ...input, articleId }));
    if (created === null || this.shown?.id !== articleId) return created;
    this.putAnnotations([created]);
    this.selected = created.id;
    this.emit({ kind: 'annotations', touched: [created.id] });
    this.emit({ kind: 'selection' });
    if (created.entityId !== undefined) void this.reloadEntitiesQuietly();
    return created;
  }

  async createMany(inputs: readonly Omit<NewAnnotation, 'articleId'>[]): Promise<Annotation[]> {
    const articleId = this.shown?.id;
    if (articleId === undefined || inputs.length === 0) return [];
    const created = await this.write(() =>
      this.api.invoke('annotation.createMany', { annotations: inputs.map((input) => ({ ...input, articleId })) }),
    );
    if (created === null) return [];
    if (this.shown?.id === articleId) {
      this.putAnnotations(created);
      this.emit({ kind: 'annotations', touched: created.map((annotation) => annotation.id) });
    }
    if (created.some((annotation) => annotation.entityId !== undefined)) void this.reloadEntitiesQuietly();
    return created;
  }

  async update(id: AnnotationId, edit: AnnotationEdit): Promise<Annotation | null> {
    const updated = await this.write(() => this.api.invoke('annotation.update', { id, edit }));
    if (updated === null) return null;
    if (this.annotationsById.has(id)) {
      this.putAnnotations([updated]);
      this.emit({ kind: 'annotations', touched: [id] });
    }
    if (edit.entityId !== undefined) void this.reloadEntitiesQuietly();
    return updated;
  }

  async delete(ids: readonly AnnotationId[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.write(() => this.api.invoke('annotation.delete', { ids: [...ids] }));
    if (result === null) return 0;
    const gone = new Set(ids);
    // Counting mentions is a pass over the whole project: skip it when every deleted annotation is
    // one shown here and none was linked to an entity (ids not shown here may have been).
    const countsChange = ids.some(
      (id) => this.annotationsById.get(id)?.entityId !== undefined || !this.annotationsById.has(id),
    );
    for (const id of ids) this.annotationsById.delete(id);
    this.sorted = this.sorted.filter((annotation) => !gone.has(annotation.id));
    this.relationList = this.relationList.filter(
      (relation) => !gone.has(relation.sourceAnnotationId) && !gone.has(relation.targetAnnotationId),
    );
    if (this.selected !== null && gone.has(this.selected)) {
      this.selected = null;
      this.emit({ kind: 'selection' });
    }
    this.emit({ kind: 'annotations', touched: ids });
    if (countsChange) void this.reloadEntitiesQuietly();
    return result.count;
  }

  async createRelation(relation: NewRelation): Promise<Relation | null> {
    const created = await this.write(() => this.api.invoke('relation.create', relation));
    if (created === null) return null;
    this.relationList = [...this.relationList, created];
    this.emit({ kind: 'annotations', touched: [relation.sourceAnnotationId, relation.targetAnnotationId] });
    return created;
  }

  async deleteRelation(id: number): Promise<void> {
    const relation = this.relationList.find((candidate) => candidate.id === id);
    const done = await this.write(() => this.api.invoke('relation.delete', { id }));
    if (done === null) return;
    this.relationList = this.relationList.filter((candidate) => candidate.id !== id);
    this.emit({
      kind: 'annotations',
      touched: relation === undefined ? [] : [relation.sourceAnnotationId, relation.targetAnnotationId],
    });
  }

  /**
   * Runs a write through the save state. Failures are reported (toast and status bar) and give
   * null, so callers only handle success; nothing changes on screen for a write that failed.
   */
  async write<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      return await this.tracker.trackWrite(action);
    } catch (error) {
      this.tracker.reportError(error);
      return null;
    }
  }

  async reloadEntitiesQuietly(): Promise<void> {
    try {
      await this.reloadEntities();
    } catch (error) {
      this.tracker.reportError(error);
    }
  }

  private setLabels(labels: readonly Label[]): void {
    this.labelList = [...labels];
    this.labelsById = new Map(labels.map((label) => [label.id, label]));
    this.emit({ kind: 'labels' });
  }

  private setEntities(entities: readonly EntitySummary[]): void {
    this.entityList = [...entities];
    this.entitiesById = new Map(entities.map((entity) => [entity.id, entity]));
    this.emit({ kind: 'entities' });
  }

  private setArticleAnnotations(annotations: readonly Annotation[], relations: readonly Relation[]): void {
    this.annotationsById = new Map(annotations.map((annotation) => [annotation.id, annotation]));
    this.sorted = [...annotations].sort(inTextOrder);
    this.relationList = [...relations];
  }

  private putAnnotations(annotations: readonly Annotation[]): void {
    for (const annotation of annotations) {
      const known = this.annotationsById.has(annotation.id);
      this.annotationsById.set(annotation.id, annotation);
      if (known) this.sorted = this.sorted.filter((existing) => existing.id !== annotation.id);
      // Binary insertion: labelling one span in an article with tens of thousands stays cheap.
      let low = 0;
      let high = this.sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        const existing = this.sorted[mid];
        if (existing !== undefined && inTextOrder(existing, annotation) < 0) low = mid + 1;
        else high = mid;
      }
      this.sorted.splice(low, 0, annotation);
    }
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

export function inTextOrder(a: Annotation, b: Annotation): number {
  const first = a.fragments[0];
  const second = b.fragments[0];
  return (first?.start ?? 0) - (second?.start ?? 0) || spanLength(b) - spanLength(a) || a.id - b.id;
}

/** From the start of the first fragment to the end of the last. */
export function spanLength(annotation: Annotation): number {
  const first = annotation.fragments[0];
  const last = annotation.fragments[annotation.fragments.length - 1];
  return (last?.end ?? 0) - (first?.start ?? 0);
}
