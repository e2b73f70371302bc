import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { heapMiB, scrollLongTasks } from '../article-page';
import { articleWorkload } from '../article-workload';
import type { Benchmark } from '../benchmark';
import { seedBenchProject } from '../bench-project';
import { launchChromium, startHost } from '../browser-host-process';
import { median } from '../statistics';

/** Cold starts measured per run, after one that warms the file cache and fills the window's storage. */
const COLD_STARTS = 5;

/** What the page records, as epoch milliseconds, from its very first script on. */
interface StartTimes {
  navigation: number;
  library: number;
  painted: number;
}

interface StartWindow {
  benchStart?: StartTimes;
}

/**
 * Installed before any script of the page: records when navigation began, when the library first
 * lists an article and when the L article's text and highlights are in the DOM, each plus two frames
 * (so layout and paint are included).
 */
function recordStartTimes(paragraphs: number): void {
  const now = (): number => performance.timeOrigin + performance.now();
  const times: StartTimes = { navigation: performance.timeOrigin, library: 0, painted: 0 };
  (window as StartWindow).benchStart = times;
  const afterPaint = (key: 'library' | 'painted'): void => {
    requestAnimationFrame(() => requestAnimationFrame(() => (times[key] = now())));
  };
  let library = false;
  const observer = new MutationObserver(() => {
    if (!library && document.querySelector('[role="option"]') !== null) {
      library = true;
      afterPaint('library');
    }
    if (
      document.querySelectorAll('#article-pane .article-body p').length >= paragraphs &&
      document.querySelector('#article-pane .ann') !== null
    ) {
      observer.disconnect();
      afterPaint('painted');
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function startTimes(page: Page): Promise<StartTimes> {
  await page.waitForFunction(() => ((window as StartWindow).benchStart?.painted ?? 0) > 0, undefined, {
    timeout: 60_000,
    polling: 100,
  });
  return page.evaluate(() => (window as StartWindow).benchStart as StartTimes);
}

export const coldStart: Benchmark = {
  name: 'cold-start',
  description: `Browser host process spawned → library shown → L (1 MB, 20,000 annotations) painted, median of ${COLD_STARTS} starts on one data folder; Chromium already running`,
  async run(workDir) {
    const dataDir = join(workDir, 'data');
    const first = await startHost(dataDir); // creates the default project
    await first.stop();
    const large = articleWorkload();
    // L is the only article, so the window opens it at start-up.
    seedBenchProject(join(dataDir, 'projects'), [large], [], false);
    const browser = await launchChromium();
    // One context for every start, and one port: the page keeps its origin and so its storage.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordStartTimes, large.paragraphs);
    const listening: number[] = [];
    const library: number[] = [];
    const painted: number[] = [];
    const navigationToLibrary: number[] = [];
    let heap = Number.NaN;
    let scroll = { count: Number.NaN, totalMs: Number.NaN };
    try {
      for (let start = 0; start <= COLD_STARTS; start++) {
        const spawned = performance.timeOrigin + performance.now();
        const host = await startHost(dataDir, first.port);
        const listened = performance.timeOrigin + performance.now();
        const page = await context.newPage();
        try {
          await page.goto(host.startUrl, { waitUntil: 'commit' });
          const times = await startTimes(page);
          if (start > 0) {
            listening.push(listened - spawned);
            library.push(times.library - spawned);
            painted.push(times.painted - spawned);
            navigationToLibrary.push(times.library - times.navigation);
          }
          if (start === COLD_STARTS) {
            await page.waitForTimeout(500);
            heap = await heapMiB(page);
            scroll = await scrollLongTasks(page);
          }
        } finally {
          await page.close();
          await host.stop();
        }
      }
    } finally {
      await browser.close();
    }
    return [
      { metric: 'spawned → listening', value: median(listening), unit: 'ms' },
      { metric: 'spawned → library shown', value: median(library), unit: 'ms' },
      { metric: 'spawned → L painted', value: median(painted), unit: 'ms' },
      { metric: 'navigation → library shown', value: median(navigationToLibrary), unit: 'ms' },
      { metric: 'renderer heap on L', value: heap, unit: 'MiB' },
      { metric: 'long tasks scrolling L', value: scroll.count, unit: 'tasks' },
      { metric: 'long-task total scrolling L', value: scroll.totalMs, unit: 'ms' },
    ];
  },
};
