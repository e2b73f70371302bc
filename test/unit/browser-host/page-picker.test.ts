import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { PagePicker } from '../../../main/browser-host/page-picker';
import type { PageChannels } from '../../../main/browser-host/page-channels';
import type { PickRequest } from '../../../main/browser-host/page/host-protocol';
import { PrivateTemp } from '../../../main/browser-host/private-temp';

// The host's side of the browser's file pickers: what a page may send, and where it lands.

const temp = new PrivateTemp();
afterEach(() => temp.removeAll());

/**
 * A picker whose page is always connected. `asked()` resolves with the next request the page gets;
 * `folders` are the temporary folders the picker made.
 */
function connectedPicker() {
  const requests: PickRequest[] = [];
  let arrived: () => void = () => undefined;
  const closed: ((pageId: string) => void)[] = [];
  const pages = {
    sendTo: (_pageId: string, _name: string, payload: unknown) => {
      requests.push(payload as PickRequest);
      arrived();
      return true;
    },
    onPageClosed: (listener: (pageId: string) => void) => closed.push(listener),
  } as unknown as PageChannels;
  const folders: string[] = [];
  const tracked = {
    newFolder: async (purpose: string) => {
      const folder = await temp.newFolder(purpose);
      folders.push(folder);
      return folder;
    },
    remove: (folder: string) => temp.remove(folder),
  } as unknown as PrivateTemp;
  const asked = async (): Promise<PickRequest> => {
    if (requests.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
    return requests.shift() as PickRequest;
  };
  const closePage = (id: string) => closed.forEach((listener) => listener(id));
  return { picker: new PagePicker(pages, tracked), asked, closePage, folders };
}

function upload(path: string, bytes: string | null, size?: number): IncomingMessage {
  const request = Readable.from(bytes === null ? [] : [Buffer.from(bytes)]) as unknown as IncomingMessage;
  request.headers = { 'x-workbench-file-path': encodeURIComponent(path) };
  if (size !== undefined) request.headers['x-workbench-file-size'] = String(size);
  return request;
}

describe('page picker', () => {
  it('puts the chosen files, names and subfolders kept, into a private folder', async () => {
    const { picker, asked } = connectedPicker();
    const picked = picker.pick('page-1', 'folder', 1000);
    const { pickId, kind } = await asked();
    expect(kind).toBe('folder');
    expect(await picker.receiveFile(pickId, upload('Presse/Archiv/Grüße 👋.txt', 'Grüße aus München'))).toBe(204);
    expect(await picker.receiveFile(pickId, upload('Presse/Kyjiw.txt', 'Kyjiw'))).toBe(204);
    expect(picker.answer(pickId, { outcome: 'picked' })).toBe(204);
    const result = await picked;
    expect(result?.files).toEqual(['Presse/Archiv/Grüße 👋.txt', 'Presse/Kyjiw.txt']);
    expect(readFileSync(join(result?.folder ?? '', 'Presse/Archiv/Grüße 👋.txt'), 'utf8')).toBe('Grüße aus München');
    expect((statSync(result?.folder ?? '').mode & 0o077).toString(8)).toBe('0');
  });

  it('refuses a path that would leave the pick, and the pick fails without anything kept', async () => {
    for (const [kind, path] of [
      ['folder', '../escaped.txt'],
      ['folder', '/etc/escaped.txt'],
      ['folder', 'Presse/../../escaped.txt'],
      ['files', 'sub/escaped.txt'],
    ] as const) {
      const { picker, asked, folders } = connectedPicker();
      const picked = picker.pick('page-1', kind, 1000);
      const { pickId } = await asked();
      expect(await picker.receiveFile(pickId, upload(path, 'x'))).toBe(400);
      await expect(picked).rejects.toThrow('file name that cannot be used');
      expect(await picker.receiveFile(pickId, upload('later.txt', 'x'))).toBe(404);
      expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
    }
  });

  it('takes a file over the limit as a stand-in of its size, and refuses more bytes than the limit', async () => {
    const { picker, asked } = connectedPicker();
    const picked = picker.pick('page-1', 'files', 10);
    const { pickId, maxBytes } = await asked();
    expect(maxBytes).toBe(10);
    expect(await picker.receiveFile(pickId, upload('huge.pdf', null, 5 * 1024 ** 3))).toBe(204);
    picker.answer(pickId, { outcome: 'picked' });
    const result = await picked;
    expect(statSync(join(result?.folder ?? '', 'huge.pdf')).size).toBe(5 * 1024 ** 3);

    const second = picker.pick('page-1', 'files', 10);
    const next = await asked();
    expect(await picker.receiveFile(next.pickId, upload('liar.txt', 'more than ten bytes'))).toBe(400);
    await expect(second).rejects.toBeInstanceOf(WorkbenchError);
  });

  it('answers null when the user cancels or the page closes, and leaves no folder behind', async () => {
    const { picker, asked, closePage, folders } = connectedPicker();
    const cancelled = picker.pick('page-1', 'files', 10);
    const first = await asked();
    expect(await picker.receiveFile(first.pickId, upload('a.txt', 'a'))).toBe(204);
    picker.answer(first.pickId, { outcome: 'cancelled' });
    expect(await cancelled).toBeNull();

    const abandoned = picker.pick('page-2', 'files', 10);
    await asked();
    closePage('page-2');
    expect(await abandoned).toBeNull();
    expect(folders).toHaveLength(2);
    expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
  });

  it('tells the user to try again when the browser would not show its picker', async () => {
    const { picker, asked } = connectedPicker();
    const picked = picker.pick('page-1', 'files', 10);
    picker.answer((await asked()).pickId, { outcome: 'not-allowed' });
    await expect(picked).rejects.toThrow('only right after a click or a key press');
  });

  it('shows no picker for a call that no page made', async () => {
    const { picker } = connectedPicker();
    await expect(picker.pick(null, 'files', 10)).rejects.toThrow('Only the workbench window');
  });
});
