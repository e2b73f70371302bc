import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { reply, SECURITY_HEADERS } from './http-replies';
import { DOWNLOAD_EVENT, DOWNLOAD_PATH, type DownloadRequest } from './page/host-protocol';
import type { PageChannels } from './page-channels';

interface Ticket {
  readonly file: string;
  readonly name: string;
  readonly done: () => Promise<void>;
}

/** `attachment; filename*=UTF-8''…`: any name, quoted safely, with an ASCII fallback for old parsers. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Files the host hands to the browser as downloads (exports, a saved copy of the project). Each gets
 * an unguessable one-time address, sent only over the page's token-authenticated socket.
 */
export class Downloads {
  private readonly tickets = new Map<string, Ticket>();
  private readonly pages: PageChannels;

  constructor(pages: PageChannels) {
    this.pages = pages;
  }

  /** Asks the page (or, when it has gone, every open page) to download `file` as `name`; `done` runs once it has. */
  offer(pageId: string | null, file: string, name: string, done: () => Promise<void>): void {
    const id = randomBytes(24).toString('base64url');
    this.tickets.set(id, { file, name, done });
    const event: DownloadRequest = { url: `${DOWNLOAD_PATH}${id}`, name };
    if (pageId === null || !this.pages.sendTo(pageId, DOWNLOAD_EVENT, event)) {
      this.pages.broadcast(DOWNLOAD_EVENT, event);
    }
  }

  async serve(id: string, response: ServerResponse): Promise<void> {
    const ticket = this.tickets.get(id);
    if (ticket === undefined) {
      reply(response, 404, 'text/plain', 'Not found');
      return;
    }
    this.tickets.delete(id);
    try {
      const { size } = await stat(ticket.file);
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/octet-stream',
        'Content-Length': size,
        'Content-Disposition': contentDisposition(ticket.name),
      });
      await pipeline(createReadStream(ticket.file), response);
    } finally {
      await ticket.done();
    }
  }
}
