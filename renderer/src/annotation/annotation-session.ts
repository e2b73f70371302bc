import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { annotationsOfArticle } from './annotations-of-article';
import type {
  Annotation,
  AnnotationEdit,
  ArticleAnnotation,
  AnnotationId,
  NewAnnotation,
  NewRelation,
  Relation,
} from '../../../shared/model/annotation';
import type { Article, ArticleId } from '../../../shared/model/article';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { TextRange } from '../../../shared/text/offsets';
import type { Disposable } from '../lifecycle/disposable';
import { Emitter } from '../lifecycle/emitter';
import { WorkbenchModel } from '../model/workbench-model';

/** Stands for a load still under way when it is raced against one already done. */
const NOT_YET = Symbol('not yet');

const noMore = (): typeof NOT_YET => NOT_YET;

/** The load's value if it has already arrived, else NOT_YET (a failure is thrown when awaited later). */
function alreadySettled<T>(load: Promise<T>): Promise<T | typeof NOT_YET> {
  return Promise.race([load, Promise.resolve(NOT_YET)]);
}

export interface ArticleAnnotations {
  readonly annotations: readonly ArticleAnnotation[];
  readonly relations: readonly Relation[];
}

/**
 * An article's annotations being read: all of them with its relations, and, for a long article,
 * those of the range the window shows first, read ahead so that they can be drawn before the rest.
 */
export interface AnnotationsLoad {
  readonly all: Promise<ArticleAnnotations>;
  readonly ahead: Promise<readonly ArticleAnnotation[]> | null;
}

/** Runs a write with the status bar's save state; rejects with the failure after reporting it there. */
export interface WriteTracker {
  trackWrite<T>(write: () => Promise<T>): Promise<T>;
  reportError(error: unknown): void;
}

/**
 * The annotation layer's reads and writes over the window's one WorkbenchModel. Reads are the
 * model's; writes go to main, and what they changed comes back as main's `store.changed` change
 * set, which the model applies in every window alike: no write applies its own result here and
 * none is followed by a re-fetch.
 */
export class AnnotationSession implements Disposable {
  readonly model = new WorkbenchModel();
  readonly api: WorkbenchApi;
  private readonly tracker: WriteTracker;
  private readonly releaseChanges: () => void;
  /** Bumped by every article switch, so a slow load for an article no longer shown is dropped. */
  private generation = 0;
  /** Change sets heard while an article loads; replayed over the load, which may predate them. */
  private heardWhileLoading: ChangeSet[] | null = null;
  /** An annotation this window just created, to select as soon as its change set is applied. */
  private toSelect: AnnotationId | null = null;
  private readonly created = new Emitter<Annotation>();
  /** This window created an annotation in the shown article (not undo, redo or another window). */
  readonly onDidCreate = this.created.event;

  constructor(api: WorkbenchApi, tracker: WriteTracker) {
    this.api = api;
    this.tracker = tracker;
    this.releaseChanges = api.on('store.changed', (changes) => this.applyChanges(changes));
  }

  dispose(): void {
    this.releaseChanges();
    this.created.dispose();
  }

  /** Loads the project into the model; call at start and whenever another project is opened. */
  async loadProject(): Promise<void> {
    const [project, articles, trash, labels, entities, history, savedViews, annotators, layers] = await Promise.all([
      this.api.invoke('project.current'),
      this.api.invoke('article.list'),
      this.api.invoke('trash.list'),
      this.api.invoke('schema.labels'),
      this.api.invoke('entity.list'),
      this.api.invoke('history.state'),
      this.api.invoke('analysis.savedViews'),
      this.api.invoke('annotator.list'),
      this.api.invoke('layers.list'),
    ]);
    this.generation += 1;
    this.model.loadProject({
      project,
      articles: [...articles, ...trash],
      labels,
      entities,
      history,
      savedViews,
      annotators,
      layers,
    });
  }

  /**
   * Starts reading the annotations of a long article's range that is shown first, on their own, so
   * that they can be drawn before the rest arrives; pass the result to `fetchAnnotations`.
   */
  readAhead(articleId: ArticleId, within: TextRange): Promise<readonly ArticleAnnotation[]> {
    this.heardWhileLoading ??= [];
    return this.api
      .invoke('annotation.columns', { articleId, within: { start: within.start, end: within.end } })
      .then((columns) => annotationsOfArticle(columns, articleId));
  }

