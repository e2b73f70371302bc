import type { Page } from '@playwright/test';

/*
 * Where the time of an open or a label key goes, seen from the page, without instrumenting the app:
 * an init script (bench only) wraps the page's WebSocket and JSON.parse to time every data call's
 * round trip (the socket over loopback, the store worker, SQLite) and the JSON.parse of its answer,
 * times the parse of each event from the host (store.changed), and records long tasks. What remains
 * between the last answer and the paint is the renderer: model, plugin layout, redraw.
 */

export interface CallTiming {
  call: string;
  sent: number;
  /** The answer's message in: the host answered. */
  answered: number;
  /** The same on a socket, where an answer arrives in one message. */
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

function recordTimeline(): void {
  const timeline: Timeline = { calls: [], parses: [], longTasks: [], keydowns: [], mousedowns: [] };
  (window as TimelineWindow).benchTimeline = timeline;
  /** Calls sent and not answered yet, then answers in JSON not parsed yet, by call id. */
  const sent = new Map<number, CallTiming>();
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
      sent.set(Number(call[1]), timing);
    }
    send.call(this, data);
  };
  const answered = (id: number, bytes: number, json: boolean): void => {
    const timing = sent.get(id);
    if (timing === undefined) return;
    sent.delete(id);
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
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) timeline.longTasks.push({ start: task.startTime, ms: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener('keydown', () => timeline.keydowns.push(performance.now()), { capture: true });
  window.addEventListener('mousedown', () => timeline.mousedowns.push(performance.now()), { capture: true });
}

/** Installs the recorder in every page of the context from its first script on. */
export async function recordCallTimeline(page: Page): Promise<void> {
  await page.addInitScript(recordTimeline);
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
