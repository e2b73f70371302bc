import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isCallName } from '../../shared/ipc/call-names';
import { WorkbenchError } from '../../shared/ipc/errors';
import { PROJECT_FILE_EXTENSION, type ProjectInfo } from '../../shared/model/project';
import { createDispatcher, type EncodedDispatch, type ErrorLog, type Handlers } from '../ipc/dispatcher';
import { encodeEnvelope } from '../ipc/encoded-json';
import { exportJob, type ExportJob } from '../interchange/export-jobs/export-job';
import { EXPORT_FORMAT_INFOS, exportFormatInfoById } from '../interchange/export-catalog';
import { droppedFiles, filesAtPaths, filesInFolder, type ImportSource } from '../library/import-jobs/import-sources';
import { importJob, type ImportJob } from '../library/import-jobs/import-job';
import { WorkerJobs } from '../jobs/worker-jobs';
import { CleanCloses } from '../store-host/clean-closes';
import { isStoreCall, STORE_CALLS, type StoreCallName, type WorkspaceCallName } from '../store-host/store-calls';
import { StoreHost, type StoreHostEnvironment } from '../store-host/store-host';
import type { StorageFault } from '../store/storage-faults';
import type { FileDialogs } from './file-dialogs';
import { withProjectExtension } from './project-file-path';
import { readSuggestionSourceFile } from './suggestion-source-file';
import { WorkspaceEvents } from './workspace-events';
import { WrittenExports, type RevealPath } from './written-exports';
import { RecentProjects } from './recent-projects';
import { AnnotatorIdentityFile } from './annotator-identity-file';

export interface WorkspaceOptions {
  dataDir: string;
  dialogs: FileDialogs;
  /** The bundled store worker (out/workers/store-worker.mjs), which holds the project's connections. */
  storeWorkerFile: string;
  /** The bundled import worker (out/workers/import-worker.mjs). */
  importWorkerFile: string;
  /** The bundled export worker (out/workers/export-worker.mjs). */
  exportWorkerFile: string;
  appVersion: string;
  shell: 'electron' | 'browser-host';
  /** Opens an export or shows it in its folder (the Electron shell); without it, `export.reveal` says it cannot. */
  revealPath?: RevealPath;
  log: ErrorLog;
  clock?: () => Date;
}

type InterchangeCallName = Extract<
  WorkspaceCallName,
  `export.${string}` | 'annotations.import' | 'suggestionSources.import' | 'layers.import'
>;

const DEFAULT_PROJECT_NAME = 'My Project';

/**
 * The app's state in main: which project is open, the recent list, and the calls that need main
 * (dialogs, project switching, import and export jobs). Data calls go to the open project's store
 * host unchecked and are validated in its worker. Plain Node, so the browser host and the tests
 * run exactly this code.
 */
export class Workspace {
  /** Every call of the contract, typed, as main serves it (the menu and the tests use these). */
  readonly handlers: Handlers;
  /** The entry point both hosts relay the renderer's calls to, answering encoded envelopes. Never rejects. */
  readonly dispatch: EncodedDispatch;
  readonly events: WorkspaceEvents;
  private host: StoreHost;
  /** Imports and exports, each in a worker of its own. */
  private readonly jobs: WorkerJobs;
  private readonly importJob: ImportJob;
  private readonly exportJob: ExportJob;
  private readonly written: WrittenExports;
  private readonly recent: RecentProjects;
  private readonly annotator: AnnotatorIdentityFile;
  private readonly hostEnvironment: StoreHostEnvironment;
  /** Projects switched away from, still finishing the writes sent to them. */
  private readonly retiring = new Set<Promise<void>>();
  private readonly options: WorkspaceOptions;
  private readonly clock: () => Date;

  private constructor(
    options: WorkspaceOptions,
    recent: RecentProjects,
    annotator: AnnotatorIdentityFile,
    events: WorkspaceEvents,
    hostEnvironment: StoreHostEnvironment,
    host: StoreHost,
  ) {
    this.options = options;
    this.recent = recent;
    this.annotator = annotator;
    this.events = events;
    this.hostEnvironment = hostEnvironment;
    this.host = host;
    this.clock = options.clock ?? (() => new Date());
    this.jobs = new WorkerJobs(options.log);
    this.importJob = importJob({
      workerFile: options.importWorkerFile,
      onProgress: (progress) => this.events.emit('import.progress', progress),
      onFinished: (report) => {
        this.events.emit('import.finished', report);
        this.announceProject();
      },
    });
    this.exportJob = exportJob({
      workerFile: options.exportWorkerFile,
      onProgress: (progress) => this.events.emit('export.progress', progress),
      onFinished: (report) => this.events.emit('export.finished', report),
    });
    this.written = new WrittenExports(options.revealPath ?? null);
    this.events.on('export.finished', (report) => this.written.remember(report));
    const own = this.createHandlers();
    this.handlers = { ...this.relayedHandlers(), ...own };
    const dispatchOwn = createDispatcher(own, options.log);
    this.dispatch = async (call, arg) =>
      isCallName(call) && isStoreCall(call)
        ? this.host.dispatch(call, arg)
        : encodeEnvelope(await dispatchOwn(call, arg));
  }

