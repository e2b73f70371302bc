// Entry point of the Electron main process (bundled to out/main/app.cjs). It wires the plain-Node
// workspace to Electron: profile, single instance, app:// protocol, security rules, IPC, menu, window.
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { WorkbenchError } from '../../shared/ipc/errors';
import type { EncodedDispatch } from '../ipc/dispatcher';
import { decodeEnvelope } from '../ipc/encoded-json';
import { Workspace } from '../workspace/workspace';
import { APP_VERSION, configureAppIdentity } from './app-identity';
import { createFileDialogs } from './dialogs';
import { registerIpcHandlers, sendEvent } from './ipc';
import { revealPath } from './reveal-path';
import { createMainLog } from './log';
import { installApplicationMenu } from './menu';
import { projectFileFromArgv } from '../workspace/project-file-path';
import { registerAppSchemeAsPrivileged, serveRendererFiles } from './protocol';
import { installSecurityPolicy } from './security';
import { createMainWindow } from './window';
import { WORKER_FILES } from './worker-files';

// The preload and the renderer build sit next to out/main (inside app.asar when packaged).
const PRELOAD_PATH = join(__dirname, '../preload/preload.cjs');
const RENDERER_DIR = join(__dirname, '../renderer');

configureAppIdentity(process.env);
const log = createMainLog(join(app.getPath('userData'), 'logs'));

// One process per profile: it alone has the project database open. Later launches hand over their
// arguments through 'second-instance' and exit.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  registerAppSchemeAsPrivileged();

  let workspace: Workspace | null = null;
  let mainWindow: BrowserWindow | null = null;
  // A project file the OS named before the workspace existed: on the command line, or through
  // macOS 'open-file', which fires during launch when the app is started by opening a document.
  let pendingProjectFile = projectFileFromArgv(process.argv, process.cwd());

  const currentWindow = () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null);

  const openMainWindow = () => {
    const window = createMainWindow(PRELOAD_PATH, log);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  const focusMainWindow = () => {
    const window = currentWindow();
    if (window === null) {
      if (workspace !== null) openMainWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  };

  const showError = (title: string, detail: string) => {
    const options = { type: 'error' as const, title, message: title, detail };
    const window = currentWindow();
    (window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options)).catch(
      (error: unknown) => log('Could not show an error dialog', error),
    );
  };

  const openProjectFile = async (path: string) => {
    if (workspace === null) {
      pendingProjectFile = path;
      return;
    }
    try {
      // The workspace announces the switch as 'project.changed', which updates page and menu.
      await workspace.openProjectFile(path);
    } catch (error) {
      if (error instanceof WorkbenchError) {
        showError('The project could not be opened', error.message);
      } else {
        log(`Opening ${path} failed`, error);
        showError('The project could not be opened', 'Something went wrong; details are in the log.');
      }
    }
    focusMainWindow();
  };

  const openRecentProject = async (dispatch: EncodedDispatch, id: string) => {
    const result = decodeEnvelope(await dispatch('project.openRecent', { id }));
    if (!result.ok) showError('The project could not be opened', result.error.message);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectFileFromArgv(argv, workingDirectory);
    if (file === null) focusMainWindow();
    else void openProjectFile(file);
  });

  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openProjectFile(path);
  });

  const onReady = async () => {
    // Before any web contents exists, so none ever runs without the navigation and permission rules.
    installSecurityPolicy(log);
    serveRendererFiles(RENDERER_DIR, log);

    const starting = Workspace.start({
      dataDir: app.getPath('userData'),
      storeWorkerFile: WORKER_FILES.store,
      importWorkerFile: WORKER_FILES.import,
      exportWorkerFile: WORKER_FILES.export,
      dialogs: createFileDialogs(currentWindow),
      appVersion: APP_VERSION,
      shell: 'electron',
      revealPath,
      log,
    });
    // The window opens while the project does (the writer's store worker starts, the file may be
    // checked) and shows the library from its cache meanwhile; its calls wait for the project.
    registerIpcHandlers(async (call, arg) => (await starting).dispatch(call, arg), currentWindow, log);
    openMainWindow();
    const started = await starting;
    workspace = started;
    const dispatch = started.dispatch;

    const refreshMenu = installApplicationMenu({
      handlers: started.handlers,
      developerItems: !app.isPackaged,
      sendCommand: (command) => sendEvent(currentWindow(), 'menu.command', command),
      openRecent: (id) => void openRecentProject(dispatch, id),
      log,
    });
    started.events.on('project.changed', (info) => {
      sendEvent(currentWindow(), 'project.changed', info);
      refreshMenu();
    });
    started.events.on('import.progress', (progress) => sendEvent(currentWindow(), 'import.progress', progress));
    started.events.on('import.finished', (report) => sendEvent(currentWindow(), 'import.finished', report));
    started.events.on('export.progress', (progress) => sendEvent(currentWindow(), 'export.progress', progress));
    started.events.on('export.finished', (report) => sendEvent(currentWindow(), 'export.finished', report));
    started.events.on('store.changed', (changes) => sendEvent(currentWindow(), 'store.changed', changes));
    started.events.on('project.damaged', (report) => sendEvent(currentWindow(), 'project.damaged', report));

    if (pendingProjectFile !== null) {
      const file = pendingProjectFile;
      pendingProjectFile = null;
      await openProjectFile(file);
    }
  };

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log('Annotation Workbench could not start', error);
      const reason = error instanceof WorkbenchError ? error.message : 'Details are in the log.';
      dialog.showErrorBox('Annotation Workbench could not start', reason);
      app.exit(1);
    });

  // macOS apps stay running without windows and reopen one from the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', focusMainWindow);

  // 'will-quit' rather than 'before-quit': a window may still cancel the quit after 'before-quit',
  // and the app must not carry on with its project closed. By now every window is gone, so no
  // request can arrive after the close. Running imports finish their current file first, so
  // quitting is held until the workspace has closed, then resumed.
  app.on('will-quit', (event) => {
    const closing = workspace;
    if (closing === null) return;
    workspace = null;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => log('Closing the project failed', error))
      .finally(() => app.quit());
  });
}
