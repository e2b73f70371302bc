import type { Envelope } from '../../../shared/ipc/errors';
import { PAGE_PROTOCOL_PREFIX, SOCKET_PATH, SOCKET_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from './host-protocol';
import { MAX_CALL_ID, readBinaryAnswer, type SocketCall, type SocketTextMessage } from './socket-frames';

/** How long to wait before connecting again after the socket closed or could not open. */
const RETRY_MS = 3000;

/** What a call still waiting for its answer gets when the connection breaks. */
const BROKEN: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message:
      'The connection to the workbench broke, so this may not have been done. Reload the window to see what was saved.',
  },
};

export interface HostSocketOptions {
  readonly token: string | null;
  readonly pageId: string;
  readonly onEvent: (name: string, payload: unknown) => void;
}

/**
 * The page's calls and the host's events over one WebSocket (host-protocol.ts). Connects at once and
 * again after a break. While no socket is open, `invoke` says so (null), and the caller uses plain
 * HTTP instead: that also gives the clear "not connected" answer when the host refuses the token.
 */
export class HostSocket {
  private socket: WebSocket | null = null;
  /** Whether the socket being connected opened; false while waiting to connect again. */
  private opened: Promise<boolean> = Promise.resolve(false);
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private nextId = 1;
  private stopped = false;

  constructor(private readonly options: HostSocketOptions) {
    this.connect();
  }

  /** The call's answer, or null when no socket is open to send it on. */
  async invoke(call: string, arg: unknown): Promise<Envelope<unknown> | null> {
    const socket = (await this.opened) ? this.socket : null;
    if (socket === null || socket.readyState !== WebSocket.OPEN) return null;
    const id = this.nextId;
    this.nextId = id === MAX_CALL_ID ? 1 : id + 1;
    const message: SocketCall = arg === undefined ? { id, call } : { id, call, arg };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      socket.send(JSON.stringify(message));
    });
  }

  /** Stops connecting: the host refused this page (a new launch has a new token). */
  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }

  private connect(): void {
    if (this.stopped) return;
    const url = new URL(SOCKET_PATH, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const protocols = [SOCKET_PROTOCOL, `${PAGE_PROTOCOL_PREFIX}${this.options.pageId}`];
    if (this.options.token !== null) protocols.push(`${TOKEN_PROTOCOL_PREFIX}${this.options.token}`);
    const socket = new WebSocket(url, protocols);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.opened = new Promise((resolve) => {
      socket.addEventListener('open', () => resolve(true), { once: true });
      socket.addEventListener('close', () => resolve(false), { once: true });
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => this.receive(event.data));
    socket.addEventListener('close', () => {
      this.socket = null;
      this.opened = Promise.resolve(false);
      for (const resolve of this.pending.values()) resolve(BROKEN);
      this.pending.clear();
      setTimeout(() => this.connect(), RETRY_MS);
    });
  }

  private receive(data: unknown): void {
    if (data instanceof ArrayBuffer) {
      const answer = readBinaryAnswer(data);
      if (answer !== null) this.settle(answer.id, { ok: true, value: answer.value });
      return;
    }
    if (typeof data !== 'string') return;
    const message = JSON.parse(data) as SocketTextMessage;
    if ('event' in message) this.options.onEvent(message.event, message.payload);
    else this.settle(message.id, message.answer);
  }

  private settle(id: number, envelope: Envelope<unknown>): void {
    const resolve = this.pending.get(id);
    this.pending.delete(id);
    resolve?.(envelope);
  }
}