  /** Opens the last project, or the default one (created on first run), so the app starts ready to use. */
  static async start(options: WorkspaceOptions): Promise<Workspace> {
    mkdirSync(Workspace.projectsDir(options.dataDir), { recursive: true });
    const recent = new RecentProjects(join(options.dataDir, 'recent-projects.json'), options.log);
    const events = new WorkspaceEvents();
    const environment: StoreHostEnvironment = {
      workerFile: options.storeWorkerFile,
      log: options.log,
      cleanCloses: new CleanCloses(join(options.dataDir, 'clean-closes.json'), options.log),
      emit: (event, payload) => events.emit(event, payload),
    };
    const annotator = new AnnotatorIdentityFile(join(options.dataDir, 'annotator.json'), options.log);
    const host = await Workspace.openStartupProject(options, recent, environment);
    await Workspace.tellAnnotator(host, annotator);
    recent.remember(host.path, (options.clock ?? (() => new Date()))());
    return new Workspace(options, recent, annotator, events, environment, host);
  }

  /** Every project opened here stamps its writes with this machine's annotator, once they said who they are. */
  private static async tellAnnotator(host: StoreHost, annotator: AnnotatorIdentityFile): Promise<void> {
    const identity = annotator.current();
    if (identity !== null) await host.call('annotator.use', identity);
  }

  private async openHost(path: string, create: boolean): Promise<{ host: StoreHost; info: ProjectInfo }> {
    const opened = await StoreHost.open(path, create, this.hostEnvironment);
    try {
      await Workspace.tellAnnotator(opened.host, this.annotator);
    } catch (error) {
      await opened.host.close();
      throw error;
    }
    return opened;
  }

  private static projectsDir(dataDir: string): string {
    return join(dataDir, 'projects');
  }

  private static async openStartupProject(
    options: WorkspaceOptions,
    recent: RecentProjects,
    environment: StoreHostEnvironment,
  ): Promise<StoreHost> {
    const last = recent.mostRecentPath();
    if (last !== undefined) {
      try {
        return (await StoreHost.open(last, false, environment)).host;
      } catch (error) {
        options.log(`Could not reopen the last project ${last}; opening the default project`, error);
      }
    }
    // A damaged default project is left untouched for the user to rescue; a fresh one takes its place.
    for (let attempt = 1; ; attempt++) {
      const name = attempt === 1 ? DEFAULT_PROJECT_NAME : `${DEFAULT_PROJECT_NAME} (${attempt})`;
      const path = join(Workspace.projectsDir(options.dataDir), `${name}.${PROJECT_FILE_EXTENSION}`);
      if (!existsSync(path)) return (await StoreHost.open(path, true, environment)).host;
      try {
        return (await StoreHost.open(path, false, environment)).host;
      } catch (error) {
        options.log(`Default project ${path} cannot be opened`, error);
      }
    }
  }

  /** Opens a project file named by the operating system (file association, command line). */
  openProjectFile(path: string): Promise<ProjectInfo> {
    return this.openExisting(path);
  }

  /**
   * Test seam for the browser host's --test-control: makes writes to the open project fail as on a
   * full disk or a read-only file (null clears it), so end-to-end tests see what the user sees.
   * Import and export workers have their own connections and are not affected.
   */
  injectStorageFaultForTests(fault: StorageFault | null): Promise<void> {
    return this.host.injectStorageFault(fault);
  }

  /** Lets running imports finish their current file, then closes the project after its pending writes. */
  async close(): Promise<void> {
    await this.jobs.cancelAll();
    await Promise.all([this.host.close(), ...this.retiring]);
    await Promise.all([this.recent.flushed(), this.annotator.flushed()]);
  }

  /** Asking for the project that is already open keeps its connections instead of opening more. */
  private async openExisting(path: string): Promise<ProjectInfo> {
    if (resolve(path) === resolve(this.host.path) && !this.host.failed) return this.host.info();
    return this.switchTo(await this.openHost(path, false));
  }

  /**
   * A compacted copy of the open project at `target`, written by its store writer, so edits made
   * meanwhile cannot tear it. Refused when `project` is no longer the one open: the copy is of
   * what the caller asked for or of nothing.
   */
  async copyOpenProject(project: string, target: string): Promise<void> {
    if (this.host.path !== project) throw new Error(`“${project}” is no longer the open project`);
    await this.host.copyTo(target);
  }

  /**
   * The new project is opened before the old one is closed, so a failure leaves the user where
   * they were. The old one closes in the background, after the writes already sent to it.
   */
  private switchTo(next: { host: StoreHost; info: ProjectInfo }): ProjectInfo {
    const previous = this.host;
    this.host = next.host;
    const closing = previous
      .close()
      .catch((error: unknown) => this.options.log(`Closing ${previous.path} failed`, error));
    this.retiring.add(closing);
    void closing.finally(() => this.retiring.delete(closing));
    this.recent.remember(next.host.path, this.clock());
    this.events.emit('project.changed', next.info);
    return next.info;
  }

  private suggestedPath(name: string): string {
    return join(dirname(this.host.path), `${name}.${PROJECT_FILE_EXTENSION}`);
  }

