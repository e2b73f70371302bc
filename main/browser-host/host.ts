import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { EVENT_NAMES } from '../../shared/ipc/call-names';
import { binaryValueOf } from '../../shared/ipc/binary-envelope';
import { decodeEnvelope, encodeEnvelope, type EncodedEnvelope } from '../ipc/encoded-json';
import { isWorkspaceCall } from '../store-host/store-calls';
import { Workspace } from '../workspace/workspace';
import { version } from '../../package.json';
import { AppFiles } from './app-files';
import { BrowserDialogs } from './browser-dialogs';
import { DownloadHandover } from './download-handover';
import type { EarlyServer } from './early-server';
import type { HostOptions } from './host-options';
import { Downloads } from './downloads';
import { mayCall, mayLoadApp, presentsStartSession, sessionCookie, type LaunchSecrets } from './host-auth';
import { readBody, reply, SECURITY_HEADERS } from './http-replies';
import { PagePicker } from './page-picker';
import { BINARY_ANSWER_TYPE, CALL_PATH, DOWNLOAD_PATH, PICK_PATH } from './page/host-protocol';
import { pageIdOf, PageChannels } from './page-channels';
import { PageSockets } from './page-socket';
import { PrivateTemp } from './private-temp';
import { ScriptedDialogs } from './scripted-dialogs';
import { routeTestControl, TEST_CONTROL_PATH } from './test-control';

/*
 * The browser host: the built renderer and the real main-process services, joined by the same
 * contract as in Electron but over loopback HTTP. `npm start` falls back to it when Electron cannot
 * be had, and the end-to-end tests run the whole app in Chromium through it.
 */

/** What the entry point prepared before the host loaded: its server listens already. */
export interface HostLaunch {
  readonly options: HostOptions;
  readonly server: EarlyServer;
  readonly origin: string;
  readonly secrets: LaunchSecrets;
  /** The build output (out/), holding the renderer, the bridge and the workers. */
  readonly outRoot: string;
}

export interface RunningHost {
  /** Settles once the project is open (or could not be opened). */
  readonly started: Promise<void>;
  /** Closes the pages' sockets, the server and the project, and removes the host's temporary files. */
  shutdown(): Promise<void>;
}

