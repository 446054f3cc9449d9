import { performance } from 'node:perf_hooks';
import { startBenchServers } from './bench-servers';
import { benchLoading } from './loading.bench';
import { benchMatching } from './matching/matching.bench';
import { matchingReport } from './matching/matching-report';
import { report } from './measure';
import { benchRequestLimits } from './request-limits.bench';
import { benchSearchClient } from './search-client.bench';

/**
 * `npm run bench`: the platform's measured choices, each against its alternative in the same
 * run on the same machine, printed as timings and ratios, then the full-size matching bench of
 * issue 5. Real servers on throw-away data; nothing here is a test with a time limit.
 *
 * BENCH_SCALE (default 1: 100,000 candidates, 20,000 slots) shrinks the data set, e.g. 0.1 for
 * a quick check, 0 to skip the matching bench; BENCH_SEED picks another data set;
 * BENCH_IMPORT_CONCURRENCY sets how many importers write at once (default 4), BENCH_IMPORT_WORKERS
 * how many search workers deliver the import (default 4; the measurements keep one).
 */
async function main(): Promise<void> {
  const started = performance.now();
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const seed = Number(process.env.BENCH_SEED ?? 20_260_501);
  const importConcurrency = Number(process.env.BENCH_IMPORT_CONCURRENCY ?? 4);
  const importWorkers = Number(process.env.BENCH_IMPORT_WORKERS ?? 4);
  if (!(scale >= 0) || !Number.isInteger(seed) || !(importConcurrency >= 1) || !(importWorkers >= 1)) {
    throw new Error('BENCH_SCALE must be >= 0, BENCH_SEED an integer, BENCH_IMPORT_CONCURRENCY and BENCH_IMPORT_WORKERS >= 1');
  }
  const servers = await startBenchServers();
  try {
    const comparisons = [await benchSearchClient(servers.meiliUrl, servers.meiliKey, `${servers.prefix}_client`), await benchLoading(await servers.createDatabase('loading')), await benchRequestLimits()];
    process.stdout.write(`${report(comparisons)}\n\n`);
    if (scale > 0) process.stdout.write(`${matchingReport(await benchMatching(servers, { scale, seed, importConcurrency, importWorkers }))}\n\n`);
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
