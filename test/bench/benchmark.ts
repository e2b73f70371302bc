export interface Measurement {
  metric: string;
  value: number;
  unit: string;
}

/** One benchmark: a deterministic workload measured `runs` times; the runner reports medians. */
export interface Benchmark {
  name: string;
  description: string;
  run(workDir: string): Promise<Measurement[]>;
}
