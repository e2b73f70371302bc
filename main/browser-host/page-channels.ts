import type { IncomingMessage } from 'node:http';
import { encodeJson } from '../ipc/encoded-json';
import { PAGE_HEADER } from './page/host-protocol';
import { eventText } from './page/socket-frames';

/** Whether a page's id for itself is one we take: the page makes a UUID. */
export function isPageId(id: unknown): id is string {
  return typeof id === 'string' && /^[\w-]{1,100}$/.test(id);
}

/** The page's own id for itself on an HTTP call, or null when the request names none (or something else). */
export function pageIdOf(request: IncomingMessage): string | null {
  const id = request.headers[PAGE_HEADER];
  return isPageId(id) ? id : null;
}

/** One open page's way to hear from the host: its socket (page-socket.ts). */
export interface PageChannel {
  /** A text message, as UTF-8 bytes. */
  send(text: Uint8Array): void;
  close(): void;
}

/**
 * The open pages' channels, by page id. Workspace events go to every page; a file picker request
 * only to the page whose call asked for it.
 */
export class PageChannels {
  private readonly channels = new Map<string, PageChannel>();
  private readonly closedListeners: ((pageId: string) => void)[] = [];

  /** Called when a page's channel ends: the tab was closed or reloaded. */
  onPageClosed(listener: (pageId: string) => void): void {
    this.closedListeners.push(listener);
  }

  /** Adds a page's channel (closing one it had before); call the result when the channel ends. */
  open(pageId: string, channel: PageChannel): () => void {
    this.channels.get(pageId)?.close();
    this.channels.set(pageId, channel);
    return () => {
      if (this.channels.get(pageId) !== channel) return;
      this.channels.delete(pageId);
      for (const listener of this.closedListeners) listener(pageId);
    };
  }

  broadcast(name: string, payload: unknown): void {
    const text = format(name, payload);
    for (const channel of this.channels.values()) channel.send(text);
  }

  /** False when that page has no channel open (closed, or never connected). */
  sendTo(pageId: string, name: string, payload: unknown): boolean {
    const channel = this.channels.get(pageId);
    channel?.send(format(name, payload));
    return channel !== undefined;
  }
}

/** An encoded payload (the store worker's JSON bytes) is sent as it is, without a parse. */
function format(name: string, payload: unknown): Uint8Array {
  const json = payload instanceof Uint8Array ? payload : encodeJson(payload);
  return eventText(name, json);
}
