import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { heapMiB, labelLatencies, openToPainted, scrollLongTasks, undoLatencies } from '../article-page';
import {
  ANNOTATIONS,
  articleWorkload,
  mediumWorkload,
  seedArticleWorkload,
  type ArticleWorkload,
} from '../article-workload';
import type { Benchmark, Measurement } from '../benchmark';
import { seedBenchProject, START_ARTICLE, unannotatedTitle, workloadTitle } from '../bench-project';
import { launchChromium, startHost } from '../browser-host-process';
import { floorOpenToPainted, startFloorServer } from '../floor-page';
import { median, percentile } from '../statistics';

const LABEL_SAMPLES = 200;
const LABEL_WARM_UP = 20;
/** Undoes of the labels just made, newest first. */
const UNDO_SAMPLES = 100;
const UNDO_WARM_UP = 10;
/** Opens of each workload per run, alternating with its floor; the run reports the medians. */
const OPENS = 3;

/**
 * Opens the app in a fresh page (fresh storage, so the newest article, the small start article,
 * is the one opened at start-up), waits until that open is done and the page is idle, then opens
 * the article by title: a full open, with nothing of it loaded or loading before the press.
 */
async function openInFreshPage(browser: Browser, startUrl: string, title: string, workload: ArticleWorkload) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(startUrl);
  await page.locator('#article-pane h1', { hasText: START_ARTICLE }).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
  const openMs = await openToPainted(page, title, workload.paragraphs, title === workloadTitle(workload));
  return { page, openMs };
}

export const articleScale: Benchmark = {
  name: 'article-20k',
  description: `Open S/M/L (seed article + 45 annotations; 50 KB + 1,000; 1 MB + ${ANNOTATIONS.toLocaleString('en')}) as multiples of plain <p> paragraphs (floor, same run); label, undo, scroll and heap on L`,
  async run(workDir) {
    const dataDir = join(workDir, 'data');
    await (await startHost(dataDir)).stop(); // the first start creates the default project
    const workloads = [seedArticleWorkload(), mediumWorkload(), articleWorkload()];
    const large = workloads[2] as ArticleWorkload;
    seedBenchProject(join(dataDir, 'projects'), workloads, [large]);
    const host = await startHost(dataDir);
    const floors = await startFloorServer(new Map(workloads.map((w) => [w.name, w.text])));
    const browser = await launchChromium();
    try {
      const results: Measurement[] = [];
      for (const workload of workloads) {
        const app: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < OPENS; i++) {
          floor.push(await floorOpenToPainted(browser, floors.url(workload.name), workload.paragraphs));
          const opened = await openInFreshPage(browser, host.startUrl, workloadTitle(workload), workload);
          app.push(opened.openMs);
          await opened.page.close();
        }
        const ratios = app.map((ms, i) => ms / (floor[i] as number));
        results.push(
          { metric: `open ${workload.name}`, value: median(app), unit: 'ms' },
          { metric: `open ${workload.name} floor (plain <p>)`, value: median(floor), unit: 'ms' },
          { metric: `open ${workload.name} ÷ floor`, value: median(ratios), unit: '×' },
        );
      }
      const unannotated = await openInFreshPage(browser, host.startUrl, unannotatedTitle(large), large);
      await unannotated.page.waitForTimeout(500);
      const unannotatedHeap = await heapMiB(unannotated.page);
      const unannotatedScroll = await scrollLongTasks(unannotated.page);
      await unannotated.page.close();

      const annotated = await openInFreshPage(browser, host.startUrl, workloadTitle(large), large);
      await annotated.page.waitForTimeout(500);
      const heap = await heapMiB(annotated.page);
      const scroll = await scrollLongTasks(annotated.page);
      // '7' is the claim label: it annotates at once, without the entity picker.
      const latencies = (
        await labelLatencies(annotated.page, large.cleanParagraphs, LABEL_WARM_UP + LABEL_SAMPLES, '7')
      ).slice(LABEL_WARM_UP);
      const undone = await undoLatencies(annotated.page, UNDO_WARM_UP + UNDO_SAMPLES);
      const undoMs = undone.samples.slice(UNDO_WARM_UP);
      return [
        ...results,
        { metric: 'open L without annotations (in the app)', value: unannotated.openMs, unit: 'ms' },
        { metric: 'label key → painted p50 (L)', value: percentile(latencies, 50), unit: 'ms' },
        { metric: 'label key → painted p95 (L)', value: percentile(latencies, 95), unit: 'ms' },
        { metric: 'undo → repainted p50 (L)', value: percentile(undoMs, 50), unit: 'ms' },
        { metric: 'undo → repainted p95 (L)', value: percentile(undoMs, 95), unit: 'ms' },
        { metric: 're-fetches during undo', value: undone.reFetches, unit: 'calls' },
        { metric: 'scroll long tasks L', value: scroll.count, unit: 'tasks' },
        { metric: 'scroll long tasks L without annotations', value: unannotatedScroll.count, unit: 'tasks' },
        { metric: 'long-task total L', value: scroll.totalMs, unit: 'ms' },
        { metric: 'long-task total L without annotations', value: unannotatedScroll.totalMs, unit: 'ms' },
        { metric: 'heap L', value: heap, unit: 'MiB' },
        { metric: 'heap L without annotations', value: unannotatedHeap, unit: 'MiB' },
      ];
    } finally {
      await browser.close();
      await floors.close();
      await host.stop();
    }
  },
};
