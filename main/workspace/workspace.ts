import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CallName } from '../../shared/ipc/call-names';
import { WorkbenchError } from '../../shared/ipc/errors';
import { PROJECT_FILE_EXTENSION, type ProjectInfo } from '../../shared/model/project';
import type { ErrorLog, Handlers } from '../ipc/dispatcher';
import { ExportJobs } from '../interchange/export-jobs/export-jobs';
import { EXPORT_FORMATS, exportFormatById, exportFormatInfo } from '../interchange/export-formats';
import { importAnnotationFiles } from '../interchange/import/import-annotation-files';
import { droppedFiles, filesAtPaths, filesInFolder } from '../library/import-jobs/import-sources';
import { ImportJobs } from '../library/import-jobs/import-jobs';
import { articleFromPaste } from '../library/pasted-article';
import { redecodeArticle } from '../library/redecode-article';
import { ProjectStore } from '../store/project-store';
import type { StorageFault } from '../store/storage-faults';
import type { FileDialogs } from './file-dialogs';
import { withProjectExtension } from './project-file-path';
import { WorkspaceEvents } from './workspace-events';
import { RecentProjects } from './recent-projects';

export interface WorkspaceOptions {
  dataDir: string;
  dialogs: FileDialogs;
  /** The bundled import worker (out/workers/import-worker.cjs). */
  importWorkerFile: string;
  /** The bundled export worker (out/workers/export-worker.cjs). */
  exportWorkerFile: string;
  appVersion: string;
  shell: 'electron' | 'browser-host';
  log: ErrorLog;
  clock?: () => Date;
}

type AnnotationCallName = Extract<
  CallName,
  | `${'schema' | 'entity' | 'annotation' | 'relation' | 'note' | 'history'}.${string}`
  | 'article.documentLabels'
  | 'article.setDocumentLabels'
  | 'article.editText'
>;

type InterchangeCallName = Extract<CallName, `export.${string}` | 'annotations.import'>;

const DEFAULT_PROJECT_NAME = 'My Project';
const DEFAULT_SEARCH_LIMIT = 50;

/**
 * The app's state in main: which project is open, the recent list, and the handlers that serve
 * the IPC contract. Plain Node, so the browser host and the tests run exactly this code.
 */
export class Workspace {
  readonly handlers: Handlers;
  readonly events = new WorkspaceEvents();
  private store: ProjectStore;
  private readonly imports: ImportJobs;
  private readonly exports: ExportJobs;
  private readonly recent: RecentProjects;
  private readonly options: WorkspaceOptions;
  private readonly clock: () => Date;

  private constructor(options: WorkspaceOptions, recent: RecentProjects, store: ProjectStore) {
    this.options = options;
    this.recent = recent;
    this.store = store;
    this.clock = options.clock ?? (() => new Date());
    this.imports = new ImportJobs({
      workerFile: options.importWorkerFile,
      log: options.log,
      onProgress: (progress) => this.events.emit('import.progress', progress),
      onFinished: (report) => {
        this.events.emit('import.finished', report);
        this.events.emit('project.changed', this.store.info());
      },
    });
    this.exports = new ExportJobs({
      workerFile: options.exportWorkerFile,
      log: options.log,
      onProgress: (progress) => this.events.emit('export.progress', progress),
      onFinished: (report) => this.events.emit('export.finished', report),
    });
    this.handlers = this.createHandlers();
  }

  /** Opens the last project, or the default one (created on first run), so the app starts ready to use. */
  static start(options: WorkspaceOptions): Workspace {
    mkdirSync(Workspace.projectsDir(options.dataDir), { recursive: true });
    const recent = new RecentProjects(join(options.dataDir, 'recent-projects.json'));
    const store = Workspace.openStartupProject(options, recent);
    recent.remember(store.path, (options.clock ?? (() => new Date()))());
    return new Workspace(options, recent, store);
  }

  private static projectsDir(dataDir: string): string {
    return join(dataDir, 'projects');
  }

  private static openStartupProject(options: WorkspaceOptions, recent: RecentProjects): ProjectStore {
    const last = recent.mostRecentPath();
    if (last !== undefined) {
      try {
        return ProjectStore.open(last);
      } catch (error) {
        options.log(`Could not reopen the last project ${last}; opening the default project`, error);
      }
    }
    // A damaged default project is left untouched for the user to rescue; a fresh one takes its place.
    for (let attempt = 1; ; attempt++) {
      const name = attempt === 1 ? DEFAULT_PROJECT_NAME : `${DEFAULT_PROJECT_NAME} (${attempt})`;
      const path = join(Workspace.projectsDir(options.dataDir), `${name}.${PROJECT_FILE_EXTENSION}`);
      if (!existsSync(path)) return ProjectStore.create(path);
      try {
        return ProjectStore.open(path);
      } catch (error) {
        options.log(`Default project ${path} cannot be opened`, error);
      }
    }
  }