/** Answers on the launch's server until shut down. */
export function runHost(launch: HostLaunch): RunningHost {
  const { options, origin, secrets, outRoot } = launch;
  const appFiles = new AppFiles(outRoot);
  const log = (message: string, error: unknown): void => console.error(`[browser-host] ${message}:`, error);
  const temp = new PrivateTemp();

  const pages = new PageChannels();
  const picker = new PagePicker(pages, temp);
  const downloads = new Downloads(pages);
  const handover = new DownloadHandover(temp, downloads, copyOpenProject);
  const browserDialogs = new BrowserDialogs(picker, temp, handover);
  const scripted = options.testControl ? new ScriptedDialogs({ whenEmpty: 'invent-name' }) : null;
  // The server listens while the project opens (the writer's store worker starts, the file may be
  // checked), so the page loads meanwhile and shows the library from its cache; calls wait for it.
  const starting = Workspace.start({
    dataDir: options.dataDir,
    dialogs: scripted ?? browserDialogs,
    storeWorkerFile: join(outRoot, 'workers', 'store-worker.mjs'),
    importWorkerFile: join(outRoot, 'workers', 'import-worker.mjs'),
    exportWorkerFile: join(outRoot, 'workers', 'export-worker.mjs'),
    appVersion: version,
    shell: 'browser-host',
    log,
  });
  starting.catch((error: unknown) => {
    log('Annotation Workbench could not start', error);
    process.exit(1);
  });
  const dispatch = async (call: string, arg: unknown): Promise<EncodedEnvelope> => (await starting).dispatch(call, arg);

  /** Save as's copy for the browser's download, taken once the workspace has switched to the saved project. */
  async function copyOpenProject(project: string, target: string): Promise<void> {
    await (await starting).copyOpenProject(project, target);
  }

  /**
   * One call from a page, always through `dispatch(call, arg)`, answered as the encoded envelope the
   * store host made. Only calls main serves itself can open a dialog: those follow the page that
   * called, and are the only answers read here.
   */
  async function runCall(pageId: string | null, call: string, arg: unknown): Promise<EncodedEnvelope> {
    if (scripted !== null || !isWorkspaceCall(call)) return dispatch(call, arg);
    return encodeEnvelope(await browserDialogs.run(pageId, async () => decodeEnvelope(await dispatch(call, arg))));
  }

  function relayEvents(workspace: Workspace): void {
    for (const event of EVENT_NAMES) {
      if (event !== 'export.finished') workspace.events.on(event, (payload) => pages.broadcast(event, payload));
    }
    // An export to the browser becomes a download first; the report then says where it went.
    workspace.events.on('export.finished', (report) => {
      handover.exportFinished(report).then(
        (delivered) => pages.broadcast('export.finished', delivered),
        (error: unknown) => log('An export could not be handed to the browser', error),
      );
    });
    workspace.events.on('import.finished', ({ jobId }) => browserDialogs.importFinished(jobId));
  }

  function parseJson(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }

  async function handleCall(call: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    let arg: unknown;
    try {
      const body: unknown = JSON.parse(await readBody(request));
      arg = typeof body === 'object' && body !== null && 'arg' in body ? body.arg : undefined;
    } catch {
      const error = { code: 'invalid-argument', message: 'Invalid request (the body is not JSON or is too large).' };
      reply(response, 400, 'application/json', JSON.stringify({ ok: false, error }));
      return;
    }
    const encoded = await runCall(pageIdOf(request), call, arg);
    // Bytes go out as bytes: the page reads them without a JSON parse (page/bridge.ts).
    const binary = binaryValueOf(encoded);
    if (binary === null) reply(response, 200, 'application/json', encoded);
    else reply(response, 200, BINARY_ANSWER_TYPE, binary);
  }

  /** Calls, files for pickers and test control: only with the token in its header. (The socket checks its own.) */
  const API_PATHS = [CALL_PATH, PICK_PATH, TEST_CONTROL_PATH];

  async function routeApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const { method } = request;
    const { pathname } = url;
    if (method === 'POST' && pathname.startsWith(CALL_PATH)) {
      await handleCall(decodeURIComponent(pathname.slice(CALL_PATH.length)), request, response);
    } else if (method === 'POST' && pathname.startsWith(PICK_PATH)) {
      const [pickId = '', step] = pathname.slice(PICK_PATH.length).split('/');
      const status =
        step === 'file'
          ? await picker.receiveFile(pickId, request)
          : step === 'answer'
            ? picker.answer(pickId, parseJson(await readBody(request)))
            : 404;
      reply(response, status, 'text/plain', '');
    } else if (scripted !== null && method === 'POST' && pathname.startsWith(TEST_CONTROL_PATH)) {
      await routeTestControl({ dialogs: scripted, pages, workspace: await starting }, pathname, request, response);
    } else {
      return false;
    }
    return true;
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    // No cross-origin request is ever welcome: a preflight is refused, so pages elsewhere cannot send the token header.
    if (request.method === 'OPTIONS') {
      reply(response, 403, 'text/plain', 'Forbidden');
      return;
    }
    if (request.method === 'GET' && url.pathname === '/' && presentsStartSession(url, secrets)) {
      response.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': sessionCookie(origin, secrets), Location: '/' });
      return void response.end();
    }
    if (API_PATHS.some((path) => url.pathname.startsWith(path))) {
      if (!mayCall(request, origin, secrets)) {
        reply(response, 403, 'text/plain', 'Forbidden');
        return;
      }
      if (!(await routeApi(request, response, url))) reply(response, 404, 'text/plain', 'Not found');
      return;
    }
    if (!mayLoadApp(request, origin, secrets)) {
      reply(response, 403, 'text/plain', 'Forbidden');
      return;
    }
    if (request.method !== 'GET') {
      reply(response, 405, 'text/plain', 'Method not allowed');
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PATH))
      return downloads.serve(url.pathname.slice(DOWNLOAD_PATH.length), response);
    return appFiles.serve(url.pathname, response);
  }

  const sockets = new PageSockets({ secrets, pages, runCall, log });
  launch.server.serve({
    request: (request, response) => {
      route(request, response).catch((error: unknown) => {
        log('Request failed', error);
        if (!response.headersSent) reply(response, 500, 'text/plain', 'Internal error');
        else response.end();
      });
    },
    upgrade: (request, socket, head) => sockets.upgrade(request, socket, head, origin),
  });

  async function shutdown(): Promise<void> {
    sockets.closeAll();
    void launch.server.close();
    await (await starting).close();
    await temp.removeAll();
  }

  return { started: starting.then(relayEvents, () => undefined), shutdown };
}
