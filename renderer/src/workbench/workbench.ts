import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import {
  ARTICLE_LIMITS,
  type Article,
  type ArticleEdit,
  type ArticleId,
  type ArticleSummary,
  type NewArticle,
} from '../../../shared/model/article';
import type { ImportReport, SearchHit, TextEncoding } from '../../../shared/model/library';
import type { ProjectInfo, RecentProject } from '../../../shared/model/project';
import { sortNewestFirst } from '../article-list/article-summary-format';
import type { AnnotationSession, AnnotationsLoad } from '../annotation/annotation-session';
import type { ModelChange } from '../model/model-change';
import type { WorkbenchChange } from '../model/workbench-change';
import type { WorkbenchModel } from '../model/workbench-model';
import type { ArticleView } from '../article-view/article-view';
import type { ConfirmDialog } from '../dialogs/confirm-dialog';
import type { ReportError } from '../errors/report-error';
import { afterNextPaint } from '../dom/after-next-paint';
import { readStored, writeStored } from '../dom/window-storage';
import { DisposableStore, listen, type Disposable } from '../lifecycle/disposable';
import { Emitter } from '../lifecycle/emitter';
import type { ToastRegion } from '../notifications/toast-region';
import { hitTextRange } from '../search/snippet-segments';
import type { SaveTracker } from '../status-bar/save-tracker';
import type { StatusBarView } from '../status-bar/status-bar-view';
import { LibraryCache, type CachedLibrary } from './library-cache';
import { ReadingPositions, type ReadingPosition } from './reading-position';
import { counted, pluralWord } from '../text/plural';
import type { TextRange } from '../../../shared/text/offsets';

/** What the Workbench works through: built before it, so nothing it needs is wired later. */
export interface WorkbenchParts {
  article: ArticleView;
  status: StatusBarView;
  toasts: ToastRegion;
  confirm: ConfirmDialog;
  annotations: AnnotationSession;
  /** Edit mode of the article text; an edit is saved before another article opens. */
  textEditor: { finish(): Promise<boolean> };
  saves: SaveTracker;
  reportError: ReportError;
}

const APP_NAME = 'Annotation Workbench';

/**
 * Up to this length (UTF-16 units), an article is shown once its annotations are in too, and its
 * text is laid out and painted once, with its highlights. They come within milliseconds of the
 * text; showing the text first cost the 5 KB article a second task and frame whenever they came
 * later (its open: 64 vs 53 ms, medians of 10 alternating). A longer article's text is shown
 * first, as its annotations can take far longer than its text.
 */
const SHOWN_WITH_ANNOTATIONS_MAX_CHARS = 100_000;

/**
 * A long article's first screens, whose annotations are read ahead of the rest: about a dozen
 * screens at the reading width, more than the sections drawn as it opens (those on screen and
 * their neighbours).
 */
const FIRST_SCREENS: TextRange = { start: 0, end: 20_000 };

/**
 * Whether to read an article's first screens' annotations ahead of the rest: when it is too long,
 * by its summary, to wait for all of them, and opens at its top. One reopened further down at
 * start-up waits for all of them, as the window cannot tell which range it shows until it is laid out.
 */
function readsAhead(summary: ArticleSummary | undefined, scrollTop: number): boolean {
  return summary !== undefined && summary.charCount > SHOWN_WITH_ANNOTATIONS_MAX_CHARS && scrollTop === 0;
}

/** An article's text, and its first screens' annotations read ahead, on their way. */
interface ArticleReads {
  readonly text: Promise<Article>;
  readonly ahead: AnnotationsLoad['ahead'];
}

/** The last move to the trash, while its "Undo" notice is on screen. */
interface PendingUndo {
  ids: ArticleId[];
  /** Undone already (by the button or the key); a second request does nothing. */
  done: boolean;
  closeNotice(): void;
}

/**
 * The window's state and the actions on it: which project is open, its articles and trash, which
 * article is shown. Views render what it announces (`onDidChange`) and report user intent back
 * through callbacks wired in start-workbench.ts.
 *
 * Every asynchronous load carries a generation number, and only the latest result is applied, so
 * fast clicking, a paste during a reload, or a project switch mid-load never shows stale data.
 */
