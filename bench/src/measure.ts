import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  p99: number;
}

/** Runs `work` `runs` times after `warmup` untimed runs; milliseconds at the 50th, 95th and 99th percentile. */
export async function measure(work: () => Promise<unknown>, runs: number, warmup = Math.ceil(runs / 10)): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

/** The 50th, 95th and 99th percentile of some samples. */
export function percentiles(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export interface Comparison {
  name: string;
  baseline: { label: string; timing: Timing };
  candidate: { label: string; timing: Timing };
}

/** One line per comparison: both timings and the ratio baseline / candidate, measured in this run. */
export function report(comparisons: Comparison[]): string {
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  return comparisons
    .map(({ name, baseline, candidate }) =>
      [
        name,
        `  ${baseline.label}: p50 ${ms(baseline.timing.p50)}, p95 ${ms(baseline.timing.p95)}`,
        `  ${candidate.label}: p50 ${ms(candidate.timing.p50)}, p95 ${ms(candidate.timing.p95)}`,
        `  ratio (p50): ${(baseline.timing.p50 / candidate.timing.p50).toFixed(1)}x, (p95): ${(baseline.timing.p95 / candidate.timing.p95).toFixed(1)}x`,
      ].join('\n'),
    )
    .join('\n\n');
}
