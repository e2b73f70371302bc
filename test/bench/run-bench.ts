import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Benchmark, Measurement } from './benchmark';
import { analysisTables } from './benchmarks/analysis-tables';
import { analysisCharts } from './benchmarks/analysis-charts';
import { analysisNetworks } from './benchmarks/analysis-networks';
import { articleBreakdown } from './benchmarks/article-breakdown';
import { articleScale } from './benchmarks/article-scale';
import { changeSetCost } from './benchmarks/change-sets';
import { coldStart } from './benchmarks/cold-start';
import { corpusScale } from './benchmarks/corpus-scale';
import { corpusSuggestions } from './benchmarks/corpus-suggestions';
import { exportBenchmarks } from './benchmarks/export-formats';
import { exportMemory } from './benchmarks/export-memory';
import { importThroughput } from './benchmarks/import-throughput';
import { layerImport } from './benchmarks/layer-import';
import { mainLoopStall } from './benchmarks/main-loop-stall';
import { registrySuggestions } from './benchmarks/registry-suggestions';
import { searchLatency } from './benchmarks/search-latency';
import { teamAgreement } from './benchmarks/team-agreement';
import { chromiumVersion } from './browser-host-process';
import { median } from './statistics';

/*
 * `npm run bench [-- --out results.json --runs 3 --only name]`: deterministic workloads, each run
 * several times in a fresh folder; prints a table of medians and writes all samples as JSON so
 * runs on different commits or machines can be compared. Never part of `npm test`.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    // Size of the corpus-1m project relative to 10,000 articles and 1,000,000 annotations.
    scale: { type: 'string', default: '1' },
  },
});
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number, not ${values.scale}`);
const BENCHMARKS: readonly Benchmark[] = [
  importThroughput,
  layerImport,
  searchLatency,
  articleScale,
  articleBreakdown,
  coldStart,
  ...exportBenchmarks,
  corpusScale(scale),
  changeSetCost(scale),
  mainLoopStall(scale),
  exportMemory(scale),
  registrySuggestions,
  corpusSuggestions(scale),
  analysisTables(scale),
  analysisCharts(scale),
  analysisNetworks(scale),
  teamAgreement,
];
const runs = Math.max(1, Number(values.runs));
const selected = BENCHMARKS.filter((b) => values.only === undefined || values.only.split(',').includes(b.name));

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  chromium: chromiumVersion(),
};
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`,
);

/** The 1-, 5- and 15-minute load averages: other work on the machine skews every number. */
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const results: {
  benchmark: string;
  description: string;
  loadAverage: { before: string; after: string };
  samples: Measurement[][];
  median: Measurement[];
}[] = [];
for (const benchmark of selected) {
  const samples: Measurement[][] = [];
  const before = load();
  for (let run = 0; run < runs; run++) {
    const workDir = mkdtempSync(join(tmpdir(), `workbench-bench-${benchmark.name}-`));
    try {
      samples.push(await benchmark.run(workDir));
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  const medians = (samples[0] ?? []).map((first, index) => ({
    ...first,
    value: median(samples.map((sample) => sample[index]?.value ?? Number.NaN)),
  }));
  const loadAverage = { before, after: load() };
  results.push({
    benchmark: benchmark.name,
    description: benchmark.description,
    loadAverage,
    samples,
    median: medians,
  });
  console.log(`\n${benchmark.name} — ${benchmark.description} (median of ${runs})`);
  console.log(
    `  load average (1, 5, 15 min): ${loadAverage.before} before, ${loadAverage.after} after, ${cpus().length} cores`,
  );
  for (const m of medians) console.log(`  ${m.metric.padEnd(44)} ${m.value.toFixed(2).padStart(12)} ${m.unit}`);
}

if (values.out !== undefined) {
  writeFileSync(values.out, JSON.stringify({ date: new Date().toISOString(), machine, runs, scale, results }, null, 2));
  console.log(`\nResults written to ${values.out}`);
}