export class Workbench implements Disposable {
  private readonly api: WorkbenchApi;
  private readonly parts: WorkbenchParts;
  private readonly changes = new Emitter<WorkbenchChange>();
  private readonly subscriptions = new DisposableStore();
  private project: ProjectInfo | null = null;
  private selectedId: ArticleId | null = null;
  /** An article this window just created or restored, to open once its change set lists it. */
  private awaitedArticle: { id: ArticleId; opened: () => void } | null = null;
  private loadingId: ArticleId | null = null;
  private reloadGeneration = 0;
  private openGeneration = 0;
  private pendingUndo: PendingUndo | null = null;
  private readonly positions = new ReadingPositions({ read: readStored, write: writeStored });
  /** The remembered position being reopened, until its article is on screen. */
  private reopening: ReadingPosition | null = null;
  /** The reads of the article the cached library says was open, started at start-up (openAhead). */
  private openedAhead: { readonly id: ArticleId; readonly projectPath: string; readonly reads: ArticleReads } | null =
    null;
  private readonly libraryCache = new LibraryCache({ read: readStored, write: writeStored });
  /** The library shows the cached first screen: the project's own list has not arrived yet. */
  private showingCached = false;
  /** The window title to set after the next paint; null when none is waiting. */
  private windowTitle: string | null = null;

  readonly onDidChange = this.changes.event;

  constructor(api: WorkbenchApi, parts: WorkbenchParts) {
    this.api = api;
    this.parts = parts;
  }

  /** Loads the open project; call once after the views are in the document. */
  async start(): Promise<void> {
    this.subscriptions.addRelease(
      this.api.on('project.changed', (info) => {
        this.applyProject(info);
        void this.reload();
      }),
    );
    this.subscriptions.addRelease(this.parts.annotations.model.subscribe((change) => this.follow(change)));
    // Leaving the page (a reload, closing the window) keeps where the analyst was scrolled to.
    this.subscriptions.add(
      listen(window, 'pagehide', () => {
        this.rememberPosition();
        this.rememberLibrary();
      }),
    );
    const cached = this.libraryCache.read();
    if (cached !== null) this.showCachedLibrary(cached);
    const loaded = this.reload();
    if (cached !== null) this.openAhead(cached);
    await loaded;
  }

  /**
   * Starts reading the article the analyst had open, as the cached library knows it, alongside the
   * project's own lists: its text (and first screens' annotations) are then on their way while the
   * project opens, instead of being asked for once it has proved to be the cached one. openArticle
   * takes the reads over if it did; else they are dropped.
   */
  private openAhead(cached: CachedLibrary): void {
    const projectPath = cached.project.displayPath;
    const position = this.positions.get(projectPath);
    const summary = cached.articles.find((article) => article.id === position?.articleId);
    if (position === null || summary === undefined) return;
    const reads = this.startReads(summary.id, readsAhead(summary, position.scrollTop));
    this.openedAhead = { id: summary.id, projectPath, reads };
  }

  /** The reads started at start-up, if they are of this article in the project that opened; once. */
  private takeOpenedAhead(id: ArticleId): ArticleReads | null {
    const ahead = this.openedAhead;
    this.openedAhead = null;
    return ahead?.id === id && ahead.projectPath === this.project?.displayPath ? ahead.reads : null;
  }

  /**
   * Starts reading an article's text, after the first screens' annotations when `readAhead`. A
   * store that is still opening serves reads in the order asked for, and all the annotations, asked
   * for next (openArticle), take far longer than these.
   */
  private startReads(id: ArticleId, readAhead: boolean): ArticleReads {
    const ahead = readAhead ? this.parts.annotations.readAhead(id, FIRST_SCREENS) : null;
    const text = this.api.invoke('article.get', { id });
    // Reported by openArticle, or moot if the reads were dropped (or, for the read ahead, at all:
    // the read of all the annotations says what failed).
    ahead?.catch(() => undefined);
    text.catch(() => undefined);
    return { text, ahead };
  }

  /**
   * Shows the library as the window last showed it while the project opens. The project that opens
   * may be another one (the last one could not be reopened): then the cached list goes as soon as
   * main names the project, before its own list comes.
   */
  private showCachedLibrary(cached: CachedLibrary): void {
    this.showingCached = true;
    this.parts.status.setProject(cached.project);
    this.parts.status.setArticleCount(cached.project.articleCount);
    this.changes.fire({ kind: 'articles', articles: cached.articles, selected: null });
    this.api.invoke('project.current').then(
      (info) => {
        if (!this.showingCached || info.displayPath === cached.project.displayPath) return;
        this.showingCached = false;
        this.selectedId = null;
        this.parts.status.setProject(info);
        this.changes.fire({ kind: 'articles', articles: [], selected: null });
      },
      // The project's own load reports a failure; the cached list stays until it.
      () => undefined,
    );
  }

