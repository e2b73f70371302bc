import { statSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../../../main/interchange/export-formats';
import { readExportSet, type ExportSet } from '../../../main/interchange/export-set';
import { bundleFormat } from '../../../main/interchange/formats/bundle/bundle-export';
import { importAnnotationFiles } from '../../../main/interchange/import/import-annotation-files';
import { writeExportOutput } from '../../../main/interchange/write-export';
import { ProjectStore } from '../../../main/store/project-store';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject, corpusSize } from '../corpus-workload';
import { percentile } from '../statistics';
import { pick, seededRandom } from '../seeded-random';
import { outputSize } from '../output-size';

const QUERIES = 200;
const TOP_ENTITIES = 50;
const RANDOM_ENTITIES = 150;
const IMPORT_ARTICLES = 1_000;
/** A format whose 10 % run predicts more than this for the whole corpus is measured on the 10 % only. */
const FULL_EXPORT_LIMIT_SECONDS = 180;
const QUERY_WORDS = [
  'Sicherheit',
  'Präsident',
  'Föderation',
  'Zusammenarbeit',
  'security',
  'Moscow',
  'delegation',
  'Пекин',
  'переговоры',
  'همکاری',
  'بیانیه',
  '北京',
  '合作',
  'Grüße',
];

const noProgress = { articleDone: () => undefined };
/** Whether each format ran on all articles or the 10 %, decided in the first run so every run has the same rows. */
const exportPlan = new Map<string, boolean>();

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function annotationCount(set: ExportSet): number {
  let count = 0;
  for (const { annotations } of set.articles) count += annotations.length;
  return count;
}

