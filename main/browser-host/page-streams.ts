import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http-replies';
import { PAGE_HEADER } from './page/host-protocol';

/** The page's own id for itself, or null when the request names none (or something else). */
export function pageIdOf(request: IncomingMessage): string | null {
  const id = request.headers[PAGE_HEADER];
  return typeof id === 'string' && /^[\w-]{1,100}$/.test(id) ? id : null;
}

/**
 * The open pages' event streams (server-sent events over a fetch the page makes with the token).
 * Workspace events go to every page; a file picker request only to the page whose call asked for it.
 */
export class PageStreams {
  private readonly streams = new Map<string, ServerResponse>();
  private readonly closedListeners: ((pageId: string) => void)[] = [];

  /** Called when a page's stream ends: the tab was closed or reloaded. */
  onPageClosed(listener: (pageId: string) => void): void {
    this.closedListeners.push(listener);
  }

  open(pageId: string, request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream' });
    response.write(': connected\n\n');
    this.streams.get(pageId)?.end();
    this.streams.set(pageId, response);
    request.on('close', () => {
      if (this.streams.get(pageId) !== response) return;
      this.streams.delete(pageId);
      for (const listener of this.closedListeners) listener(pageId);
    });
  }

  broadcast(name: string, payload: unknown): void {
    for (const stream of this.streams.values()) stream.write(format(name, payload));
  }

  /** False when that page has no stream open (closed, or never connected). */
  sendTo(pageId: string, name: string, payload: unknown): boolean {
    const stream = this.streams.get(pageId);
    stream?.write(format(name, payload));
    return stream !== undefined;
  }

  closeAll(): void {
    for (const stream of this.streams.values()) stream.end();
  }
}

/** An encoded payload (the store worker's JSON bytes) is sent as it is: JSON has no line break to end the data line. */
function format(name: string, payload: unknown): Buffer {
  const data = payload instanceof Uint8Array ? payload : Buffer.from(JSON.stringify(payload));
  return Buffer.concat([Buffer.from(`event: ${name}\ndata: `), data, Buffer.from('\n\n')]);
}
