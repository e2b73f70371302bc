import type { Page } from '@playwright/test';
import { CALL_PATH } from '../../main/browser-host/page/host-protocol';

/*
 * Where the time of an open or a label key goes, seen from the page, without instrumenting the app:
 * an init script (bench only) wraps the page's fetch and Response.json to time every data call's
 * round trip (IPC over loopback HTTP, the store worker, SQLite), the reading of its body and its
 * JSON.parse, times the parse of each event from the host (store.changed), and records long tasks.
 * What remains between the last answer and the paint is the renderer: model, plugin layout, redraw.
 */

export interface CallTiming {
  call: string;
  sent: number;
  /** Response headers in: the host answered (its work and the transfer's start). */
  answered: number;
  /** Body read (the transfer's end). */
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
  const parse = JSON.parse.bind(JSON);
  JSON.parse = (text: string, reviver?: (key: string, value: unknown) => unknown): unknown => {
    const start = performance.now();
    const value: unknown = parse(text, reviver);
    if (text.length > 100)
      timeline.parses.push({ at: performance.now(), ms: performance.now() - start, bytes: text.length });
    return value;
  };
  const pending = new WeakMap<Response, CallTiming>();
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, location.href).pathname;
    const sent = performance.now();
    const response = await fetchOriginal(input, init);
    if (path.startsWith(callPath)) {
      const call = decodeURIComponent(path.slice(callPath.length));
      pending.set(response, { call, sent, answered: performance.now(), received: 0, parseMs: 0, bytes: 0 });
    }
    return response;
  };
  const json = Object.getOwnPropertyDescriptor(Response.prototype, 'json')?.value as (
    this: Response,
  ) => Promise<unknown>;
  Response.prototype.json = async function (this: Response): Promise<unknown> {
    const timing = pending.get(this);
    if (timing === undefined) return json.call(this);
    const text = await this.text();
    timing.received = performance.now();
    const value: unknown = parse(text);
    timing.parseMs = performance.now() - timing.received;
    timing.bytes = text.length;
    timeline.calls.push(timing);
    return value;
  };
  // Binary answers (annotation.columns) are read as bytes: no parse here, the app decodes them.
  const arrayBuffer = Object.getOwnPropertyDescriptor(Response.prototype, 'arrayBuffer')?.value as (
    this: Response,
  ) => Promise<ArrayBuffer>;
  Response.prototype.arrayBuffer = async function (this: Response): Promise<ArrayBuffer> {
    const timing = pending.get(this);
    const bytes = await arrayBuffer.call(this);
    if (timing === undefined) return bytes;
    timing.received = performance.now();
    timing.bytes = bytes.byteLength;
    timeline.calls.push(timing);
    return bytes;
  };
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