  /** Opens a project file named by the operating system (file association, command line). */
  openProjectFile(path: string): ProjectInfo {
    return this.openExisting(path);
  }

  /**
   * Test seam for the browser host's --test-control: makes writes to the open project fail as on a
   * full disk or a read-only file (null clears it), so end-to-end tests see what the user sees.
   * Import and export workers have their own connections and are not affected.
   */
  injectStorageFaultForTests(fault: StorageFault | null): void {
    this.store.injectStorageFault(fault);
  }

  /** Lets running imports finish their current file, then closes the project. */
  async close(): Promise<void> {
    await Promise.all([this.imports.cancelAll(), this.exports.cancelAll()]);
    this.store.close();
  }

  /** Asking for the project that is already open keeps its one connection instead of opening a second. */
  private openExisting(path: string): ProjectInfo {
    if (resolve(path) === resolve(this.store.path)) return this.store.info();
    return this.switchTo(ProjectStore.open(path));
  }

  /** The new project is opened before the old one is closed, so a failure leaves the user where they were. */
  private switchTo(next: ProjectStore): ProjectInfo {
    const previous = this.store;
    this.store = next;
    previous.close();
    this.recent.remember(next.path, this.clock());
    const info = next.info();
    this.events.emit('project.changed', info);
    return info;
  }

  private suggestedPath(name: string): string {
    return join(dirname(this.store.path), `${name}.${PROJECT_FILE_EXTENSION}`);
  }

  private openRecent(id: string): ProjectInfo {
    const path = this.recent.pathOf(id);
    if (path === undefined) throw new WorkbenchError('not-found', 'That project is no longer in the recent list.');
    try {
      return this.openExisting(path);
    } catch (error) {
      if (error instanceof WorkbenchError && error.code === 'not-found') this.recent.forget(path);
      throw error;
    }
  }

  private createHandlers(): Handlers {
    const dialogs = this.options.dialogs;
    return {
      'app.info': () => ({ version: this.options.appVersion, shell: this.options.shell }),
      'project.current': () => this.store.info(),
      'project.recent': () => this.recent.list(),
      'project.new': async () => {
        const path = await dialogs.chooseNewProjectPath(this.suggestedPath('New Project'));
        return path === null ? null : this.switchTo(ProjectStore.create(withProjectExtension(path)));
      },
      'project.open': async () => {
        const path = await dialogs.chooseProjectToOpen(dirname(this.store.path));
        return path === null ? null : this.openExisting(path);
      },
      'project.openRecent': ({ id }) => this.openRecent(id),
      'project.saveAs': async () => {
        const chosen = await dialogs.chooseSaveAsPath(this.suggestedPath(`${this.store.name} copy`));
        if (chosen === null) return null;
        const target = withProjectExtension(chosen);
        this.store.copyTo(target);
        return this.switchTo(ProjectStore.open(target));
      },
      'article.list': () => this.store.listArticles(),
      'article.get': ({ id }) => this.store.getArticle(id),
      'article.create': (input) => this.store.createArticle(articleFromPaste(input)),
      'article.update': ({ id, edit }) => this.store.updateArticle(id, edit),
      'article.trash': ({ ids }) => this.changingCount(() => this.store.trashArticles(ids)),
      'article.restore': ({ ids }) => this.changingCount(() => this.store.restoreArticles(ids)),
      'article.redecode': ({ id, encoding }) => redecodeArticle(this.store, id, encoding),
      'trash.list': () => this.store.listTrash(),
      'trash.empty': () => ({ count: this.store.emptyTrash() }),
      'library.importFiles': async () => {
        const paths = await dialogs.chooseFilesToImport();
        return paths === null ? null : this.imports.start(this.store.path, filesAtPaths(paths));
      },
      'library.importFolder': async () => {
        const folder = await dialogs.chooseFolderToImport();
        return folder === null ? null : this.imports.start(this.store.path, filesInFolder(folder));
      },
      'library.importDropped': ({ files }) => this.imports.start(this.store.path, droppedFiles(files)),
      'library.cancelImport': ({ jobId }) => {
        this.imports.cancel(jobId);
        return null;
      },
      'search.query': ({ query, limit }) => this.store.search(query, limit ?? DEFAULT_SEARCH_LIMIT),
      ...this.annotationHandlers(),
      ...this.interchangeHandlers(),
    };
  }

