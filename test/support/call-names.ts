import type { Page, Request } from '@playwright/test';
import { CALL_PATH } from '../../main/browser-host/page/host-protocol';

interface RecordingWindow {
  recordedCalls?: string[];
}

/**
 * Starts recording the names of the calls the page makes, over its socket or over plain HTTP;
 * the result reads what was recorded so far. For tests that check which calls an action makes.
 */
export async function recordCallNames(page: Page): Promise<() => Promise<string[]>> {
  const overHttp: string[] = [];
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(CALL_PATH)) overHttp.push(decodeURIComponent(pathname.slice(CALL_PATH.length)));
  });
  await page.evaluate(() => {
    const names: string[] = [];
    (window as RecordingWindow).recordedCalls = names;
    const send = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'send')?.value as WebSocket['send'];
    WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket['send']>[0]): void {
      const call = typeof data === 'string' ? /^\{"id":\d+,"call":"([^"]+)"/.exec(data) : null;
      if (call?.[1] !== undefined) names.push(call[1]);
      send.call(this, data);
    };
  });
  return async () => [...overHttp, ...(await page.evaluate(() => (window as RecordingWindow).recordedCalls ?? []))];
}
