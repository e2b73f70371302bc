import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../../main/store/project-store';
import type { NewAnnotation } from '../../../shared/model/annotation';
import type { ChangeSet } from '../../../shared/model/change-set';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { ANNOTATIONS, articleWorkload } from '../article-workload';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject } from '../corpus-workload';
import { pick, seededRandom } from '../seeded-random';
import { percentile } from '../statistics';
import { wordSpans } from '../word-spans';

const SAMPLES = 100;

/**
 * What change tracking costs one label key press: annotation.create on the 1 MB article with
 * 20,000 annotations, added to the corpus project (a million annotations), with a change-set
 * listener and without (the TEMP triggers note touched rows either way; only a listener makes the
 * store read them back).
 */
export function changeSetCost(scale: number): Benchmark {
  return {
    name: 'change-sets',
    description: `annotation.create on the ${ANNOTATIONS.toLocaleString('en')}-annotation article in the corpus project (scale ${scale}), with and without a change-set listener`,
    async run(workDir) {
      const path = join(workDir, 'Change sets.awb');
      copyFileSync(corpusProject(scale).path, path);
      const store = ProjectStore.open(path);
      try {
        const workload = articleWorkload();
        const labels = store.listLabels();
        const entityLabels = labels.filter((label) => label.kind === 'entity');
        const claimLabel = labels.find((label) => label.kind === 'claim');
        const person = entityLabels[0];
        if (claimLabel === undefined || person === undefined)
          throw new Error('the corpus has no claim or entity label');
        const { id: articleId } = store.createArticle({
          title: 'Change-set bench article',
          text: workload.text,
          blocks: plainTextBlocks(workload.text),
          links: [],
          metadata: { source: 'Bench', url: null, author: null, publishedAt: null, language: null },
          original: { bytes: Buffer.from(workload.text), name: null, type: 'text/plain', encoding: 'utf-8' },
        });
        const started = performance.now();
        store.createAnnotations(
          workload.annotations(
            articleId,
            entityLabels.map((label) => label.id),
            claimLabel.id,
          ),
        );
        const seedMs = performance.now() - started;
        const entities = store.listEntities().sort((a, b) => b.mentionCount - a.mentionCount);
        const top = entities[0];
        const median = entities[Math.floor(entities.length / 2)];
        if (top === undefined || median === undefined) throw new Error('the corpus has no entities');

        const random = seededRandom(5);
        const words = wordSpans(workload.text);
        let announced: ChangeSet | undefined;
        // Wall time includes the commit's fsync and whatever else the machine runs; CPU time is this
        // process's own work, the better measure of what tracking adds.
        const create = (input: () => NewAnnotation): { wall: number; cpu: number } => {
          const annotation = input();
          const begun = performance.now();
          const cpu = process.cpuUsage();
          store.createAnnotation(annotation);
          const used = process.cpuUsage(cpu);
          return { wall: performance.now() - begun, cpu: (used.user + used.system) / 1000 };
        };
        // Without a listener first, then with one, subscribed once as the store host does: what it
        // knows of entities' counts lasts as long as somebody listens.
        const measure = (input: () => NewAnnotation) => {
          const unheard = Array.from({ length: SAMPLES }, () => create(input));
          const unsubscribe = store.onChanged((changes) => (announced = changes));
          let rows = 0;
          const listened = Array.from({ length: SAMPLES }, () => {
            const times = create(input);
            rows = Math.max(
              rows,
              (announced?.annotations?.upserted.length ?? 0) + (announced?.entities?.upserted.length ?? 0),
            );
            return times;
          });
          unsubscribe();
          return { unheard, listened, rows };
        };
        const claim = measure(() => ({
          articleId,
          labelId: claimLabel.id,
          fragments: [pick(random, words)],
          claim: { aboutEntityIds: [], attributes: {} },
        }));
        const mention = (entity: { id: number; typeLabelId: number }) =>
          measure(() => ({
            articleId,
            labelId: entity.typeLabelId,
            fragments: [pick(random, words)],
            entityId: entity.id,
          }));
        const topMention = mention(top);
        const medianMention = mention(median);
        const rows = (name: string, samples: ReturnType<typeof measure>): Measurement[] =>
          [['listener', samples.listened] as const, ['no listener', samples.unheard] as const]
            .flatMap(([which, times]) => [
              {
                metric: `${name}, ${which} p50`,
                value: percentile(
                  times.map((time) => time.wall),
                  50,
                ),
                unit: 'ms',
              },
              {
                metric: `${name}, ${which} p95`,
                value: percentile(
                  times.map((time) => time.wall),
                  95,
                ),
                unit: 'ms',
              },
              {
                metric: `${name}, ${which} CPU p50`,
                value: percentile(
                  times.map((time) => time.cpu),
                  50,
                ),
                unit: 'ms',
              },
            ])
            .concat({ metric: `${name}, rows announced`, value: samples.rows, unit: 'rows' });
        return [
          { metric: `create ${ANNOTATIONS.toLocaleString('en')} annotations, no listener`, value: seedMs, unit: 'ms' },
          ...rows('claim', claim),
          ...rows(`mention of the top entity (${top.mentionCount.toLocaleString('en')})`, topMention),
          ...rows(`mention of a median entity (${median.mentionCount})`, medianMention),
        ];
      } finally {
        store.close();
      }
    },
  };
}
