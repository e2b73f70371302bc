import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as z from 'zod';
import { WorkbenchError } from '../../shared/ipc/errors';
import { safeRelativePath } from '../interchange/relative-path';
import {
  PICK_EVENT,
  PICKED_PATH_HEADER,
  PICKED_SIZE_HEADER,
  type PickKind,
  type PickOutcome,
  type PickRequest,
} from './page/host-protocol';
import type { PageChannels } from './page-channels';
import type { PrivateTemp } from './private-temp';

/** What the user picked, uploaded into a private temporary folder (which the caller removes when done). */
export interface PickedFiles {
  readonly folder: string;
  /** Paths relative to `folder`, with forward slashes. */
  readonly files: readonly string[];
}

const PickAnswer = z.strictObject({
  outcome: z.enum(['picked', 'cancelled', 'not-allowed', 'failed'] satisfies PickOutcome[]),
  message: z.string().max(1000).optional(),
});

interface PendingPick extends PickRequest {
  readonly pageId: string;
  readonly folder: string;
  readonly files: string[];
  settle(result: PickedFiles | null | WorkbenchError): void;
}

/** Counts what flows through and fails once more than `maxBytes` has. */
function byteLimit(maxBytes: number | null): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (maxBytes !== null && seen > maxBytes) callback(new Error('more bytes than announced'));
      else callback(null, chunk);
    },
  });
}

function uploadError(error: unknown, name: string): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new WorkbenchError(
      'disk-full',
      `The disk is full, so “${name}” could not be read in. Nothing was imported.`,
    );
  }
  if (code === 'EEXIST') {
    return new WorkbenchError('invalid-argument', `Two of the chosen files are named “${name}”. Nothing was imported.`);
  }
  return new WorkbenchError(
    'io',
    `“${name}” could not be read in (${code ?? 'transfer interrupted'}). Nothing was imported.`,
  );
}

/**
 * The browser's own file pickers, for the host's file dialogs: the host asks the page that made the
 * call to show one (it does so within the click that started the command, as browsers require),
 * and the page uploads what the user chose, file by file, then answers.
 */
export class PagePicker {
  private readonly pending = new Map<string, PendingPick>();
  private readonly pages: PageChannels;
  private readonly temp: PrivateTemp;

  constructor(pages: PageChannels, temp: PrivateTemp) {
    this.pages = pages;
    this.temp = temp;
    pages.onPageClosed((pageId) => this.abandon(pageId));
  }

  /** Null when the user cancelled. `maxBytes`: larger files arrive as stand-ins of their size, never their bytes. */
  async pick(pageId: string | null, kind: PickKind, maxBytes: number | null): Promise<PickedFiles | null> {
    if (pageId === null) {
      throw new WorkbenchError('forbidden', 'Only the workbench window can show a file picker.');
    }
    const folder = await this.temp.newFolder('pick');
    const request: PickRequest = { pickId: randomUUID(), kind, maxBytes };
    const answer = new Promise<PickedFiles | null | WorkbenchError>((settle) => {
      this.pending.set(request.pickId, { ...request, pageId, folder, files: [], settle });
    });
    if (!this.pages.sendTo(pageId, PICK_EVENT, request)) this.settle(request.pickId, null);
    const result = await answer;
    if (result === null || result instanceof WorkbenchError) await this.temp.remove(folder);
    if (result instanceof WorkbenchError) throw result;
    return result;
  }

  /** A page closed: its pickers count as cancelled. */
  private abandon(pageId: string): void {
    for (const pick of this.pending.values()) if (pick.pageId === pageId) this.settle(pick.pickId, null);
  }

  /** One chosen file's bytes (or, over the limit, its size). Answers with a status for the page. */
  async receiveFile(pickId: string, request: IncomingMessage): Promise<number> {
    const pick = this.pending.get(pickId);
    if (pick === undefined) return 404;
    const header = request.headers[PICKED_PATH_HEADER];
    const path = typeof header === 'string' ? safeRelativePath(decodeURIComponentOrEmpty(header)) : null;
    if (path === null || (pick.kind !== 'folder' && path.includes('/'))) {
      this.settle(pickId, new WorkbenchError('invalid-argument', 'The browser sent a file name that cannot be used.'));
      return 400;
    }
    try {
      const target = join(pick.folder, path);
      await mkdir(dirname(target), { recursive: true });
      const standIn = request.headers[PICKED_SIZE_HEADER];
      if (typeof standIn === 'string') await this.writeStandIn(pick, target, standIn);
      else await pipeline(request, byteLimit(pick.maxBytes), createWriteStream(target, { flags: 'wx' }));
      pick.files.push(path);
      return 204;
    } catch (error) {
      this.settle(pickId, uploadError(error, path));
      return 400;
    }
  }

  /** The page's last word on a pick: all files sent, cancelled, or why it could not show the picker. */
  answer(pickId: string, body: unknown): number {
    const pick = this.pending.get(pickId);
    const parsed = PickAnswer.safeParse(body);
    if (pick === undefined) return 404;
    if (!parsed.success) return 400;
    const { outcome, message } = parsed.data;
    if (outcome === 'picked') this.settle(pickId, { folder: pick.folder, files: [...pick.files].sort() });
    else if (outcome === 'cancelled') this.settle(pickId, null);
    else if (outcome === 'not-allowed') {
      const sentence =
        'The browser shows its file picker only right after a click or a key press. Choose the command again.';
      this.settle(pickId, new WorkbenchError('cancelled', sentence));
    } else this.settle(pickId, new WorkbenchError('io', message ?? 'The chosen files could not be read.'));
    return 204;
  }

  /**
   * A file too large to import is refused by its size, with the same message as when Electron's
   * dialog picked it; a stand-in of that size made of holes costs no disk and no transfer.
   */
  private async writeStandIn(pick: PendingPick, target: string, size: string): Promise<void> {
    const bytes = Number(size);
    if (pick.maxBytes === null || !Number.isSafeInteger(bytes) || bytes <= pick.maxBytes) {
      throw new WorkbenchError('invalid-argument', 'The browser sent a file size that cannot be used.');
    }
    await writeFile(target, '', { flag: 'wx' });
    await truncate(target, bytes);
  }

  private settle(pickId: string, result: PickedFiles | null | WorkbenchError): void {
    const pick = this.pending.get(pickId);
    if (pick === undefined) return;
    this.pending.delete(pickId);
    pick.settle(result);
  }
}

function decodeURIComponentOrEmpty(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