  private rememberLibrary(): void {
    const project = this.model.project;
    if (project !== null && !this.showingCached) this.libraryCache.remember(project, this.articles);
  }

  private get model(): WorkbenchModel {
    return this.parts.annotations.model;
  }

  /** Live articles as the library lists them, newest first. */
  private get articles(): ArticleSummary[] {
    return sortNewestFirst(this.model.articles);
  }

  /** The trash as the library lists it, most recently deleted first. */
  private get trash(): ArticleSummary[] {
    return [...this.model.trash].sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  }

  /** What the model's change sets mean for the list, the trash, the status bar and the details. */
  private follow(change: ModelChange): void {
    const model = this.model;
    if (change.kind === 'project' && model.project !== null) this.applyProject(model.project);
    if (change.kind === 'text' && model.fullArticle !== null) {
      // A re-decode, or an undo of a text edit, can change the origin the details show too.
      this.changes.fire({ kind: 'shown', article: model.fullArticle });
    }
    if (change.kind !== 'articles') return;
    const articles = this.articles;
    this.changes.fire({ kind: 'articles', articles, selected: this.selectedId });
    this.changes.fire({ kind: 'trash', trash: this.trash });
    this.parts.status.setArticleCount(articles.length);
    const shown = this.parts.article.articleId;
    const summary = shown === null || !change.touched.includes(shown) ? undefined : model.articleSummary(shown);
    if (summary !== undefined && summary.deletedAt === null) {
      this.parts.article.updateSummary(summary);
      this.changes.fire({ kind: 'summary', summary });
      this.updateWindowTitle(summary.title);
    }
    const awaited = this.awaitedArticle;
    if (awaited !== null && model.articleSummary(awaited.id)?.deletedAt === null) {
      this.awaitedArticle = null;
      void this.showListed(awaited.id).then(awaited.opened);
    }
  }

  /**
   * Opens an article once the list has it, and resolves when it is open: the answer of the write
   * that made it may come before or after its change set, so it opens now if listed, else when the
   * change set comes.
   */
  private async showListed(id: ArticleId): Promise<void> {
    if (this.model.articleSummary(id)?.deletedAt !== null) {
      this.awaitedArticle?.opened();
      await new Promise<void>((opened) => {
        this.awaitedArticle = { id, opened };
      });
      return;
    }
    this.changes.fire({ kind: 'articles', articles: this.articles, selected: id });
    await this.openArticle(id);
  }

  dispose(): void {
    this.subscriptions.dispose();
    this.changes.dispose();
  }

  get currentProject(): ProjectInfo | null {
    return this.project;
  }

  /**
   * Reloads project info, the article list and the trash. With `select`, that article is shown
   * (also by any reload that overtakes this one); otherwise the selection is kept.
   */
  async reload(select?: ArticleId): Promise<void> {
    const generation = ++this.reloadGeneration;
    if (select !== undefined) this.selectedId = select;
    try {
      await this.parts.annotations.loadProject();
    } catch (error) {
      if (generation === this.reloadGeneration) this.reportError(error);
      return;
    }
    if (generation !== this.reloadGeneration) return;
    this.showingCached = false;
    this.rememberLibrary();
    await this.showSelection();
  }

  /**
   * Shows the selected article if it is listed; with none selected (a project just opened), the one
   * the analyst had open in it last; else the first one, else a placeholder.
   */
  private async showSelection(leaving: ArticleId | null = null): Promise<void> {
    const articles = this.articles.filter((article) => article.id !== leaving);
    if (this.selectedId === null && this.project !== null) {
      this.reopening = this.positions.get(this.project.displayPath);
    }
    const wanted = this.selectedId ?? this.reopening?.articleId ?? null;
    const target = articles.some((article) => article.id === wanted) ? wanted : (articles[0]?.id ?? null);
    this.changes.fire({ kind: 'articles', articles, selected: target });
    if (target === null) {
      this.selectedId = null;
      this.openedAhead = null; // no article to open: whatever was read ahead goes
      this.openGeneration += 1; // abandon any article still loading
      this.loadingId = null;
      this.parts.article.showPlaceholder(articles.length === 0 ? 'no-articles' : 'no-selection');
      this.parts.annotations.clearArticle();
      this.changes.fire({ kind: 'shown', article: null });
      this.updateWindowTitle(null);
    } else {
      await this.openArticle(target);
    }
  }