  /**
   * Starts loading an article's annotations and relations, so that it can run alongside loading
   * the article's text; pass the result to `showArticle`.
   */
  fetchAnnotations(articleId: ArticleId, ahead: AnnotationsLoad['ahead'] = null): AnnotationsLoad {
    this.heardWhileLoading ??= [];
    // Binary columns, not JSON: on a long article the JSON's parse and garbage were most of the open.
    const all = Promise.all([
      this.api.invoke('annotation.columns', { articleId }),
      this.api.invoke('relation.list', { articleId }),
    ]).then(([columns, relations]) => ({ annotations: annotationsOfArticle(columns, articleId), relations }));
    return { all, ahead };
  }

  /**
   * Shows an article's annotations; resolves once they are loaded (or the article was left
   * meanwhile). `fetched` is a load started earlier with `fetchAnnotations`.
   */
  async showArticle(article: Article, fetched?: AnnotationsLoad): Promise<void> {
    const generation = ++this.generation;
    const loading = fetched ?? this.fetchAnnotations(article.id);
    // A short article is shown once its annotations are in (Workbench.openArticle); when they are,
    // it is shown with them, and the highlights are drawn once instead of cleared and drawn again.
    const arrived = await alreadySettled(loading.all);
    if (generation !== this.generation) return;
    if (arrived === NOT_YET) {
      this.model.showArticle({ article, annotations: [], relations: [], documentLabels: [] });
      // Those read ahead are drawn while the rest is still on its way, unless the rest came first.
      // A failed read ahead changes nothing: the full read shows them, or says what failed.
      const ahead =
        loading.ahead === null
          ? NOT_YET
          : await Promise.race([loading.ahead.catch(noMore), loading.all.then(noMore, noMore)]);
      if (generation !== this.generation) return;
      if (ahead !== NOT_YET) this.model.fillArticle({ annotations: ahead, relations: [], documentLabels: [] });
      const { annotations, relations } = await loading.all;
      if (generation !== this.generation) return;
      this.model.fillArticle({ annotations, relations, documentLabels: [] });
    } else {
      this.model.showArticle({ article, ...arrived, documentLabels: [] });
    }
    const heard = this.heardWhileLoading ?? [];
    this.heardWhileLoading = null;
    for (const changes of heard) this.model.apply(changes);
  }

  /**
   * Reads the shown article's annotations again: an import job's rows reach the store in bulk, so
   * they are read once at its end (with the project) instead of arriving as change sets.
   */
  async reloadShownArticle(): Promise<void> {
    const shown = this.model.fullArticle;
    if (shown !== null) await this.showArticle(shown);
  }

  clearArticle(): void {
    this.generation += 1;
    this.heardWhileLoading = null;
    this.model.clearArticle();
  }

  select(id: AnnotationId | null): void {
    this.toSelect = null;
    this.model.select(id);
  }

  private applyChanges(changes: ChangeSet): void {
    this.heardWhileLoading?.push(changes);
    this.model.apply(changes);
    const wanted = this.toSelect;
    if (wanted !== null && this.model.annotation(wanted) !== undefined) this.select(wanted);
  }

  /**
   * Selects an annotation just created here. Its change set may arrive before or after the call's
   * answer (they travel apart), so it is selected now if the model has it, else when it arrives.
   */
  private selectCreated(id: AnnotationId): void {
    if (this.model.annotation(id) !== undefined) this.select(id);
    else this.toSelect = id;
  }

  // --- Writes: each one shows here through its change set -----------------------------------

  async create(input: Omit<NewAnnotation, 'articleId'>): Promise<Annotation | null> {
    const articleId = this.model.article?.id;
    if (articleId === undefined) return null;
    const created = await this.write(() => this.api.invoke('annotation.create', { ...input, articleId }));
    if (created !== null && this.model.article?.id === articleId) {
      this.selectCreated(created.id);
      this.created.fire(created);
    }
    return created;
  }

  async createMany(inputs: readonly Omit<NewAnnotation, 'articleId'>[]): Promise<Annotation[]> {
    const articleId = this.model.article?.id;
    if (articleId === undefined || inputs.length === 0) return [];
    const created = await this.write(() =>
      this.api.invoke('annotation.createMany', { annotations: inputs.map((input) => ({ ...input, articleId })) }),
    );
    return created ?? [];
  }

  update(id: AnnotationId, edit: AnnotationEdit): Promise<Annotation | null> {
    return this.write(() => this.api.invoke('annotation.update', { id, edit }));
  }

  async delete(ids: readonly AnnotationId[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.write(() => this.api.invoke('annotation.delete', { ids: [...ids] }));
    return result?.count ?? 0;
  }

  createRelation(relation: NewRelation): Promise<Relation | null> {
    return this.write(() => this.api.invoke('relation.create', relation));
  }

  async deleteRelation(id: number): Promise<void> {
    await this.write(() => this.api.invoke('relation.delete', { id }));
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
}
