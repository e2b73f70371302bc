import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark, Measurement } from '../benchmark';
import { corpusProject, corpusSize } from '../corpus-workload';
import { outputSize } from '../output-size';

const run = promisify(execFile);
/** Next to out/bench/run-bench.mjs once built. */
const CLI = join(import.meta.dirname, '..', 'cli', 'awb.mjs');
const FORMATS = [
  { id: 'bundle', file: 'corpus.awb.json' },
  { id: 'w3c', file: 'corpus.jsonld' },
] as const;

/*
 * Loaded into the child before the command-line program: as the process exits it writes its peak
 * resident set (the kernel's high-water mark, worker threads and SQLite's cache included) where
 * the benchmark reads it.
 */
const PEAK_RECORDER = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.AWB_BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
`;

/**
 * Peak memory of exporting the whole corpus-scale project (1,000,000 annotations at scale 1) to
 * the native bundle and to W3C Web Annotation, each in a fresh child process running the
 * command-line export (same snapshot, formats and atomic write as the app's export worker), so
 * nothing the bench itself holds counts. Target: under 500 MB.
 */
export function exportMemory(scale: number): Benchmark {
  const size = corpusSize(scale);
  return {
    name: 'export-memory',
    description: `Peak RSS of exporting the corpus of ${size.articles.toLocaleString('en')} articles to the bundle and W3C formats`,
    async run(workDir) {
      const corpus = corpusProject(scale);
      const recorder = join(workDir, 'record-peak.cjs');
      writeFileSync(recorder, PEAK_RECORDER);
      const results: Measurement[] = [];
      for (const format of FORMATS) {
        const peakFile = join(workDir, `${format.id}.peak`);
        const destination = join(workDir, format.file);
        const started = performance.now();
        await run(
          process.execPath,
          ['--require', recorder, CLI, 'export', corpus.path, '--format', format.id, destination],
          {
            env: { ...process.env, AWB_BENCH_PEAK_FILE: peakFile },
            maxBuffer: 1 << 24,
          },
        );
        const seconds = (performance.now() - started) / 1000;
        const peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024;
        console.log(`    ${format.id}: peak RSS ${peakMb.toFixed(0)} MB, ${seconds.toFixed(1)} s`);
        results.push(
          { metric: `${format.id}: peak RSS`, value: peakMb, unit: 'MB' },
          { metric: `${format.id}: export time`, value: seconds, unit: 's' },
          { metric: `${format.id}: output size`, value: outputSize(destination) / 1024 / 1024, unit: 'MiB' },
        );
      }
      return results;
    },
  };
}