  /** Shows an article in the main pane and marks it selected in the list. */
  async openArticle(id: ArticleId): Promise<void> {
    if (this.showingCached) {
      // Ids of a cached list are only valid once the project proves to be the cached one: open
      // it when the project's own list arrives (showSelection), if it lists it.
      this.selectedId = id;
      this.changes.fire({ kind: 'selected', id });
      return;
    }
    if (this.parts.article.articleId !== id && !(await this.parts.textEditor.finish())) {
      // The edit could not be saved: stay on the article rather than lose it.
      this.changes.fire({ kind: 'selected', id: this.parts.article.articleId });
      return;
    }
    this.selectedId = id;
    this.changes.fire({ kind: 'selected', id });
    if (this.loadingId === id) return;
    if (this.parts.article.articleId === id) {
      // Back to the article on screen before another one finished loading: drop that load.
      this.openGeneration += 1;
      this.loadingId = null;
      this.parts.article.cancelLoading();
      return;
    }
    const generation = ++this.openGeneration;
    this.loadingId = id;
    this.parts.article.showPlaceholder('loading');
    try {
      // The annotations load alongside the text: on a long article both take a while.
      const { text, ahead } =
        this.takeOpenedAhead(id) ??
        this.startReads(id, readsAhead(this.model.articleSummary(id), this.reopeningScrollTop(id)));
      const annotations = this.parts.annotations.fetchAnnotations(id, ahead);
      annotations.all.catch(() => undefined); // reported through showArticle below, or moot if the article failed
      const article = await text;
      if (generation !== this.openGeneration) return;
      if (article.text.length <= SHOWN_WITH_ANNOTATIONS_MAX_CHARS) await annotations.all.catch(() => undefined);
      if (generation !== this.openGeneration) return;
      this.parts.article.show(article);
      this.changes.fire({ kind: 'shown', article });
      this.updateWindowTitle(article.title);
      await this.parts.annotations.showArticle(article, annotations);
      if (generation === this.openGeneration) this.restorePosition(id);
    } catch (error) {
      if (generation !== this.openGeneration) return;
      this.parts.article.showPlaceholder('no-selection');
      this.parts.annotations.clearArticle();
      this.changes.fire({ kind: 'shown', article: null });
      this.reportError(error);
    } finally {
      if (generation === this.openGeneration) this.loadingId = null;
    }
  }

  /** Opens the article of a search hit, then selects and scrolls to the matched words. */
  async openSearchHit(hit: SearchHit): Promise<void> {
    await this.openArticle(hit.articleId);
    if (this.parts.article.articleId !== hit.articleId) return;
    const range = hitTextRange(hit);
    if (range !== null) this.parts.article.revealTextRange(range);
  }

  /** Creates an article, then selects and shows it. Rejects (after updating the save state) if it failed. */
  async createArticle(input: NewArticle): Promise<ArticleSummary> {
    const summary = await this.parts.saves.track(() => this.api.invoke('article.create', input));
    this.selectedId = summary.id;
    await this.showListed(summary.id);
    return summary;
  }

