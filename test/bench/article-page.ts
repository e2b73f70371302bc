import type { Page } from '@playwright/test';

/*
 * In-page measurements of an article in the running app. Each waits for the DOM the user would see
 * (paragraphs, highlight spans) and then for animation frames, so the time includes layout and paint.
 */

interface BenchWindow {
  benchDone?: Promise<number>;
}

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
    for (let before = -1; pane.scrollTop !== before;) {
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
 * Selects an unannotated word in the given paragraph and arms a timer from the next keydown until
 * a highlight of a new annotation is in the DOM, plus a frame. Returns false if the paragraph has
 * no unannotated word left.
 */
function armLabelSample(page: Page, paragraph: number): Promise<boolean> {
  return page.evaluate(async (paragraph) => {
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    const body = document.querySelector<HTMLElement>('#article-pane .article-body') as HTMLElement;
    const block = body.querySelectorAll('p')[paragraph] as HTMLElement;
    block.scrollIntoView({ block: 'center' });
    body.focus({ preventScroll: true });
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let range: Range | null = null;
    for (
      let node = walker.nextNode() as Text | null;
      node !== null && range === null;
      node = walker.nextNode() as Text | null
    ) {
      if (node.parentElement?.closest('.ann') !== null) continue;
      const match = /\p{Script=Han}{2}|[\p{L}\p{M}]{3,}/u.exec(node.data);
      if (match === null) continue;
      range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
    }
    if (range === null) return false;
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    // Let ProseMirror read the selection and the scroll settle before the key.
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const newest = Math.max(
      ...Array.from(body.querySelectorAll('[data-annotation-id]'), (element) =>
        Number(element.getAttribute('data-annotation-id')),
      ),
    );
    (window as BenchWindow).benchDone = new Promise((resolve, reject) => {
      let started = 0;
      window.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true });
      const isNew = (node: Node): boolean =>
        node instanceof Element &&
        [node, ...node.querySelectorAll('[data-annotation-id]')].some(
          (element) => Number(element.getAttribute('data-annotation-id') ?? 0) > newest,
        );
      const observer = new MutationObserver((records) => {
        if (!records.some((record) => Array.from(record.addedNodes).some(isNew))) return;
        observer.disconnect();
        clearTimeout(timeout);
        requestAnimationFrame(() => resolve(performance.now() - started));
      });
      observer.observe(body, { childList: true, subtree: true });
      const timeout = setTimeout(() => reject(new Error('no new highlight within 10 s')), 10_000);
    });
    return true;
  }, paragraph);
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
