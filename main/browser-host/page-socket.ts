import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as z from 'zod';
import { binaryValueOf } from '../../shared/ipc/binary-envelope';
import type { EncodedEnvelope } from '../ipc/encoded-json';
import { comesFromOwnOrigin, sameSecret, type LaunchSecrets } from './host-auth';
import { isPageId, type PageChannels } from './page-channels';
import { PAGE_PROTOCOL_PREFIX, SOCKET_PATH, SOCKET_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from './page/host-protocol';
import { answerText, binaryAnswer, MAX_CALL_ID } from './page/socket-frames';

/** As for a call's body over HTTP: an import's pasted text can be large, nothing else is. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** Why the host ends a connection whose page broke the protocol (RFC 6455's policy violation). */
const POLICY_VIOLATION = 1008;

const SocketCallSchema = z.strictObject({
  id: z.number().int().min(1).max(MAX_CALL_ID),
  call: z.string().min(1).max(200),
  arg: z.unknown().optional(),
});

export interface PageSocketsOptions {
  readonly secrets: LaunchSecrets;
  readonly pages: PageChannels;
  /** Serves one call from a page, as over HTTP: the dispatcher validates the argument. */
  readonly runCall: (pageId: string, call: string, arg: unknown) => Promise<EncodedEnvelope>;
  readonly log: (message: string, error?: unknown) => void;
}

/** The token and page id a page offered as subprotocols, if it offered ours. */
function offered(request: IncomingMessage): { token: string; pageId: string } | null {
  const protocols = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((value) => value.trim());
  if (!protocols.includes(SOCKET_PROTOCOL)) return null;
  const token = protocols.find((value) => value.startsWith(TOKEN_PROTOCOL_PREFIX))?.slice(TOKEN_PROTOCOL_PREFIX.length);
  const pageId = protocols.find((value) => value.startsWith(PAGE_PROTOCOL_PREFIX))?.slice(PAGE_PROTOCOL_PREFIX.length);
  return token !== undefined && isPageId(pageId) ? { token, pageId } : null;
}

function refuse(socket: Duplex, status: '403 Forbidden' | '404 Not Found'): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Accepts pages' sockets (host-protocol.ts) on the server's upgrade requests: only on our path,
 * from our own origin (a browser always names it on a WebSocket, and cross-site sockets ignore
 * CORS, so this is what keeps other sites out) and with the launch token. Each accepted socket
 * carries the page's calls and is its channel for events.
 */
export class PageSockets {
  private readonly server = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
    handleProtocols: () => SOCKET_PROTOCOL,
  });

  constructor(private readonly options: PageSocketsOptions) {}

  /** The server's `upgrade` event, for our `origin`. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, origin: string): void {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname !== SOCKET_PATH) {
      refuse(socket, '404 Not Found');
      return;
    }
    const page = offered(request);
    if (
      request.headers.origin !== origin ||
      !comesFromOwnOrigin(request, origin) ||
      page === null ||
      !sameSecret(page.token, this.options.secrets.token)
    ) {
      refuse(socket, '403 Forbidden');
      return;
    }
    this.server.handleUpgrade(request, socket, head, (connection) => this.serve(connection, page.pageId));
  }

  closeAll(): void {
    for (const client of this.server.clients) client.close();
  }

  private serve(connection: WebSocket, pageId: string): void {
    const closed = this.options.pages.open(pageId, {
      send: (text) => connection.send(text, { binary: false }),
      close: () => connection.close(),
    });
    connection.on('close', closed);
    connection.on('error', (error) => this.options.log('A page’s connection failed', error));
    connection.on('message', (data, isBinary) => {
      const call = isBinary ? null : parseCall(data);
      if (call === null) {
        connection.close(POLICY_VIOLATION, 'Not a call');
        return;
      }
      this.answer(connection, pageId, call).catch((error: unknown) => this.options.log('A call failed', error));
    });
  }

  private async answer(connection: WebSocket, pageId: string, call: z.infer<typeof SocketCallSchema>): Promise<void> {
    const encoded = await this.options.runCall(pageId, call.call, call.arg);
    // The page may have gone meanwhile; there is nobody left to answer.
    if (connection.readyState !== connection.OPEN) return;
    const binary = binaryValueOf(encoded);
    if (binary === null) connection.send(answerText(call.id, encoded), { binary: false });
    else connection.send(binaryAnswer(call.id, binary), { binary: true });
  }
}

function parseCall(data: RawData): z.infer<typeof SocketCallSchema> | null {
  try {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    const text = bytes.toString('utf8');
    const parsed = SocketCallSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