  /**
   * The annotation layer, text editing and its undo history: a thin pass-through, as the store
   * checks every reference and rule itself.
   */
  private annotationHandlers(): Pick<Handlers, AnnotationCallName> {
    return {
      'schema.labels': () => this.store.listLabels(),
      'schema.addLabel': (label) => this.store.addLabel(label),
      'schema.updateLabel': ({ id, edit }) => this.store.updateLabel(id, edit),
      'schema.labelUsage': ({ id }) => this.store.labelUsage(id),
      'schema.removeLabel': ({ id, decision }) => {
        this.store.removeLabel(id, decision);
        return null;
      },
      'schema.export': () => this.store.exportAnnotationSchema(),
      'schema.import': ({ schema }) => ({ count: this.store.importAnnotationSchema(schema) }),
      'entity.list': () => this.store.listEntities(),
      'entity.get': ({ id }) => this.store.getEntity(id),
      'entity.candidates': ({ query, typeLabelId, limit }) =>
        this.store.findEntityCandidates(query, {
          ...(typeLabelId === undefined ? {} : { typeLabelId }),
          ...(limit === undefined ? {} : { limit }),
        }),
      'entity.create': (draft) => this.store.createEntity(draft),
      'entity.update': ({ id, edit }) => this.store.updateEntity(id, edit),
      'entity.mentions': ({ id }) => this.store.entityMentions(id),
      'entity.merge': ({ keptId, mergedId }) => this.store.mergeEntities(keptId, mergedId),
      'entity.splitMention': ({ annotationId, entity }) => this.store.splitMentionOff(annotationId, entity),
      'annotation.list': ({ articleId }) => this.store.listAnnotations(articleId),
      'annotation.create': (input) => this.store.createAnnotation(input),
      'annotation.createMany': ({ annotations }) => this.store.createAnnotations(annotations),
      'annotation.update': ({ id, edit }) => this.store.updateAnnotation(id, edit),
      'annotation.delete': ({ ids }) => ({ count: this.store.deleteAnnotations(ids) }),
      'annotation.reattach': ({ id, fragments }) => this.store.reattachAnnotation(id, fragments),
      'relation.list': ({ articleId }) => this.store.listRelations(articleId),
      'relation.create': (relation) => this.store.createRelation(relation),
      'relation.delete': ({ id }) => {
        this.store.deleteRelation(id);
        return null;
      },
      'note.list': ({ target }) => this.store.listNotes(target),
      'note.add': ({ target, text }) => this.store.addNote(target, text),
      'note.update': ({ id, text }) => {
        this.store.updateNote(id, text);
        return null;
      },
      'note.delete': ({ id }) => {
        this.store.deleteNote(id);
        return null;
      },
      'article.documentLabels': ({ articleId }) => this.store.documentLabels(articleId),
      'article.setDocumentLabels': ({ articleId, labelIds }) => this.store.setDocumentLabels(articleId, labelIds),
      'article.editText': (edit) => this.store.editArticleText(edit),
      'history.undo': () => this.store.undo(),
      'history.redo': () => this.store.redo(),
      'history.state': () => this.store.historyState(),
    };
  }

  /**
   * Export runs in a worker with its own read-only connection, so the UI stays responsive; the
   * destination always comes from a dialog in main, never from the renderer.
   */
  private interchangeHandlers(): Pick<Handlers, InterchangeCallName> {
    const dialogs = this.options.dialogs;
    return {
      'export.formats': () => EXPORT_FORMATS.map(exportFormatInfo),
      'export.start': async ({ formatId, scope, options }) => {
        const format = exportFormatById(formatId, options);
        const base = join(dirname(this.store.path), `${this.store.name} ${format.id}`);
        const destination =
          format.extension === null
            ? await dialogs.chooseExportFolder(base)
            : await dialogs.chooseExportFile(`${base}.${format.extension}`, {
                name: format.name,
                extension: format.extension,
              });
        if (destination === null) return null;
        return this.exports.start(this.store.path, {
          formatId,
          scope,
          destination,
          ...(options === undefined ? {} : { options }),
        });
      },
      'export.cancel': ({ jobId }) => {
        this.exports.cancel(jobId);
        return null;
      },
      'annotations.import': async () => {
        const paths = await dialogs.chooseAnnotationFilesToImport();
        if (paths === null) return null;
        const report = await importAnnotationFiles(this.store, paths);
        if (report.imported) this.events.emit('project.changed', this.store.info());
        return report;
      },
    };
  }

  /** Trash and restore change what the status bar counts, so the renderer hears about it. */
  private changingCount(action: () => number): { count: number } {
    const count = action();
    this.events.emit('project.changed', this.store.info());
    return { count };
  }
}
