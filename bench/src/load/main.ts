import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchServers } from '../bench-servers';
import { startBenchApi } from '../matching/bench-api';
import { note } from '../matching/parallel';
import { reportOnSignal } from './api-memory';
import { loadReport } from './load-report';
import { LoadMix } from './mix';
import { runLoad } from './run-load';
import { seedWorld } from './world';

/**
 * `npm run bench:load`: a working day's mix of requests (matches, slot lists, profile writes,
 * proposal transitions, logins) from autocannon on loopback against the API in a process of
 * its own, on a seeded world in a durable PostgreSQL (fsync on, as production) and Meilisearch.
 * It prints throughput, latency percentiles and errors per kind, and the API's memory every
 * 30 s; it asserts nothing about time.
 *
 * BENCH_LOAD_SECONDS (default 300), BENCH_LOAD_CONNECTIONS (default 8), BENCH_LOAD_CANDIDATES
 * (default 3000; slots a tenth, companies a hundredth), BENCH_SEED.
 */
async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 300);
  const connections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 8);
  const candidates = Number(process.env.BENCH_LOAD_CANDIDATES ?? 3000);
  const seed = Number(process.env.BENCH_SEED ?? 20_261_208);
  // Tokens are taken before the run and live at most an hour (the configuration's maximum).
  if (!(seconds >= 1 && seconds <= 3000) || !Number.isInteger(connections) || connections < 1 || !(candidates >= 100) || !Number.isInteger(seed)) {
    throw new Error('BENCH_LOAD_SECONDS must be 1 to 3000, BENCH_LOAD_CONNECTIONS a positive integer, BENCH_LOAD_CANDIDATES at least 100, BENCH_SEED an integer');
  }
  const sizes = { candidates, slots: Math.round(candidates / 10), companies: Math.max(10, Math.round(candidates / 100)), proposals: Math.round(candidates / 60) };
  const servers = await startBenchServers(process.env);
  const reportDirectory = await mkdtemp(join(tmpdir(), 'ipl-bench-load-'));
  try {
    const databaseUrl = await servers.createDatabase('load');
    const api = await startBenchApi({ databaseUrl, meiliUrl: servers.meiliUrl, meiliKey: servers.meiliKey, indexPrefix: servers.prefix });
    try {
      const { world, pairs } = await seedWorld(api, sizes, seed);
      note('the API in a process of its own (dist/apps/api/src/main.js), login throttle at its maximum (AUTH_THROTTLE_PER_MINUTE=1000)');
      const served = await api.startApiProcess({ NODE_OPTIONS: reportOnSignal(reportDirectory), ACCESS_TOKEN_TTL_SECONDS: '3600' });
      try {
        note(`load: ${connections} connections for ${seconds} s`);
        const run = await runLoad(new LoadMix(world, pairs, seed, sizes.proposals), {
          graphqlUrl: served.graphqlUrl,
          apiPid: served.pid,
          reportDirectory,
          seconds,
          connections,
          memoryEverySeconds: 30,
        });
        process.stdout.write(`${loadReport(run, world, connections)}\n`);
      } finally {
        await served.stop();
      }
    } finally {
      await api.close();
    }
  } finally {
    await servers.stop();
    await rm(reportDirectory, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