/** Builds the format's output for `set` and writes it under `workDir`; seconds for each, or the error. */
function exportOnce(
  set: ExportSet,
  format: (typeof EXPORT_FORMATS)[number],
  workDir: string,
  tag: string,
): { build: number; write: number; bytes: number } | { error: string } {
  const destination = join(workDir, `${tag}-${format.id}${format.extension === null ? '' : `.${format.extension}`}`);
  try {
    const started = performance.now();
    const output = format.export(set, noProgress);
    const build = seconds(started);
    const writeStarted = performance.now();
    writeExportOutput(output, destination);
    const write = seconds(writeStarted);
    console.log(`    ${tag} ${format.id}: build ${build.toFixed(2)} s, write ${write.toFixed(2)} s`);
    return { build, write, bytes: outputSize(destination) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * The corpus-scale benchmark (issue "corpus scale"): a project of 10,000 articles and 1,000,000
 * annotations at scale 1, generated once and cached (corpus-workload.ts), then measured: opening it,
 * full-text and entity-mention queries, exporting it in every format, importing a native bundle of
 * 1,000 of its articles into an empty project, and its size on disk.
 */
export function corpusScale(scale: number): Benchmark {
  const size = corpusSize(scale);
  const label = scale === 1 ? '' : ` (scale ${scale})`;
  return {
    name: 'corpus-1m',
    description: `Corpus of ${size.articles.toLocaleString('en')} articles, ~${(size.articles * 100).toLocaleString('en')} annotations, ${size.entities.toLocaleString('en')} entities${label}: open, queries, export, import, size`,
    async run(workDir) {
      const corpus = corpusProject(scale);
      const results: Measurement[] = [
        { metric: 'corpus annotations', value: corpus.annotations, unit: 'annotations' },
        { metric: 'corpus relations', value: corpus.relations, unit: 'relations' },
        // Same metric name whether generated now or cached, so JSON files compare row by row.
        { metric: 'generation time', value: corpus.generationSeconds, unit: 's' },
        {
          metric: 'annotation insert (store, undo journal)',
          value: corpus.annotationsPerSecond,
          unit: 'annotations/s',
        },
        { metric: 'database size', value: statSync(corpus.path).size / 1024 / 1024, unit: 'MiB' },
      ];
      if (!corpus.generatedNow) console.log(`    (project from the cache: ${corpus.path})`);
      const log = (m: Measurement) => {
        results.push(m);
        console.log(`    ${m.metric}: ${m.value.toFixed(2)} ${m.unit}`);
      };

      // Opening: integrity check, configuration, schema check, then the article list the library shows.
      let started = performance.now();
      const store = ProjectStore.open(corpus.path);
      const openOnly = performance.now() - started;
      const articles = store.listArticles();
      log({ metric: 'project open + article list', value: performance.now() - started, unit: 'ms' });
      log({ metric: 'of which ProjectStore.open', value: openOnly, unit: 'ms' });
      if (articles.length !== corpus.articles) throw new Error(`the corpus lists ${articles.length} articles`);

      try {
        const random = seededRandom(23);
        const querySamples: number[] = [];
        for (let q = 0; q < QUERIES; q++) {
          const query =
            q % 5 === 0
              ? `source:"Source ${q % 40}" ${pick(random, QUERY_WORDS)}`
              : q % 5 === 1
                ? `${pick(random, QUERY_WORDS)} ${pick(random, QUERY_WORDS)}`
                : pick(random, QUERY_WORDS).slice(0, 3 + (q % 6));
          started = performance.now();
          store.search(query, 50);
          querySamples.push(performance.now() - started);
        }
        log({ metric: 'full-text query p50', value: percentile(querySamples, 50), unit: 'ms' });
        log({ metric: 'full-text query p95', value: percentile(querySamples, 95), unit: 'ms' });

        started = performance.now();
        const entities = store.listEntities();
        log({ metric: 'entity list (with mention counts)', value: performance.now() - started, unit: 'ms' });
        const byMentions = [...entities].sort((a, b) => b.mentionCount - a.mentionCount || a.id - b.id);
        const top = byMentions.slice(0, TOP_ENTITIES);
        const rest = byMentions.slice(TOP_ENTITIES);
        const chosen = [...top, ...Array.from({ length: RANDOM_ENTITIES }, () => pick(random, rest))];
        const mentionSamples: number[] = [];
        for (const entity of chosen) {
          started = performance.now();
          store.entityMentions(entity.id);
          mentionSamples.push(performance.now() - started);
        }
        log({ metric: 'most mentions of one entity', value: top[0]?.mentionCount ?? 0, unit: 'mentions' });
        log({ metric: 'entity mentions p50', value: percentile(mentionSamples, 50), unit: 'ms' });
        log({ metric: 'entity mentions p95', value: percentile(mentionSamples, 95), unit: 'ms' });
        log({ metric: 'entity mentions max', value: percentile(mentionSamples, 100), unit: 'ms' });

        // Export: each format reads the snapshot article by article as it builds and writes its
        // output into the run's temp folder. A format is first run on the first 10 % of the
        // articles; only if that predicts at most 3 minutes does it run on all.
        const ids = articles.map(({ id }) => id);
        const set = readExportSet(store, ids);
        const tenth = readExportSet(store, ids.slice(0, Math.ceil(ids.length / 10)));
        log({ metric: 'annotations in the 10 % export subset', value: annotationCount(tenth), unit: 'annotations' });
        for (const format of EXPORT_FORMATS) {
          const sample = exportOnce(tenth, format, workDir, 'tenth');
          if ('error' in sample) {
            console.log(`    export ${format.id} (10 %) failed: ${sample.error}`);
            log({ metric: `export ${format.id} 10 % FAILED`, value: Number.NaN, unit: 's' });
            continue;
          }
          const predicted = (sample.build + sample.write) * 10;
          const runFull = exportPlan.get(format.id) ?? predicted <= FULL_EXPORT_LIMIT_SECONDS;
          const full = runFull ? exportOnce(set, format, workDir, 'full') : undefined;
          exportPlan.set(format.id, full !== undefined && !('error' in full));
          if (full !== undefined && !('error' in full)) {
            log({ metric: `export ${format.id}`, value: full.build + full.write, unit: 's' });
            log({ metric: `  ${format.id} output`, value: full.bytes / 1024 / 1024, unit: 'MiB' });
          } else {
            const why = full === undefined ? `predicted ${predicted.toFixed(0)} s` : full.error;
            if (full !== undefined) console.log(`    export ${format.id} (all) failed: ${full.error}`);
            console.log(`    export ${format.id}: on the first 10 % only (whole corpus: ${why})`);
            log({ metric: `export ${format.id} (10 % only)`, value: sample.build + sample.write, unit: 's' });
            log({ metric: `  ${format.id} output (10 %)`, value: sample.bytes / 1024 / 1024, unit: 'MiB' });
          }
        }

        // Import: a native bundle of the first 1,000 articles into an empty project.
        const importSet = readExportSet(store, ids.slice(0, IMPORT_ARTICLES));
        const bundlePath = join(workDir, 'import.awb.json');
        writeExportOutput(bundleFormat.export(importSet, noProgress), bundlePath);
        const target = ProjectStore.create(join(workDir, 'import target.awb'));
        started = performance.now();
        const report = await importAnnotationFiles(target, [bundlePath]);
        const importSeconds = seconds(started);
        target.close();
        const imported = annotationCount(importSet);
        if (report.problems.length > 0) {
          throw new Error(`bundle import refused: ${report.problems[0]?.message ?? ''}`);
        }
        log({ metric: `bundle import (${importSet.articles.length} articles)`, value: importSeconds, unit: 's' });
        log({ metric: 'bundle import throughput', value: imported / importSeconds, unit: 'annotations/s' });
      } finally {
        store.close();
      }
      return results;
    },
  };
}
