import { closeSync, fsyncSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../../main/store/project-store';
import { decodeAnnotationColumns } from '../../../shared/annotation-columns/decode-annotation-columns';
import { encodeAnnotationColumns } from '../../../shared/annotation-columns/encode-annotation-columns';
import { labelLatencies, openToPainted } from '../article-page';
import { articleWorkload } from '../article-workload';
import type { Benchmark, Measurement } from '../benchmark';
import { seedBenchProject, START_ARTICLE, workloadTitle } from '../bench-project';
import { launchChromium, startHost } from '../browser-host-process';
import { recordCallTimeline, takeTimeline, type CallTiming, type Timeline } from '../call-timeline';
import { median } from '../statistics';

const LABEL_SAMPLES = 50;
const LABEL_WARM_UP = 10;
const STORE_SAMPLES = 30;

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The open of L, from the press: each call's round trip, transfer and parse, then the renderer's rest. */
function openBreakdown(timeline: Timeline, openMs: number): Measurement[] {
  const pressed = timeline.mousedowns[0] ?? Number.NaN;
  const rows: Measurement[] = [];
  let lastParsed = pressed;
  for (const name of ['article.get', 'annotation.columns', 'relation.list']) {
    const call = timeline.calls.find((c) => c.call === name);
    if (call === undefined) continue;
    rows.push(
      { metric: `open L: ${name} press → answered`, value: call.answered - pressed, unit: 'ms' },
      { metric: `open L: ${name} JSON.parse (0 for bytes)`, value: call.parseMs, unit: 'ms' },
      { metric: `open L: ${name} size`, value: call.bytes / 1024, unit: 'KiB' },
    );
    lastParsed = Math.max(lastParsed, call.received + call.parseMs);
  }
  const tasks = timeline.longTasks.filter((task) => task.start >= pressed);
  rows.push(
    { metric: 'open L: last answer parsed → painted (renderer)', value: pressed + openMs - lastParsed, unit: 'ms' },
    { metric: 'open L: press → painted', value: openMs, unit: 'ms' },
    { metric: 'open L: long tasks', value: tasks.length, unit: 'tasks' },
    { metric: 'open L: long-task total', value: tasks.reduce((sum, task) => sum + task.ms, 0), unit: 'ms' },
  );
  return rows;
}

/** Each label key: renderer before the write, the write's round trip, the change set's arrival, the paint. */
function labelBreakdown(timeline: Timeline, paintMs: readonly number[]): Measurement[] {
  const creates = timeline.calls.filter((call) => call.call === 'annotation.create');
  const before: number[] = [];
  const roundTrip: number[] = [];
  const changeSet: number[] = [];
  timeline.keydowns.forEach((key, i) => {
    const next = timeline.keydowns[i + 1] ?? Infinity;
    const create: CallTiming | undefined = creates.find((call) => call.sent >= key && call.sent < next);
    if (create === undefined) return;
    before.push(create.sent - key);
    roundTrip.push(create.received - create.sent);
    const event = timeline.parses.find((parse) => parse.at >= key && parse.at < next);
    if (event !== undefined) changeSet.push(event.at - key);
  });
  return [
    { metric: 'label: key → annotation.create sent p50', value: median(before), unit: 'ms' },
    { metric: 'label: annotation.create round trip p50', value: median(roundTrip), unit: 'ms' },
    { metric: 'label: key → store.changed parsed p50', value: median(changeSet), unit: 'ms' },
    { metric: 'label: key → painted p50', value: median(paintMs), unit: 'ms' },
  ];
}

/** The store alone, in this process: the reads behind an open and the durable write behind a label. */
function storeBreakdown(projectsDir: string, title: string): Measurement[] {
  const file = readdirSync(projectsDir).find((name) => name.endsWith('.awb')) as string;
  const store = ProjectStore.open(join(projectsDir, file));
  try {
    const article = store.listArticles().find((summary) => summary.title === title);
    if (article === undefined) throw new Error(`no article ${title}`);
    const list = (): ReturnType<ProjectStore['listAnnotations']> => store.listAnnotations(article.id);
    const reads = Array.from({ length: 5 }, () => timed(list));
    const annotations = list();
    let json = '';
    const stringify = Array.from({ length: 5 }, () => timed(() => (json = JSON.stringify(annotations))));
    const parse = Array.from({ length: 5 }, () => timed(() => JSON.parse(json) as unknown));
    let columns = new Uint8Array();
    const encode = Array.from({ length: 5 }, () =>
      timed(() => (columns = encodeAnnotationColumns(article.id, annotations))),
    );
    const decode = Array.from({ length: 5 }, () => timed(() => decodeAnnotationColumns(columns)));
    const label = store.listLabels().find((l) => l.kind === 'claim');
    if (label === undefined) throw new Error('no claim label');
    const text = store.getArticle(article.id).text;
    const writes = Array.from({ length: STORE_SAMPLES }, (_, i) =>
      timed(() => {
        const from = 1_000 + i * 3_001;
        const word = /\p{L}{3,}/u.exec(text.slice(from));
        const start = from + (word?.index ?? 0);
        const fragments = [{ start, end: start + (word?.[0].length ?? 1) }];
        store.createAnnotation({ articleId: article.id, labelId: label.id, fragments });
      }),
    );
    // An entity label key on a new name: the entity first, then its mention, as the window does.
    const entityType = store.listLabels().find((l) => l.kind === 'entity');
    if (entityType === undefined) throw new Error('no entity type');
    const mentions = Array.from({ length: STORE_SAMPLES }, (_, i) =>
      timed(() => {
        const from = 2_000 + i * 3_001;
        const word = /\p{L}{3,}/u.exec(text.slice(from));
        const start = from + (word?.index ?? 0);
        const end = start + (word?.[0].length ?? 1);
        const entity = store.createEntity({ name: `Bench entity ${i}`, typeLabelId: entityType.id });
        store.createAnnotation({
          articleId: article.id,
          labelId: entityType.id,
          entityId: entity.id,
          fragments: [{ start, end }],
        });
      }),
    );
    // What synchronous=FULL waits for at each commit: the write-ahead log reaching the disk.
    const probe = openSync(join(projectsDir, 'fsync-probe'), 'w');
    const fsyncs = Array.from({ length: STORE_SAMPLES }, () =>
      timed(() => {
        writeSync(probe, Buffer.alloc(4096));
        fsyncSync(probe);
      }),
    );
    closeSync(probe);
    return [
      { metric: 'store: listAnnotations(L) (SQLite read)', value: median(reads), unit: 'ms' },
      { metric: 'store: JSON.stringify of L annotations', value: median(stringify), unit: 'ms' },
      { metric: 'store: JSON.parse of L annotations', value: median(parse), unit: 'ms' },
      { metric: 'store: annotation list size', value: json.length / 1024, unit: 'KiB' },
      { metric: 'store: encode L annotations as columns', value: median(encode), unit: 'ms' },
      { metric: 'store: decode (check + build) L columns', value: median(decode), unit: 'ms' },
      { metric: 'store: annotation columns size', value: columns.byteLength / 1024, unit: 'KiB' },
      { metric: 'store: createAnnotation on L (durable) p50', value: median(writes), unit: 'ms' },
      { metric: 'store: new entity + its mention on L (two durable writes) p50', value: median(mentions), unit: 'ms' },
      { metric: 'store: write 4 KiB + fsync p50', value: median(fsyncs), unit: 'ms' },
    ];
  } finally {
    store.close();
  }
}

export const articleBreakdown: Benchmark = {
  name: 'article-breakdown',
  description:
    'Where the time of opening L and of a label key goes: data calls (round trip, transfer, JSON.parse), renderer, long tasks; the store alone (SQLite read, durable write, fsync)',
  async run(workDir) {
    const dataDir = join(workDir, 'data');
    await (await startHost(dataDir)).stop();
    const large = articleWorkload();
    const projectsDir = join(dataDir, 'projects');
    seedBenchProject(projectsDir, [large]);
    const host = await startHost(dataDir);
    const browser = await launchChromium();
    const rows: Measurement[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await recordCallTimeline(page);
      await page.goto(host.startUrl);
      await page.locator('#article-pane h1', { hasText: START_ARTICLE }).waitFor();
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
      await takeTimeline(page);
      const openMs = await openToPainted(page, workloadTitle(large), large.paragraphs, true);
      await page.waitForTimeout(500);
      rows.push(...openBreakdown(await takeTimeline(page), openMs));
      await labelLatencies(page, large.cleanParagraphs, LABEL_WARM_UP, '7');
      await takeTimeline(page);
      const paints = await labelLatencies(page, large.cleanParagraphs.slice(LABEL_WARM_UP), LABEL_SAMPLES, '7');
      rows.push(...labelBreakdown(await takeTimeline(page), paints));
    } finally {
      await browser.close();
      await host.stop();
    }
    rows.push(...storeBreakdown(projectsDir, workloadTitle(large)));
    return rows;
  },
};
