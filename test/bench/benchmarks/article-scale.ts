import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ProjectStore } from '../../../main/store/project-store';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { heapMiB, labelLatencies, openToPainted, scrollLongTasks, undoLatencies } from '../article-page';
import { ANNOTATIONS, articleWorkload, PARAGRAPHS, type ArticleWorkload } from '../article-workload';
import type { Benchmark } from '../benchmark';
import { launchChromium, startHost } from '../browser-host-process';
import { percentile } from '../statistics';

const ANNOTATED = 'Bench article with annotations';
const FLOOR = 'Bench article without annotations';
const LABEL_SAMPLES = 200;
const LABEL_WARM_UP = 20;
/** Undoes of the labels just made, newest first. */
const UNDO_SAMPLES = 100;
const UNDO_WARM_UP = 10;

/** Adds the annotated article and the floor (same text, no annotations) to the host's default project. */
export function seedProject(projectsDir: string, workload: ArticleWorkload): void {
  const file = readdirSync(projectsDir).find((name) => name.endsWith('.awb'));
  if (file === undefined) throw new Error(`no project in ${projectsDir}`);
  const store = ProjectStore.open(join(projectsDir, file));
  try {
    const article = (title: string): number =>
      store.createArticle({
        title,
        text: workload.text,
        blocks: plainTextBlocks(workload.text),
        links: [],
        metadata: { source: 'Bench', url: null, author: null, publishedAt: null, language: null },
        original: {
          bytes: Buffer.from(`${title}\n${workload.text}`),
          name: `${title}.txt`,
          type: 'text/plain',
          encoding: 'utf-8',
        },
      }).id;
    article(FLOOR);
    const labels = store.listLabels();
    const entityLabels = labels.filter((label) => label.kind === 'entity').map((label) => label.id);
    const claimLabel = labels.find((label) => label.kind === 'claim');
    if (claimLabel === undefined) throw new Error('the project has no claim label');
    store.createAnnotations(workload.annotations(article(ANNOTATED), entityLabels, claimLabel.id));
  } finally {
    store.close();
  }
}

/** Opens one article in a fresh page; measures open time, heap and scrolling. The page stays open. */
async function measureArticle(browser: Browser, startUrl: string, title: string, annotated: boolean) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(startUrl);
  await page.getByRole('option', { name: title }).waitFor();
  const openMs = await openToPainted(page, title, PARAGRAPHS, annotated);
  await page.waitForTimeout(500);
  const heap = await heapMiB(page);
  const scroll = await scrollLongTasks(page);
  return { page, openMs, heap, scroll };
}

export const articleScale: Benchmark = {
  name: 'article-20k',
  description: `Open, label, undo, scroll and heap in Chromium: a generated 1 MB article with ${ANNOTATIONS.toLocaleString('en')} annotations vs. the same text without (floor)`,
  async run(workDir) {
    const dataDir = join(workDir, 'data');
    await (await startHost(dataDir)).stop(); // the first start creates the default project
    const workload = articleWorkload();
    seedProject(join(dataDir, 'projects'), workload);
    const host = await startHost(dataDir);
    const browser = await launchChromium();
    try {
      const floor = await measureArticle(browser, host.startUrl, FLOOR, false);
      await floor.page.close();
      const annotated = await measureArticle(browser, host.startUrl, ANNOTATED, true);
      // '7' is the claim label: it annotates at once, without the entity picker.
      const latencies = (
        await labelLatencies(annotated.page, workload.cleanParagraphs, LABEL_WARM_UP + LABEL_SAMPLES, '7')
      ).slice(LABEL_WARM_UP);
      const undone = await undoLatencies(annotated.page, UNDO_WARM_UP + UNDO_SAMPLES);
      const undoMs = undone.samples.slice(UNDO_WARM_UP);
      return [
        { metric: 'open annotated', value: annotated.openMs, unit: 'ms' },
        { metric: 'open floor', value: floor.openMs, unit: 'ms' },
        { metric: 'label key → painted p50', value: percentile(latencies, 50), unit: 'ms' },
        { metric: 'label key → painted p95', value: percentile(latencies, 95), unit: 'ms' },
        { metric: 'undo → repainted p50', value: percentile(undoMs, 50), unit: 'ms' },
        { metric: 'undo → repainted p95', value: percentile(undoMs, 95), unit: 'ms' },
        { metric: 're-fetches during undo', value: undone.reFetches, unit: 'calls' },
        { metric: 'scroll long tasks annotated', value: annotated.scroll.count, unit: 'tasks' },
        { metric: 'scroll long tasks floor', value: floor.scroll.count, unit: 'tasks' },
        { metric: 'long-task total annotated', value: annotated.scroll.totalMs, unit: 'ms' },
        { metric: 'long-task total floor', value: floor.scroll.totalMs, unit: 'ms' },
        { metric: 'heap annotated', value: annotated.heap, unit: 'MiB' },
        { metric: 'heap floor', value: floor.heap, unit: 'MiB' },
      ];
    } finally {
      await browser.close();
      await host.stop();
    }
  },
};