  private async openRecent(id: string): Promise<ProjectInfo> {
    const path = this.recent.pathOf(id);
    if (path === undefined) throw new WorkbenchError('not-found', 'That project is no longer in the recent list.');
    try {
      return await this.openExisting(path);
    } catch (error) {
      if (error instanceof WorkbenchError && error.code === 'not-found') this.recent.forget(path);
      throw error;
    }
  }

  private startImport(sources: ImportSource[]): { jobId: string; total: number } {
    const jobId = this.jobs.start(this.importJob, { projectPath: this.host.path, sources });
    return { jobId, total: sources.length };
  }

  /** Import jobs write on their own connection, so the counts the status bar shows are read afterwards. */
  private announceProject(): void {
    this.host.info().then(
      (info) => this.events.emit('project.changed', info),
      (error: unknown) => this.options.log('Could not read the project after an import', error),
    );
  }

  /** The data calls, for main's own callers: relayed to the store host, which returns typed results. */
  private relayedHandlers(): Pick<Handlers, StoreCallName> {
    const relay = (call: StoreCallName) => (arg: unknown) => this.host.call(call, arg as never);
    return Object.fromEntries(STORE_CALLS.map((call) => [call, relay(call)])) as unknown as Pick<
      Handlers,
      StoreCallName
    >;
  }

  private createHandlers(): Pick<Handlers, WorkspaceCallName> {
    const dialogs = this.options.dialogs;
    return {
      'app.info': () => ({ version: this.options.appVersion, shell: this.options.shell }),
      'project.recent': () => this.recent.list(),
      'project.new': async () => {
        const path = await dialogs.chooseNewProjectPath(this.suggestedPath('New Project'));
        if (path === null) return null;
        return this.switchTo(await this.openHost(withProjectExtension(path), true));
      },
      'project.open': async () => {
        const path = await dialogs.chooseProjectToOpen(dirname(this.host.path));
        return path === null ? null : this.openExisting(path);
      },
      'project.openRecent': ({ id }) => this.openRecent(id),
      'project.saveAs': async () => {
        const chosen = await dialogs.chooseSaveAsPath(this.suggestedPath(`${this.host.name} copy`));
        if (chosen === null) return null;
        const target = withProjectExtension(chosen);
        await this.host.copyTo(target);
        return this.switchTo(await this.openHost(target, false));
      },
      'project.checkIntegrity': () => this.host.checkIntegrity(),
      'library.importFiles': async () => {
        const paths = await dialogs.chooseFilesToImport();
        return paths === null ? null : this.startImport(filesAtPaths(paths));
      },
      'library.importFolder': async () => {
        const folder = await dialogs.chooseFolderToImport();
        return folder === null ? null : this.startImport(filesInFolder(folder));
      },
      'library.importDropped': ({ files }) => this.startImport(droppedFiles(files)),
      'annotator.identity': () => this.annotator.current(),
      'annotator.setIdentity': async (edit) => {
        const identity = this.annotator.change(edit);
        await this.host.call('annotator.use', identity);
        return identity;
      },
      'library.cancelImport': ({ jobId }) => {
        this.jobs.cancel(this.importJob, jobId);
        return null;
      },
      ...this.interchangeHandlers(),
    };
  }

  /**
   * Export runs in a worker with its own read-only connection, so the UI stays responsive; the
   * destination always comes from a dialog in main, never from the renderer. Annotation imports
   * are read and applied by the store's writer, as one undo step.
   */
  private interchangeHandlers(): Pick<Handlers, InterchangeCallName> {
    const dialogs = this.options.dialogs;
    return {
      'export.formats': () => [...EXPORT_FORMAT_INFOS],
      'export.start': async ({ formatId, scope, options }) => {
        const format = exportFormatInfoById(formatId);
        const base = join(dirname(this.host.path), `${this.host.name} ${format.id}`);
        const destination =
          format.extension === null
            ? await dialogs.chooseExportFolder(base)
            : await dialogs.chooseExportFile(`${base}.${format.extension}`, {
                name: format.name,
                extension: format.extension,
              });
        if (destination === null) return null;
        const request = { formatId, scope, destination, ...(options === undefined ? {} : { options }) };
        return { jobId: this.jobs.start(this.exportJob, { projectPath: this.host.path, request }) };
      },
      'export.cancel': ({ jobId }) => {
        this.jobs.cancel(this.exportJob, jobId);
        return null;
      },
      'export.reveal': ({ jobId, action }) => this.written.revealExport(jobId, action),
      'annotations.import': async () => {
        const paths = await dialogs.chooseAnnotationFilesToImport();
        return paths === null ? null : this.host.importAnnotations(paths);
      },
      'suggestionSources.import': async ({ kind }) => {
        const path = await dialogs.chooseSuggestionSourceFile(kind);
        return path === null ? null : this.host.call('suggestionSources.add', readSuggestionSourceFile(path, kind));
      },
      'layers.import': async () => {
        const paths = await dialogs.chooseAnnotationFilesToImport();
        return paths === null ? null : this.host.importLayer(paths);
      },
    };
  }
}
