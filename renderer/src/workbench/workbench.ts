import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { ARTICLE_LIMITS, type ArticleId, type ArticleSummary, type NewArticle } from '../../../shared/model/article';
import type { ProjectInfo, RecentProject } from '../../../shared/model/project';
import type { ArticleListView } from '../article-list/article-list-view';
import { sortNewestFirst } from '../article-list/article-summary-format';
import type { ArticleView } from '../article-view/article-view';
import { userMessageOf } from '../errors/user-message';
import type { ToastRegion } from '../notifications/toast-region';
import {
  INITIAL_SAVE_TRACKING,
  saveStateOf,
  writeFinished,
  writeStarted,
  type SaveTracking,
} from '../status-bar/save-state';
import type { StatusBarView } from '../status-bar/status-bar-view';

export interface WorkbenchViews {
  list: ArticleListView;
  article: ArticleView;
  status: StatusBarView;
  toasts: ToastRegion;
}

const APP_NAME = 'Annotation Workbench';

/**
 * The window's state and the actions on it: which project is open, its articles, which one is
 * shown, and whether writes are saved. Views only render what they are given and report user
 * intent back through callbacks wired in start-workbench.ts.
 *
 * Every asynchronous load carries a generation number, and only the latest result is applied, so
 * fast clicking, a paste during a reload, or a project switch mid-load never shows stale data.
 */
export class Workbench {
  private readonly api: WorkbenchApi;
  private readonly views: WorkbenchViews;
  private project: ProjectInfo | null = null;
  private articles: ArticleSummary[] = [];
  private selectedId: ArticleId | null = null;
  private loadingId: ArticleId | null = null;
  private saveTracking: SaveTracking = INITIAL_SAVE_TRACKING;
  private reloadGeneration = 0;
  private openGeneration = 0;

  constructor(api: WorkbenchApi, views: WorkbenchViews) {
    this.api = api;
    this.views = views;
  }

  /** Loads the open project; call once after the views are in the document. */
  async start(): Promise<void> {
    this.api.on('project.changed', (info) => {
      this.applyProject(info);
      void this.reload();
    });
    this.views.status.setSaveState(saveStateOf(this.saveTracking));
    await this.reload();
  }

  get currentProject(): ProjectInfo | null {
    return this.project;
  }

  /** Reloads project info and the article list; selects `select` if given, else keeps the selection. */
  async reload(select?: ArticleId): Promise<void> {
    const generation = ++this.reloadGeneration;
    let project: ProjectInfo;
    let list: ArticleSummary[];
    try {
      [project, list] = await Promise.all([this.api.invoke('project.current'), this.api.invoke('article.list')]);
    } catch (error) {
      if (generation === this.reloadGeneration) this.reportError(error);
      return;
    }
    if (generation !== this.reloadGeneration) return;
    this.applyProject(project);
    this.articles = sortNewestFirst(list);
    const wanted = select ?? this.selectedId;
    const target = this.articles.some((article) => article.id === wanted) ? wanted : (this.articles[0]?.id ?? null);
    this.views.list.render(this.articles, target);
    this.views.status.setArticleCount(this.articles.length);
    if (target === null) {
      this.selectedId = null;
      this.openGeneration += 1; // abandon any article still loading
      this.loadingId = null;
      this.views.article.showPlaceholder(this.articles.length === 0 ? 'no-articles' : 'no-selection');
      this.updateWindowTitle(null);
    } else {
      await this.openArticle(target);
    }
  }

  /** Shows an article in the main pane and marks it selected in the list. */
  async openArticle(id: ArticleId): Promise<void> {
    this.selectedId = id;
    this.views.list.setSelected(id);
    if (this.loadingId === id) return;
    if (this.views.article.articleId === id) {
      // Back to the article on screen before another one finished loading: drop that load.
      this.openGeneration += 1;
      this.loadingId = null;
      this.views.article.cancelLoading();
      return;
    }
    const generation = ++this.openGeneration;
    this.loadingId = id;
    this.views.article.showPlaceholder('loading');
    try {
      const article = await this.api.invoke('article.get', { id });
      if (generation !== this.openGeneration) return;
      this.views.article.show(article);
      this.updateWindowTitle(article.title);
    } catch (error) {
      if (generation !== this.openGeneration) return;
      this.views.article.showPlaceholder('no-selection');
      this.reportError(error);
    } finally {
      if (generation === this.openGeneration) this.loadingId = null;
    }
  }

  /** Creates an article, then selects and shows it. Rejects (after updating the save state) if it failed. */
  async createArticle(input: NewArticle): Promise<ArticleSummary> {
    const summary = await this.trackWrite(() => this.api.invoke('article.create', input));
    // The article is saved at this point; a failing reload is reported but does not fail the create.
    await this.reload(summary.id);
    return summary;
  }

  /** Paste-to-create: clipboard text becomes an article with a title derived from its first line. */
  async createFromClipboard(text: string): Promise<void> {
    if (text.trim() === '') {
      this.views.toasts.info('The clipboard has no text to make an article from.');
      return;
    }
    if (text.length > ARTICLE_LIMITS.pastedTextMaxChars) {
      this.views.toasts.error('The clipboard text is too long to paste as one article.');
      return;
    }
    try {
      await this.createArticle({ title: '', text });
    } catch (error) {
      this.reportError(error);
    }
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
    console.error(error);
    this.views.toasts.error(userMessageOf(error));
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

  private async trackWrite<T>(write: () => Promise<T>): Promise<T> {
    this.setSaveTracking(writeStarted(this.saveTracking));
    try {
      const result = await write();
      this.setSaveTracking(writeFinished(this.saveTracking, { ok: true }));
      return result;
    } catch (error) {
      this.setSaveTracking(writeFinished(this.saveTracking, { ok: false, reason: userMessageOf(error) }));
      throw error;
    }
  }

  private setSaveTracking(tracking: SaveTracking): void {
    this.saveTracking = tracking;
    this.views.status.setSaveState(saveStateOf(tracking));
  }

  /**
   * Article ids are only unique within a project, so switching to another project file must
   * forget the selection and what is on screen, even if the new project has an article with that id.
   */
  private applyProject(info: ProjectInfo): void {
    const switched = this.project !== null && this.project.displayPath !== info.displayPath;
    this.project = info;
    this.views.status.setProject(info);
    if (switched) {
      this.selectedId = null;
      this.loadingId = null;
      this.openGeneration += 1;
      this.views.article.showPlaceholder('no-selection');
      this.updateWindowTitle(null);
    }
  }

  private updateWindowTitle(articleTitle: string | null): void {
    const parts = [articleTitle, this.project?.name, APP_NAME].filter((part): part is string => !!part);
    document.title = parts.join(' — ');
  }
}
