import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { EVENT_NAMES } from '../../shared/ipc/call-names';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { mimeTypeOf, resolveRendererFile } from '../security/renderer-files';
import { Workspace } from '../workspace/workspace';
import { version } from '../../package.json';
import { prepareDataFolder } from './data-folder';
import { isTrustedRequest, SESSION_COOKIE, tokenFromStartUrl } from './host-auth';
import { ScriptedDialogs } from './scripted-dialogs';

/*
 * The browser host: the built renderer and the real main-process services, joined by the same
 * contract as in Electron but over loopback HTTP. `npm start` falls back to it when Electron cannot
 * be had, and the end-to-end tests run the whole app in Chromium through it.
 */

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
const bridgeFile = join(here, 'bridge.js');

const { values: options } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    dev: { type: 'boolean', default: false },
    'test-control': { type: 'boolean', default: false },
  },
});

const dataDir = prepareDataFolder(options['data-dir'], process.env);
const token = randomBytes(24).toString('base64url');
const dialogs = new ScriptedDialogs({ whenEmpty: 'invent-name' });
const log = (message: string, error: unknown): void => console.error(`[browser-host] ${message}:`, error);
const workspace = await Workspace.start({
  dataDir,
  dialogs,
  storeWorkerFile: join(here, '..', 'workers', 'store-worker.cjs'),
  importWorkerFile: join(here, '..', 'workers', 'import-worker.cjs'),
  exportWorkerFile: join(here, '..', 'workers', 'export-worker.cjs'),
  appVersion: version,
  shell: 'browser-host',
  log,
});
const dispatch = workspace.dispatch;
const eventStreams = new Set<ServerResponse>();

/** An encoded payload (bytes of JSON) is written as it is; JSON has no line breaks to end the data line. */
function sendEvent(name: string, payload: unknown): void {
  const data = payload instanceof Uint8Array ? payload : JSON.stringify(payload);
  for (const stream of eventStreams) {
    stream.write(`event: ${name}\ndata: `);
    stream.write(data);
    stream.write('\n\n');
  }
}
for (const event of EVENT_NAMES) workspace.events.on(event, (payload) => sendEvent(event, payload));

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy({ allowConnectToSelf: true }),
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function reply(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleCall(call: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let arg: unknown;
  try {
    const body: unknown = JSON.parse(await readBody(request));
    arg = typeof body === 'object' && body !== null && 'arg' in body ? (body as { arg: unknown }).arg : undefined;
  } catch {
    const error = { code: 'invalid-argument', message: 'Invalid request (the body is not JSON or is too large).' };
    reply(response, 400, 'application/json', JSON.stringify({ ok: false, error }));
    return;
  }
  reply(response, 200, 'application/json', await dispatch(call, arg));
}

/** The bridge must define the transport before the renderer's module script runs. */
async function serveIndex(response: ServerResponse, file: string): Promise<void> {
  const html = await readFile(file, 'utf8');
  reply(response, 200, mimeTypeOf(file), html.replace('<head>', '<head>\n<script src="/__host/bridge.js"></script>'));
}

async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
  const file = resolveRendererFile(rendererRoot, pathname);
  if (file === null) return reply(response, 404, 'text/plain', 'Not found');
  try {
    if (file.endsWith('index.html')) return await serveIndex(response, file);
    reply(response, 200, mimeTypeOf(file), await readFile(file));
  } catch {
    reply(response, 404, 'text/plain', 'Not found');
  }
}

function openEventStream(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream' });
  response.write(': connected\n\n');
  eventStreams.add(response);
  request.on('close', () => eventStreams.delete(response));
}

async function route(request: IncomingMessage, response: ServerResponse, origin: string): Promise<void> {
  const url = new URL(request.url ?? '/', origin);
  if (request.method === 'GET' && url.pathname === '/' && tokenFromStartUrl(url, token)) {
    response.writeHead(303, {
      ...securityHeaders,
      'Set-Cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      Location: '/',
    });
    return void response.end();
  }
  if (!isTrustedRequest(request, origin, token)) return reply(response, 403, 'text/plain', 'Forbidden');
  if (request.method === 'POST' && url.pathname.startsWith('/__host/call/')) {
    return handleCall(decodeURIComponent(url.pathname.slice('/__host/call/'.length)), request, response);
  }
  if (request.method === 'GET' && url.pathname === '/__host/events') return openEventStream(request, response);
  if (request.method === 'GET' && url.pathname === '/__host/bridge.js') {
    return reply(response, 200, mimeTypeOf(bridgeFile), await readFile(bridgeFile));
  }
  if (options['test-control'] && request.method === 'POST' && url.pathname === '/__test/dialog-answers') {
    dialogs.queue(JSON.parse(await readBody(request)) as (string | null)[]);
    return reply(response, 204, 'text/plain', '');
  }
  if (options['test-control'] && request.method === 'POST' && url.pathname === '/__test/menu-command') {
    sendEvent('menu.command', JSON.parse(await readBody(request)));
    return reply(response, 204, 'text/plain', '');
  }
  if (options['test-control'] && request.method === 'POST' && url.pathname === '/__test/storage-fault') {
    const { fault } = JSON.parse(await readBody(request)) as { fault: unknown };
    if (fault !== 'disk-full' && fault !== 'read-only' && fault !== null) {
      return reply(response, 400, 'text/plain', 'fault must be "disk-full", "read-only" or null');
    }
    await workspace.injectStorageFaultForTests(fault);
    return reply(response, 204, 'text/plain', '');
  }
  if (request.method === 'GET') return serveStatic(url.pathname, response);
  reply(response, 405, 'text/plain', 'Method not allowed');
}

const server = createServer((request, response) => {
  const address = server.address();
  const origin = typeof address === 'object' && address !== null ? `http://127.0.0.1:${address.port}` : '';
  route(request, response, origin).catch((error: unknown) => {
    log('Request failed', error);
    if (!response.headersSent) reply(response, 500, 'text/plain', 'Internal error');
    else response.end();
  });
});

async function shutdown(): Promise<void> {
  for (const stream of eventStreams) stream.end();
  server.close();
  await workspace.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

server.listen(Number(options.port), '127.0.0.1', () => {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The browser host has no address.');
  const origin = `http://127.0.0.1:${address.port}`;
  const startUrl = `${origin}/?token=${token}`;
  if (options.dev) {
    console.log(
      `Annotation Workbench keeps its projects in ${dataDir}.\nOpen ${startUrl} in Chromium. Ctrl+C stops it.`,
    );
  } else {
    // Tests read this first line to find the host.
    console.log(JSON.stringify({ origin, startUrl, token }));
  }
});
