import { performance } from 'node:perf_hooks';
import { labelledQualityThroughApi } from '../labelled/through-api';
import { durabilityOf, startBenchServers } from './bench-servers';
import { benchLoading } from './loading.bench';
import { benchMatching } from './matching/matching.bench';
import { matchingReport } from './matching/matching-report';
import { note } from './matching/parallel';
import { report } from './measure';
import { benchRequestLimits } from './request-limits.bench';
import { benchSearchClient } from './search-client.bench';
import { targetsReport } from './targets';

/** The sizes `--size` names, as a share of the full data set (100,000 profiles, 20,000 slots). */
const SIZES: Record<string, number> = { full: 1, small: 0.05 };

/** `--size=small` (or `--size small`) wins over BENCH_SCALE; the full size is the default. */
function scaleOf(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const at = argv.findIndex((arg) => arg === '--size' || arg.startsWith('--size='));
  if (at < 0) return Number(env.BENCH_SCALE ?? 1);
  const size = argv[at].includes('=') ? argv[at].slice('--size='.length) : (argv[at + 1] ?? '');
  const scale = SIZES[size];
  if (scale === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  return scale;
}

/**
 * `npm run bench`: the platform's measured choices, each against its alternative in the same
 * run on the same machine, printed as timings and ratios, then the matching bench and issue
 * 17's table of targets, every row measured in this one run. Real servers on throw-away data,
 * PostgreSQL durable as in production; nothing here is a test with a time limit.
 *
 * `--size small` (5,000 profiles, 1,000 slots: a few minutes) or BENCH_SCALE (default 1: 100,000
 * and 20,000; 0 skips the matching bench) sizes the data set; BENCH_SEED picks another data set;
 * BENCH_IMPORT_CONCURRENCY sets how many importers write at once (default 4),
 * BENCH_IMPORT_WORKERS how many search workers deliver the import (default 4; the measurements keep one).
 */
async function main(): Promise<void> {
  const started = performance.now();
  const scale = scaleOf(process.argv.slice(2), process.env);
  const seed = Number(process.env.BENCH_SEED ?? 20_260_501);
  const importConcurrency = Number(process.env.BENCH_IMPORT_CONCURRENCY ?? 4);
  const importWorkers = Number(process.env.BENCH_IMPORT_WORKERS ?? 4);
  if (!(scale >= 0) || !Number.isInteger(seed) || !(importConcurrency >= 1) || !(importWorkers >= 1)) {
    throw new Error('BENCH_SCALE must be >= 0, BENCH_SEED an integer, BENCH_IMPORT_CONCURRENCY and BENCH_IMPORT_WORKERS >= 1');
  }
  const servers = await startBenchServers();
  try {
    const durability = await durabilityOf(await servers.createDatabase('settings'));
    process.stdout.write(
      `PostgreSQL durability, as the server runs it: ${Object.entries(durability)
        .map(([name, setting]) => `${name}=${setting}`)
        .join(', ')} (production runs all three on: a commit is on disk when acknowledged)\n\n`,
    );
    const comparisons = [await benchSearchClient(servers.meiliUrl, servers.meiliKey, `${servers.prefix}_client`), await benchLoading(await servers.createDatabase('loading')), await benchRequestLimits()];
    process.stdout.write(`${report(comparisons)}\n\n`);
    if (scale > 0) {
      const matching = await benchMatching(servers, { scale, seed, importConcurrency, importWorkers });
      process.stdout.write(`${matchingReport(matching)}\n\n`);
      note('ranking quality: bench/labelled through the API');
      const quality = await labelledQualityThroughApi(servers);
      process.stdout.write(`${targetsReport(matching, quality)}\n\n`);
    }
    process.stdout.write(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  } finally {
    await servers.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
