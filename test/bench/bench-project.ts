import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../main/store/project-store';
import { plainTextBlocks } from '../../shared/text/plain-text-blocks';
import type { ArticleWorkload } from './article-workload';

/**
 * The article the app opens at start-up in the browser benchmarks: added last, so it is the newest,
 * and small, so the article measured next is opened from scratch and not already loading.
 */
export const START_ARTICLE = 'Bench start article';

export function workloadTitle(workload: ArticleWorkload): string {
  return `Bench ${workload.name} with annotations`;
}

export function unannotatedTitle(workload: ArticleWorkload): string {
  return `Bench ${workload.name} without annotations`;
}

/**
 * Adds each workload's annotated article (and, for `unannotated`, the same text without
 * annotations) to the host's default project, then the start article unless told not to.
 */
export function seedBenchProject(
  projectsDir: string,
  workloads: readonly ArticleWorkload[],
  unannotated: readonly ArticleWorkload[] = [],
  startArticle = true,
): void {
  const file = readdirSync(projectsDir).find((name) => name.endsWith('.awb'));
  if (file === undefined) throw new Error(`no project in ${projectsDir}`);
  const store = ProjectStore.open(join(projectsDir, file));
  try {
    const article = (title: string, text: string): number =>
      store.createArticle({
        title,
        text,
        blocks: plainTextBlocks(text),
        links: [],
        metadata: { source: 'Bench', url: null, author: null, publishedAt: null, language: null },
        original: {
          bytes: Buffer.from(`${title}\n${text}`),
          name: `${title}.txt`,
          type: 'text/plain',
          encoding: 'utf-8',
        },
      }).id;
    const labels = store.listLabels();
    const entityLabels = labels.filter((label) => label.kind === 'entity').map((label) => label.id);
    const claimLabel = labels.find((label) => label.kind === 'claim');
    if (claimLabel === undefined) throw new Error('the project has no claim label');
    for (const workload of unannotated) article(unannotatedTitle(workload), workload.text);
    for (const workload of workloads) {
      const id = article(workloadTitle(workload), workload.text);
      store.createAnnotations(workload.annotations(id, entityLabels, claimLabel.id));
    }
    if (startArticle) article(START_ARTICLE, 'The benchmarks open this article at start-up.');
  } finally {
    store.close();
  }
}
