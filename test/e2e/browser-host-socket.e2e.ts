import { WebSocket } from 'ws';
import {
  PAGE_PROTOCOL_PREFIX,
  SOCKET_PATH,
  SOCKET_PROTOCOL,
  TOKEN_PROTOCOL_PREFIX,
} from '../../main/browser-host/page/host-protocol';
import { expect, test, type RunningHost } from './support/browser-host';

// The page's socket carries every call and event, so it is guarded like the HTTP calls: our own
// origin and the launch token, or no connection at all; and what arrives on it is validated.

interface Attempt {
  readonly token?: string;
  readonly origin?: string;
  readonly path?: string;
}

/** The handshake's outcome: the socket, or the HTTP status it was refused with. */
function connect(host: RunningHost, attempt: Attempt): Promise<WebSocket | number> {
  const url = `${host.origin.replace('http:', 'ws:')}${attempt.path ?? SOCKET_PATH}`;
  const protocols = [SOCKET_PROTOCOL, `${PAGE_PROTOCOL_PREFIX}test-page`];
  if (attempt.token !== undefined) protocols.push(`${TOKEN_PROTOCOL_PREFIX}${attempt.token}`);
  const socket = new WebSocket(url, protocols, { origin: attempt.origin ?? host.origin });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', reject);
  });
}

/** Sends one text message and waits for the next one (or the close, as its code). */
function exchange(socket: WebSocket, text: string): Promise<unknown> {
  return new Promise((resolve) => {
    socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8'))));
    socket.once('close', (code) => resolve(code));
    socket.send(text);
  });
}

test('a socket is refused without the token, from another origin and on another path', async ({ host }) => {
  expect(await connect(host, {})).toBe(403);
  expect(await connect(host, { token: 'guessed' })).toBe(403);
  expect(await connect(host, { token: host.token, origin: 'http://evil.example' })).toBe(403);
  expect(await connect(host, { token: host.token, path: '/__host/other' })).toBe(404);
});

test('calls over the socket are validated as over IPC, and a message that is no call ends it', async ({ host }) => {
  const socket = await connect(host, { token: host.token });
  if (typeof socket === 'number') throw new Error(`refused with ${socket}`);
  expect(await exchange(socket, JSON.stringify({ id: 1, call: 'article.get', arg: { id: 'x' } }))).toMatchObject({
    id: 1,
    answer: { ok: false, error: { code: 'invalid-argument' } },
  });
  expect(await exchange(socket, JSON.stringify({ id: 2, call: 'shell.exec', arg: 'rm -rf /' }))).toEqual({
    id: 2,
    answer: { ok: false, error: { code: 'unknown-call', message: 'Unknown request.' } },
  });
  expect(await exchange(socket, JSON.stringify({ id: 3, call: 'project.current' }))).toMatchObject({
    id: 3,
    answer: { ok: true, value: { name: 'My Project' } },
  });
  // RFC 6455's policy violation: the page never sends anything but calls.
  expect(await exchange(socket, '{"id":"4"}')).toBe(1008);
});

test('the window’s calls and events travel over its socket', async ({ app }) => {
  const sockets: string[] = [];
  app.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
  await app.reload();
  await expect(app.getByTestId('status-project')).not.toBeEmpty();
  expect(sockets).toEqual([SOCKET_PATH]);
});
