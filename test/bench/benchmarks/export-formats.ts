import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../../../main/interchange/export-formats';
import type { ExportFormat } from '../../../main/interchange/export-format';
import { runExport } from '../../../main/interchange/export-jobs/run-export';
import { ProjectStore } from '../../../main/store/project-store';
import type { Annotation, NewAnnotation } from '../../../shared/model/annotation';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import type { Benchmark } from '../benchmark';
import { plainArticle } from '../generated-text';
import { pick, seededRandom } from '../seeded-random';
import { outputSize } from '../output-size';
import { type Span, wordSpans } from '../word-spans';

const ARTICLES = 200;
const ANNOTATIONS_PER_ARTICLE = 500;
const ANNOTATIONS = ARTICLES * ANNOTATIONS_PER_ARTICLE;
const ENTITIES = 2_000;
const CLAIM_EVERY = 10;
const RELATION_EVERY = 8;
const DISCONTINUOUS_EVERY = 25;

/**
 * The project every export benchmark reads: 200 multilingual articles with 100,000 annotations
 * (entity mentions linked to 2,000 entities, one in ten a claim with attributes and claimant, some
 * discontinuous) and 12,500 relations. Exports only read, so it is generated once per bench run.
 */
let generated: string | undefined;

function generateProject(): string {
  if (generated !== undefined) return generated;
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-export-project-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'Export bench.awb');
  const store = ProjectStore.create(path);
  const random = seededRandom(7);
  const labels = store.listLabels();
  const entityTypes = labels.filter((label) => label.kind === 'entity').map((label) => label.id);
  const ofKind = (kind: string) => labels.filter((label) => label.kind === kind && label.parentId === null);
  const claim = pick(random, ofKind('claim')).id;
  const saidBy = pick(random, ofKind('relation')).id;
  const attributes = labels.filter((label) => label.kind === 'claim-attribute' && label.parentId === null);
  const entities = Array.from({ length: ENTITIES }, (_, i) =>
    store.createEntity({
      typeLabelId: pick(random, entityTypes),
      name: `Entity ${i}`,
      externalIds: i % 3 === 0 ? [{ scheme: 'wikidata', value: `Q${i + 1}` }] : [],
    }),
  );
  for (let a = 0; a < ARTICLES; a++) {
    let text = plainArticle(random, 40);
    while (wordSpans(text).length < ANNOTATIONS_PER_ARTICLE * 2) text += `\n\n${plainArticle(random, 10)}`;
    const { id: articleId } = store.createArticle({
      title: `Bench article ${a}`,
      text,
      blocks: plainTextBlocks(text),
      links: [],
      metadata: { source: 'Bench', url: null, author: null, publishedAt: '2025-02-28', language: null },
      original: { bytes: Buffer.from(`${a}\n${text}`), name: `${a}.txt`, type: 'text/plain', encoding: 'utf-8' },
    });
    const spans = wordSpans(text);
    const step = Math.floor(spans.length / ANNOTATIONS_PER_ARTICLE);
    const inputs: NewAnnotation[] = Array.from({ length: ANNOTATIONS_PER_ARTICLE }, (_, i) => {
      const word = spans[i * step] as Span;
      const next = spans[i * step + 1] as Span;
      // Adjacent CJK words touch; a discontinuous span needs text between its pieces.
      const fragments = i % DISCONTINUOUS_EVERY === 0 && next.start > word.end ? [word, next] : [word];
      if (i % CLAIM_EVERY === 0) {
        const values = Object.fromEntries(
          attributes.map((attribute) => [
            attribute.id,
            pick(
              random,
              labels.filter((label) => label.parentId === attribute.id),
            ).id,
          ]),
        );
        return {
          articleId,
          labelId: claim,
          fragments,
          claim: { claimantEntityId: pick(random, entities).id, aboutEntityIds: [], attributes: values },
        };
      }
      const entity = pick(random, entities);
      return { articleId, labelId: entity.typeLabelId, fragments, entityId: entity.id };
    });
    const created = store.createAnnotations(inputs);
    for (let i = 0; i + 1 < created.length; i += RELATION_EVERY) {
      const [source, target] = created.slice(i, i + 2) as [Annotation, Annotation];
      store.createRelation({ typeLabelId: saidBy, sourceAnnotationId: source.id, targetAnnotationId: target.id });
    }
  }
  store.close();
  generated = path;
  return path;
}

function exportBenchmark(format: ExportFormat): Benchmark {
  return {
    name: `export-${format.id}`,
    description: `Export ${ANNOTATIONS.toLocaleString('en')} annotations in ${ARTICLES} articles as ${format.name} (snapshot, build, atomic write)`,
    async run(workDir) {
      const project = generateProject();
      const store = ProjectStore.openForReading(project);
      const destination = join(workDir, format.extension === null ? 'export' : `export.${format.extension}`);
      const started = performance.now();
      const report = runExport(
        store,
        { jobId: 'bench', formatId: format.id, scope: { kind: 'project' }, destination },
        { onProgress: () => undefined, isCancelled: () => false },
      );
      const seconds = (performance.now() - started) / 1000;
      store.close();
      if (report.outcome !== 'written') throw new Error(`export-${format.id} failed: ${report.message ?? ''}`);
      return [
        { metric: 'export time', value: seconds, unit: 's' },
        { metric: 'annotations per second', value: report.annotations / seconds, unit: 'annotations/s' },
        { metric: 'output size', value: outputSize(destination) / 1024 / 1024, unit: 'MiB' },
      ];
    },
  };
}

/** One benchmark per registered export format, all on the same generated project. */
export const exportBenchmarks: readonly Benchmark[] = EXPORT_FORMATS.map(exportBenchmark);
