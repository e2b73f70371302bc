import { expect, type APIRequestContext } from '@playwright/test';
import type { RunningHost } from './browser-host';

/** Scripts the next native file dialogs: a path, several paths, or null for "cancelled". */
export async function answerDialogs(
  request: APIRequestContext,
  host: RunningHost,
  answers: (string | string[] | null)[],
): Promise<void> {
  const response = await request.post(`${host.origin}/__test/dialog-answers`, {
    data: answers,
    headers: { 'x-workbench-token': host.token },
  });
  expect(response.status()).toBe(204);
}

/** What the native menu would send. */
export async function menuCommand(request: APIRequestContext, host: RunningHost, command: string): Promise<void> {
  const response = await request.post(`${host.origin}/__test/menu-command`, {
    data: JSON.stringify(command),
    headers: { 'x-workbench-token': host.token, 'content-type': 'application/json' },
  });
  expect(response.status()).toBe(204);
}

/** Makes every later write to the open project fail as a full disk or a read-only file would (null: fixed). */
export async function storageFault(
  request: APIRequestContext,
  host: RunningHost,
  fault: 'disk-full' | 'read-only' | null,
): Promise<void> {
  const response = await request.post(`${host.origin}/__test/storage-fault`, {
    data: { fault },
    headers: { 'x-workbench-token': host.token },
  });
  expect(response.status()).toBe(204);
}
