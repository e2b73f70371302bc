import type { Page } from '@playwright/test';
import { CALL_PATH } from '../../main/browser-host/page/host-protocol';

/*
 * Where the time of an open or a label key goes, seen from the page, without instrumenting the app:
 * an init script (bench only) wraps the page's WebSocket, fetch and JSON.parse to time every data
 * call's round trip (the socket or HTTP over loopback, the store worker, SQLite) and the JSON.parse of its answer,
 * times the parse of each event from the host (store.changed), and records long tasks. What remains
 * between the last answer and the paint is the renderer: model, plugin layout, redraw.
 */

export interface CallTiming {
  call: string;
  sent: number;
  /** The answer's message in, or the response's headers: the host answered. */
  answered: number;
  /** Body read (the transfer's end); on a socket the answer arrives in one message. */
  received: number;
  parseMs: number;
  bytes: number;
}

export interface Timeline {
  calls: CallTiming[];
  /** JSON.parse of event payloads and other texts over 100 characters: when it ended, how long, how big. */
  parses: { at: number; ms: number; bytes: number }[];
  longTasks: { start: number; ms: number }[];
  keydowns: number[];
  mousedowns: number[];
}

interface TimelineWindow {
  benchTimeline?: Timeline;
}

function recordTimeline(callPath: string): void {
  const timeline: Timeline = { calls: [], parses: [], longTasks: [], keydowns: [], mousedowns: [] };
  (window as TimelineWindow).benchTimeline = timeline;
  /** Calls sent and not answered yet, then answers in JSON not parsed yet, by call id. */
  const onSocket = new Map<number, CallTiming>();
  const unparsed = new Map<number, CallTiming>();
  const parse = JSON.parse.bind(JSON);
  JSON.parse = (text: string, reviver?: (key: string, value: unknown) => unknown): unknown => {
    const start = performance.now();
    const value: unknown = parse(text, reviver);
    const ms = performance.now() - start;
    const answer = /^\{"id":(\d+),"answer":/.exec(text.slice(0, 40));
    const timing = answer === null ? undefined : unparsed.get(Number(answer[1]));
    if (timing !== undefined) {
      timing.parseMs = ms;
      unparsed.delete(Number(answer?.[1]));
    } else if (text.length > 100) {
      timeline.parses.push({ at: performance.now(), ms, bytes: text.length });
    }
    return value;
  };
  const send = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'send')?.value as WebSocket['send'];
  WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket['send']>[0]): void {
    const call = typeof data === 'string' ? /^\{"id":(\d+),"call":"([^"]+)"/.exec(data) : null;
    if (call !== null) {
      const timing = { call: call[2] ?? '', sent: performance.now(), answered: 0, received: 0, parseMs: 0, bytes: 0 };
      onSocket.set(Number(call[1]), timing);
    }
    send.call(this, data);
  };
  const answered = (id: number, bytes: number, json: boolean): void => {
    const timing = onSocket.get(id);
    if (timing === undefined) return;
    onSocket.delete(id);
    timing.answered = timing.received = performance.now();
    timing.bytes = bytes;
    timeline.calls.push(timing);
    if (json) unparsed.set(id, timing);
  };
  // Heard before the bridge's own listener, which the page adds after constructing the socket.
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent<unknown>) => {
        const { data } = event;
        if (data instanceof ArrayBuffer) answered(new DataView(data).getUint32(0, true), data.byteLength, false);
        else if (typeof data === 'string') {
          const answer = /^\{"id":(\d+),"answer":/.exec(data.slice(0, 40));
          if (answer !== null) answered(Number(answer[1]), data.length, true);
        }
      });
    }
  };
  // Reads that can be megabytes still go over HTTP (host-protocol.ts BULK_READS).
  const pending = new WeakMap<Response, CallTiming>();
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, location.href).pathname;
    const sentAt = performance.now();
    const response = await fetchOriginal(input, init);
    if (path.startsWith(callPath)) {
      const call = decodeURIComponent(path.slice(callPath.length));
      pending.set(response, { call, sent: sentAt, answered: performance.now(), received: 0, parseMs: 0, bytes: 0 });
    }
    return response;
  };
  /**
   * Wraps one of Response's body readers: a call's answer counts as received once its body is
   * read, and `read` does the reading (and, for JSON, times the parse); `response` is the one
   * being read, and its reader not wrapped is `unwrapped`.
   */
  const timeBodyReader = <T>(
    name: 'json' | 'arrayBuffer',
    read: (
      response: Response,
      timing: CallTiming,
      received: (bytes: number) => void,
      unwrapped: () => Promise<T>,
    ) => Promise<T>,
  ): void => {
    const original = Object.getOwnPropertyDescriptor(Response.prototype, name)?.value as (this: Response) => Promise<T>;
    Object.defineProperty(Response.prototype, name, {
      configurable: true,
      writable: true,
      value(this: Response): Promise<T> {
        const timing = pending.get(this);
        if (timing === undefined) return original.call(this);
        const received = (bytes: number): void => {
          timing.received = performance.now();
          timing.bytes = bytes;
          timeline.calls.push(timing);
        };
        return read(this, timing, received, () => original.call(this));
      },
    });
  };
  timeBodyReader<unknown>('json', async (response, timing, received) => {
    const text = await response.text();
    received(text.length);
    const value: unknown = parse(text);
    timing.parseMs = performance.now() - timing.received;
    return value;
  });
  // Binary answers (annotation.columns) are read as bytes: no parse here, the app decodes them.
  timeBodyReader<ArrayBuffer>('arrayBuffer', async (_response, _timing, received, unwrapped) => {
    const bytes = await unwrapped();
    received(bytes.byteLength);
    return bytes;
  });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) timeline.longTasks.push({ start: task.startTime, ms: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener('keydown', () => timeline.keydowns.push(performance.now()), { capture: true });
  window.addEventListener('mousedown', () => timeline.mousedowns.push(performance.now()), { capture: true });
}

/** Installs the recorder in every page of the context from its first script on. */
export async function recordCallTimeline(page: Page): Promise<void> {
  await page.addInitScript(recordTimeline, CALL_PATH);
}

/** What was recorded so far, and clears it. */
export function takeTimeline(page: Page): Promise<Timeline> {
  return page.evaluate(() => {
    const timeline = (window as TimelineWindow).benchTimeline as Timeline;
    const taken = structuredClone(timeline);
    timeline.calls.length = 0;
    timeline.parses.length = 0;
    timeline.longTasks.length = 0;
    timeline.keydowns.length = 0;
    timeline.mousedowns.length = 0;
    return taken;
  });
}