  /** Paste-to-create: clipboard text becomes an article with a title derived from its first line. */
  async createFromClipboard(text: string): Promise<void> {
    if (text.trim() === '') {
      this.parts.toasts.info('The clipboard has no text to make an article from.');
      return;
    }
    if (text.length > ARTICLE_LIMITS.pastedTextMaxChars) {
      this.parts.toasts.error('The clipboard text is too long to paste as one article.');
      return;
    }
    try {
      await this.createArticle({ title: '', text });
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Saves a title or metadata edit and shows the result everywhere. Rejects with the failure. */
  updateArticle(id: ArticleId, edit: ArticleEdit): Promise<ArticleSummary> {
    // The list, the header and the details follow the change set.
    return this.parts.saves.track(() => this.api.invoke('article.update', { id, edit }));
  }

  /** Decodes the original again with another encoding and shows the new text. Rejects with the failure. */
  async redecodeArticle(id: ArticleId, encoding: TextEncoding): Promise<void> {
    // The new text and the annotations it moved come as the change set, which redraws the article.
    await this.parts.saves.track(() => this.api.invoke('article.redecode', { id, encoding }));
    this.parts.toasts.info(`Decoded again as ${encoding}.`);
  }

  /**
   * Moves an article to the trash and offers Undo. If it was the selected one, `neighbour` (the
   * article next to it in the list as the library shows it) is shown instead.
   */
  async trashArticle(id: ArticleId, neighbour: ArticleId | null): Promise<void> {
    const summary = this.model.articleSummary(id);
    const next = this.selectedId === id ? neighbour : null;
    try {
      await this.parts.saves.track(() => this.api.invoke('article.trash', { ids: [id] }));
    } catch (error) {
      this.reportError(error);
      return;
    }
    this.pendingUndo?.closeNotice();
    const undo: PendingUndo = { ids: [id], done: false, closeNotice: () => undefined };
    undo.closeNotice = this.parts.toasts.info(`Moved “${summary?.title || 'Untitled article'}” to the trash.`, {
      // The notice closes before its action runs, so the action carries its own record.
      action: { label: 'Undo', run: () => this.applyUndo(undo) },
      onClose: () => {
        if (this.pendingUndo === undo) this.pendingUndo = null;
      },
    });
    this.pendingUndo = undo;
    // The list and the trash follow the change set; only what is shown is chosen here.
    if (this.selectedId === id) {
      this.selectedId = next;
      await this.showSelection(id);
    }
  }

  /**
   * Ctrl/Cmd+Z: while a "moved to the trash" notice shows, brings the article back; otherwise
   * undoes the last annotation action (or text edit) in the project's history.
   */
  async undo(): Promise<void> {
    if (this.undoTrash()) return;
    await this.stepHistory('history.undo', 'Undone', 'Nothing to undo.');
  }

  /** Ctrl/Cmd+Shift+Z: does again what was last undone. */
  async redo(): Promise<void> {
    await this.stepHistory('history.redo', 'Redone', 'Nothing to redo.');
  }

  private async stepHistory(call: 'history.undo' | 'history.redo', done: string, nothing: string): Promise<void> {
    let step;
    try {
      step = await this.parts.saves.track(() => this.api.invoke(call));
    } catch (error) {
      this.reportError(error);
      return;
    }
    if (step === null) {
      this.parts.toasts.info(nothing);
      return;
    }
    // What the step changed arrives as its change set, which repaints the article: nothing is read again.
    this.parts.toasts.info(`${done}: ${step.description}.`);
  }

  /** Ctrl/Cmd+Z: restores what was last moved to the trash, while its notice shows. False if there is nothing. */
  undoTrash(): boolean {
    const undo = this.pendingUndo;
    if (undo === null) return false;
    this.applyUndo(undo);
    return true;
  }

  private applyUndo(undo: PendingUndo): void {
    if (undo.done) return;
    undo.done = true;
    if (this.pendingUndo === undo) this.pendingUndo = null;
    undo.closeNotice();
    void this.restoreArticles(undo.ids, undo.ids[0]);
  }

  /** Brings articles back from the trash; shows `select` afterwards if given. */
  async restoreArticles(ids: ArticleId[], select?: ArticleId): Promise<void> {
    try {
      await this.parts.saves.track(() => this.api.invoke('article.restore', { ids }));
    } catch (error) {
      this.reportError(error);
      return;
    }
    if (select !== undefined) {
      this.selectedId = select;
      await this.showListed(select);
    }
  }

  /** Asks, then deletes every article in the trash for good. */
  async emptyTrash(): Promise<void> {
    const count = this.trash.length;
    const confirmed = await this.parts.confirm.ask({
      title: 'Empty the trash?',
      message: `${pluralWord(count, 'The article', `All ${counted(count, 'article', 'articles')}`)} in the trash will be deleted for good, with ${pluralWord(count, 'its', 'their')} annotations. This cannot be undone.`,
      confirmLabel: 'Delete for good',
      danger: true,
    });
    if (!confirmed) return;
    try {
      const { count: deleted } = await this.parts.saves.track(() => this.api.invoke('trash.empty'));
      this.parts.toasts.info(`Deleted ${counted(deleted, 'article', 'articles')} for good.`);
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Shows the trash as the model holds it (opening the Trash view). */
  loadTrash(): void {
    this.changes.fire({ kind: 'trash', trash: this.trash });
  }

  /** An import ended: reload, and show the first article it brought in. */
  importFinished(report: ImportReport): void {
    void this.reload(report.imported[0]?.articleId);
  }

  search(query: string): Promise<SearchHit[]> {
    return this.api.invoke('search.query', { query, limit: 30 });
  }

  newProject(): void {
    void this.runProjectAction(() => this.api.invoke('project.new'));
  }

  openProject(): void {
    void this.runProjectAction(() => this.api.invoke('project.open'));
  }

  saveProjectAs(): void {
    void this.runProjectAction(() => this.api.invoke('project.saveAs'));
  }

  openRecentProject(id: string): void {
    void this.runProjectAction(() => this.api.invoke('project.openRecent', { id }));
  }

  recentProjects(): Promise<RecentProject[]> {
    return this.api.invoke('project.recent');
  }

  reportError(error: unknown): void {
    this.parts.reportError(error);
  }

  /**
   * Runs a project command. `null` from main means the user cancelled the file dialog: nothing to do
   * and nothing to report. These do not count as writes for the save state: every change is already
   * in the open project file, and a failed "Save as…" copy leaves it just as saved.
   */
  private async runProjectAction(action: () => Promise<ProjectInfo | null>): Promise<void> {
    try {
      const info = await action();
      if (info === null) return;
      this.applyProject(info);
      await this.reload();
    } catch (error) {
      this.reportError(error);
    }
  }

  /**
   * Article ids are only unique within a project, so switching to another project file must
   * forget the selection and what is on screen, even if the new project has an article with that id.
   */
  private applyProject(info: ProjectInfo): void {
    const switched = this.project !== null && this.project.displayPath !== info.displayPath;
    if (switched) this.rememberPosition();
    this.project = info;
    this.parts.status.setProject(info);
    if (switched) {
      this.selectedId = null;
      this.loadingId = null;
      this.openGeneration += 1;
      this.pendingUndo?.closeNotice();
      this.pendingUndo = null;
      this.parts.article.showPlaceholder('no-selection');
      this.parts.annotations.clearArticle();
      this.changes.fire({ kind: 'shown', article: null });
      this.updateWindowTitle(null);
    }
  }

  /** Scrolls a reopened article to where it was left, once its text and annotations are laid out. */
  private restorePosition(id: ArticleId): void {
    const scrollTop = this.reopeningScrollTop(id);
    this.reopening = null;
    if (scrollTop > 0) this.parts.article.element.scrollTop = scrollTop;
    // The article was just shown at the top or scrolled to `scrollTop`: reading the position back
    // would make the browser lay out the whole article there and then, before its first paint.
    // Writing it to the window's storage (~3.5 ms of opening the 50 KB article) waits for that
    // paint; leaving the page before it still remembers the position (pagehide).
    const project = this.project;
    if (project !== null) {
      afterNextPaint(() => this.positions.remember(project.displayPath, { articleId: id, scrollTop }));
    }
  }

  /** Where an article opens: where the analyst left it if it is the one being reopened, else at its top. */
  private reopeningScrollTop(id: ArticleId): number {
    return this.reopening?.articleId === id ? this.reopening.scrollTop : 0;
  }

  private rememberPosition(scrollTop = this.parts.article.element.scrollTop): void {
    const id = this.parts.article.articleId;
    if (id === null || this.project === null) return;
    this.positions.remember(this.project.displayPath, { articleId: id, scrollTop });
  }

  /**
   * The window's title names the article and the project. Setting it costs the browser a few
   * milliseconds (8 of the task that first shows the 1 MB article at start-up, traced), so it
   * follows the article's first paint instead of holding it up.
   */
  private updateWindowTitle(articleTitle: string | null): void {
    const parts = [articleTitle, this.project?.name, APP_NAME].filter((part): part is string => !!part);
    const scheduled = this.windowTitle !== null;
    this.windowTitle = parts.join(' — ');
    if (scheduled) return;
    afterNextPaint(() => {
      if (this.windowTitle !== null) document.title = this.windowTitle;
      this.windowTitle = null;
    });
  }
}
