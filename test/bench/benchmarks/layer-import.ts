import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { importLayerFiles } from '../../../main/interchange/layers/import-layer-files';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import type { Benchmark } from '../benchmark';

const ARTICLES = 100;
const ANNOTATIONS_PER_ARTICLE = 1000;
const LABELS = ['Person', 'Organisation', 'Location', 'Other'];

/** Three copies of the seed article under a numbered heading: about 1,300 words, each article's text its own. */
function articleText(seed: string, index: number): string {
  return `Artikel ${index + 1}\n${seed}\n${seed}\n${seed}`;
}

/** A brat .ann with one span on each of the text's first words, as a colleague's tool would write it. */
function bratAnnotations(text: string): string {
  const lines: string[] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    if (lines.length === ANNOTATIONS_PER_ARTICLE) break;
    const start = match.index;
    const label = LABELS[lines.length % LABELS.length] as string;
    lines.push(`T${lines.length + 1}\t${label} ${start} ${start + match[0].length}\t${match[0]}`);
  }
  if (lines.length < ANNOTATIONS_PER_ARTICLE) throw new Error('the article has too few words');
  return `${lines.join('\n')}\n`;
}

/**
 * Issue 13's target: a colleague's layer of 100,000 annotations (brat, 100 articles of the
 * project) imported at more than 5,000 annotations per second: read, checked against the texts,
 * matched by text hash and written in one transaction as one undo step.
 */
export const layerImport: Benchmark = {
  name: 'layer-import',
  description: `Import a colleague's brat layer of ${ARTICLES * ANNOTATIONS_PER_ARTICLE} annotations on ${ARTICLES} articles`,
  async run(workDir) {
    // Bundled to out/bench/, three folders below the shared corpus beside the checkout.
    const seed = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', '000_5d407fa9e5e9a813.txt'),
      'utf8',
    );
    const store = ProjectStore.create(join(workDir, 'layers.awb'));
    const folder = join(workDir, 'colleague');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < ARTICLES; i++) {
      const text = articleText(seed, i);
      store.createArticle(articleFromPaste({ title: `Artikel ${i + 1}`, text }));
      writeFileSync(join(folder, `doc-${i}.txt`), text);
      writeFileSync(join(folder, `doc-${i}.ann`), bratAnnotations(text));
    }
    const load = loadavg()[0] ?? 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = importLayerFiles(store, [folder]);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    store.close();
    const annotations = report.layer?.annotationCount ?? 0;
    if (annotations !== ARTICLES * ANNOTATIONS_PER_ARTICLE) {
      throw new Error(`the layer holds ${annotations} annotations: ${JSON.stringify(report.problems.slice(0, 3))}`);
    }
    return [
      { metric: 'annotations per second', value: annotations / seconds, unit: 'annotations/s' },
      { metric: 'total time', value: seconds, unit: 's' },
      { metric: 'CPU time', value: (used.user + used.system) / 1e6, unit: 's' },
      { metric: 'load average (1 min) at start', value: load, unit: '' },
    ];
  },
};
