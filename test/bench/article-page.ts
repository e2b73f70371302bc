import type { Page } from '@playwright/test';
import { recordCallNames } from '../support/call-names';

/*
 * In-page measurements of an article in the running app. Each waits for the DOM the user would see
 * (paragraphs, highlight spans) and then for animation frames, so the time includes layout and paint.
 */

export interface BenchWindow {
  benchDone?: Promise<number>;
}

/**
 * What a highlight being painted or removed changes: elements, or the annotation an element shows.
 * Passed into the page with each evaluation, which sees nothing of this module.
 */
const HIGHLIGHT_MUTATIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['data-annotation-id'],
};

/** Calls that read what a change set should have brought: after an undo there must be none. */
const RE_FETCHES = ['article.get', 'annotation.list', 'annotation.columns', 'relation.list', 'entity.list'];

/** Milliseconds from pressing on the article in the library until its text (and highlights) are painted. */
export async function openToPainted(
  page: Page,
  title: string,
  paragraphs: number,
  annotated: boolean,
): Promise<number> {
  await page.evaluate(
    ({ paragraphs, annotated }) => {
      (window as BenchWindow).benchDone = new Promise((resolve) => {
        let started = 0;
        document.addEventListener('mousedown', () => (started = performance.now()), { capture: true, once: true });
        const painted = (): boolean =>
          document.querySelectorAll('#article-pane .article-body p').length >= paragraphs &&
          (!annotated || document.querySelector('#article-pane .ann') !== null);
        const observer = new MutationObserver(() => {
          if (started === 0 || !painted()) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    },
    { paragraphs, annotated },
  );
  await page.getByRole('option', { name: title }).click();
  return page.evaluate(() => (window as BenchWindow).benchDone as Promise<number>);
}

/** The renderer's JavaScript heap after a garbage collection, in MiB. */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 ** 2;
}

/** Long tasks (> 50 ms) while the article pane scrolls top to bottom, one viewport per frame. */
export function scrollLongTasks(page: Page): Promise<{ count: number; totalMs: number }> {
  return page.evaluate(async () => {
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    const pane = document.getElementById('article-pane') as HTMLElement;
    pane.scrollTop = 0;
    await frame();
    await frame();
    const since = performance.now();
    const tasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    // Down to the bottom, a page per frame. Blocks drawn on the way replace estimated heights, so the
    // bottom can move as it is reached: a stop only when it is reached or scrolling stops moving, and
    // a cap (L is ~450 pages), so a layout that never settles ends the run instead of hanging it.
    const atBottom = () => pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 1;
    for (let step = 0, before = -1; !atBottom() && pane.scrollTop !== before && step < 2_000; step++) {
      before = pane.scrollTop;
      pane.scrollTop += pane.clientHeight;
      await frame();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    const mine = tasks.filter((task) => task.startTime >= since);
    return { count: mine.length, totalMs: mine.reduce((sum, task) => sum + task.duration, 0) };
  });
}

/**
 * Selects an unannotated word in the given paragraph, once the article is still and the selection
 * holds, and arms a timer from the next keydown until a highlight of a new annotation is in the
 * DOM, plus a frame. Returns false if the paragraph has no unannotated word left.
 */
function armLabelSample(page: Page, paragraph: number): Promise<boolean> {
  return page.evaluate(
    async ({ paragraph, mutations }) => {
      const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      const body = document.querySelector<HTMLElement>('#article-pane .article-body') as HTMLElement;
      const block = body.querySelectorAll('p')[paragraph] as HTMLElement;
      const unannotatedWord = (within: HTMLElement): Range | null => {
        const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
          if (node.parentElement?.closest('.ann') !== null) continue;
          const match = /\p{Script=Han}{2}|[\p{L}\p{M}]{3,}/u.exec(node.data);
          if (match === null) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          return range;
        }
        return null;
      };
      // Sections coming into view are drawn over the next frames, which may replace the text under
      // a selection: wait until the article has been still for a few frames before selecting.
      const settled = (): Promise<void> =>
        new Promise((resolve) => {
          let still = 0;
          const observer = new MutationObserver(() => (still = 0));
          observer.observe(body, { childList: true, subtree: true, characterData: true, attributes: true });
          const tick = (): void => {
            still += 1;
            if (still < 3) {
              requestAnimationFrame(tick);
              return;
            }
            observer.disconnect();
            resolve();
          };
          requestAnimationFrame(tick);
        });
      block.scrollIntoView({ block: 'center' });
      body.focus({ preventScroll: true });
      let word = '';
      for (let attempt = 0; attempt < 5 && word === ''; attempt++) {
        await settled();
        const range = unannotatedWord(block);
        if (range === null) return false;
        const selection = getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        // Let ProseMirror read the selection before the key; keep it only if it held meanwhile.
        await frame();
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (String(getSelection()) === range.toString()) word = range.toString();
      }
      if (word === '') throw new Error('the selection did not hold in five attempts');
      const newest = Math.max(
        ...Array.from(body.querySelectorAll('[data-annotation-id]'), (element) =>
          Number(element.getAttribute('data-annotation-id')),
        ),
      );
      (window as BenchWindow).benchDone = new Promise((resolve, reject) => {
        let started = 0;
        window.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true });
        const isNewHighlight = (element: Element): boolean =>
          Number(element.getAttribute('data-annotation-id') ?? 0) > newest;
        const isNew = (node: Node): boolean =>
          node instanceof Element && [node, ...node.querySelectorAll('[data-annotation-id]')].some(isNewHighlight);
        // ProseMirror may paint a new highlight as a new element or by relabelling one it reuses.
        const observer = new MutationObserver((records) => {
          const painted = records.some((record) =>
            record.type === 'attributes'
              ? record.target instanceof Element && isNewHighlight(record.target)
              : Array.from(record.addedNodes).some(isNew),
          );
          if (!painted) return;
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(body, mutations);
        const timeout = setTimeout(() => reject(new Error('no new highlight within 10 s')), 10_000);
      });
      return true;
    },
    { paragraph, mutations: HIGHLIGHT_MUTATIONS },
  );
}

/**
 * Brings the newest highlight on screen and arms a timer from the next keydown until no element
 * shows that annotation any more, plus a frame: what undoing its creation looks like. Returns
 * false if no highlight is drawn.
 */
function armUndoSample(page: Page): Promise<boolean> {
  return page.evaluate(async (mutations) => {
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    const body = document.querySelector<HTMLElement>('#article-pane .article-body') as HTMLElement;
    const newest = Math.max(
      ...Array.from(body.querySelectorAll('[data-annotation-id]'), (element) =>
        Number(element.getAttribute('data-annotation-id')),
      ),
    );
    const selector = `[data-annotation-id="${newest}"]`;
    const highlight = body.querySelector(selector);
    if (highlight === null) return false;
    highlight.scrollIntoView({ block: 'center' });
    body.focus({ preventScroll: true });
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    (window as BenchWindow).benchDone = new Promise((resolve, reject) => {
      let started = 0;
      window.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (body.querySelector(selector) !== null) return;
        observer.disconnect();
        clearTimeout(timeout);
        requestAnimationFrame(() => resolve(performance.now() - started));
      });
      observer.observe(body, mutations);
      const timeout = setTimeout(() => reject(new Error('the undone highlight was still drawn after 10 s')), 10_000);
    });
    return true;
  }, HIGHLIGHT_MUTATIONS);
}

/** Label key → highlight painted, for `count` fresh words spread over the given paragraphs. */
export async function labelLatencies(
  page: Page,
  paragraphs: readonly number[],
  count: number,
  key: string,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; samples.length < count; i++) {
    if (i >= paragraphs.length * 4) throw new Error(`only ${samples.length} unannotated words found`);
    if (!(await armLabelSample(page, paragraphs[i % paragraphs.length] as number))) continue;
    await page.keyboard.press(key);
    samples.push(await page.evaluate(() => (window as BenchWindow).benchDone as Promise<number>));
  }
  return samples;
}

/**
 * Undo → highlight gone, `count` times, each undoing the newest label; with the number of calls
 * that read the article, its annotations or the entities again meanwhile (the change set carries
 * what changed, so this should stay 0).
 */
export async function undoLatencies(page: Page, count: number): Promise<{ samples: number[]; reFetches: number }> {
  const recorded = await recordCallNames(page);
  const samples: number[] = [];
  while (samples.length < count) {
    if (!(await armUndoSample(page))) throw new Error(`only ${samples.length} highlights left to undo`);
    await page.keyboard.press('Control+z');
    samples.push(await page.evaluate(() => (window as BenchWindow).benchDone as Promise<number>));
  }
  const reFetches = (await recorded()).filter((call) => RE_FETCHES.includes(call)).length;
  return { samples, reFetches };
}
