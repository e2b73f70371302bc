import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ProjectStore } from '../../../main/store/project-store';
import { NO_ANALYSIS_FILTER } from '../../../shared/model/analysis-filter';
import type { NetworkRequest } from '../../../shared/model/analysis-network';
import { layOutNetwork } from '../../../renderer/src/analysis/networks/network-graph';
import type { Benchmark, Measurement } from '../benchmark';
import { launchChromium, startHost } from '../browser-host-process';
import { corpusProject } from '../corpus-workload';

const ENTITIES = 500;
/** Edges kept: about as many as 500 nodes can show; the view's top-N goes up to 2,000. */
const EDGES = 1000;
const FLAT_COLOURS = { label: () => '#0072b2', community: () => '#e69f00' };

/**
 * Wall time, and the CPU time this process spent, which unlike the wall time does not depend on
 * what else the machine is doing (the bench machine may be shared).
 */
function timed<T>(action: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = action();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** Opens the co-occurrence view on the corpus, picks the top-N, and times the request until sigma has drawn and painted. */
async function drawInChromium(page: Page): Promise<number> {
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('Show the Co-occurrence network analysis');
  await page.keyboard.press('Enter');
  const view = page.getByRole('region', { name: 'Co-occurrence network' });
  await view.locator('.network-canvas canvas').first().waitFor({ state: 'attached', timeout: 120_000 });
  return view.evaluate(
    (element, edges) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const drawn = element.dataset['drawn'];
        const observer = new MutationObserver(() => {
          if (element.dataset['drawn'] === drawn) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        });
        observer.observe(element, { attributes: true, attributeFilter: ['data-drawn'] });
        const select = element.querySelector<HTMLSelectElement>('.network-control select');
        if (select === null) throw new Error('no top-N control');
        select.value = String(edges);
        select.dispatchEvent(new Event('change'));
      }),
    EDGES,
  );
}

/**
 * Issue 11's network target on the corpus-scale project: the co-occurrence network of the 500
 * most mentioned entities (top 1,000 links), aggregated in the store (article and sentence scope;
 * the first sentence-scope request segments every article), laid out as the view lays it out, and
 * in Chromium from the request to the painted drawing. Also the claim and relation networks.
 */
export function analysisNetworks(scale: number): Benchmark {
  return {
    name: 'analysis-networks',
    description: `Co-occurrence network of the top ${ENTITIES} entities (${EDGES} links) on the corpus project (scale ${scale}): aggregate, lay out, draw`,
    async run(workDir) {
      const corpus = corpusProject(scale);
      const results: Measurement[] = [];
      const log = (metric: string, value: number, unit = 'ms') => {
        results.push({ metric, value, unit });
        console.log(`    ${metric}: ${value.toFixed(1)} ${unit}`);
      };
      // A copy: opening migrates it, and the cached corpus is shared with every branch's benchmarks.
      const dataDir = join(workDir, 'data');
      await (await startHost(dataDir)).stop(); // the first start creates the default project
      const project = join(dataDir, 'projects', 'My Project.awb');
      for (const suffix of ['-wal', '-shm']) rmSync(`${project}${suffix}`, { force: true });
      copyFileSync(corpus.path, project);
      const store = ProjectStore.open(project, undefined, 'none');
      try {
        const request = (scope: 'article' | 'sentence'): NetworkRequest => ({
          kind: 'cooccurrence',
          filter: NO_ANALYSIS_FILTER,
          scope,
          entities: ENTITIES,
          limit: EDGES,
        });
        const both = (metric: string, run: { ms: number; cpuMs: number }) => {
          log(metric, run.ms);
          log(`${metric} (CPU)`, run.cpuMs);
        };
        both(
          'co-occurrence, article scope: aggregate',
          timed(() => store.network(request('article'))),
        );
        both(
          'co-occurrence, sentence scope, first: aggregate',
          timed(() => store.network(request('sentence'))),
        );
        const sentence = timed(() => store.network(request('sentence')));
        both('co-occurrence, sentence scope: aggregate', sentence);
        log('co-occurrence nodes shown', sentence.value.nodes.length, 'nodes');
        const layout = timed(() => layOutNetwork(sentence.value, 'cooccurrence', FLAT_COLOURS));
        both('co-occurrence: lay out (ForceAtlas2 + Louvain)', layout);
        both('co-occurrence, sentence scope: aggregate + lay out', {
          ms: sentence.ms + layout.ms,
          cpuMs: sentence.cpuMs + layout.cpuMs,
        });
        const filter = { ...NO_ANALYSIS_FILTER, entityIds: [sentence.value.nodes[0]?.entityId ?? 1] };
        both(
          'co-occurrence, one entity: aggregate',
          timed(() => store.network({ ...request('sentence'), filter })),
        );
        both(
          'claim network: aggregate',
          timed(() => store.network({ kind: 'claims', filter: NO_ANALYSIS_FILTER, limit: EDGES })),
        );
        both(
          'relation graph: aggregate',
          timed(() => store.network({ kind: 'relations', filter: NO_ANALYSIS_FILTER, limit: EDGES })),
        );
      } finally {
        store.close();
      }

      const host = await startHost(dataDir);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(host.startUrl);
        // The copy was not closed by the app, so opening it runs the quick check first.
        await page.waitForFunction(
          () => (document.querySelector('[data-testid="status-project"]')?.textContent ?? '') !== '',
          undefined,
          { timeout: 600_000 },
        );
        log('co-occurrence in Chromium: request → laid out → painted', await drawInChromium(page));
      } finally {
        await browser.close();
        await host.stop();
      }
      return results;
    },
  };
}
