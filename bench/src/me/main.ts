import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startBenchServers } from '../bench-servers';
import { graphqlHttp, signInHttp } from '../matching/graphql-http';
import { startBenchApi } from '../matching/bench-api';
import { measure } from '../measure';

const RUNS = Number(process.env.BENCH_ME_RUNS ?? 5_000);
/** Demo data of `npm start` in development: the sign-in the README gives. */
const DEMO_ADMIN = { email: 'admin@demo.ipl.example', password: 'Insieme-Demo-2026' };

/** User + system CPU of a process so far, in ms (Linux: clock ticks of 10 ms in /proc/<pid>/stat). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * `node dist/bench/src/me/main.js` after `node scripts/build.cjs`: the floor of any
 * authenticated request, an `{ me { id } }` through an API process of its own (main.js, as
 * production runs it), one client, on durable PostgreSQL (fsync and synchronous commit on).
 * The process signs one user in and answers RUNS requests after a tenth as many untimed. The
 * API's CPU per request is printed too: on a machine shared with other work the wall-clock
 * figures move with the load, the CPU much less.
 */
async function main(): Promise<void> {
  const servers = await startBenchServers(process.env);
  try {
    const bench = await startBenchApi({
      databaseUrl: await servers.createDatabase('me'),
      meiliUrl: servers.meiliUrl,
      meiliKey: servers.meiliKey,
      indexPrefix: `${servers.prefix}_${randomBytes(3).toString('hex')}`,
    });
    try {
      const api = await bench.startApiProcess({ DEMO_SEED: 'true' });
      const token = await signInHttp(api.graphqlUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
      // A busy machine can push one past the API's time budget: counted, not fatal to the run.
      let refused = 0;
      const me = () => graphqlHttp(api.graphqlUrl, '{ me { id } }', {}, token).catch(() => (refused += 1));
      for (let i = 0; i < RUNS / 10; i += 1) await me();
      refused = 0;
      const cpuBefore = cpuMs(api.pid);
      const timing = await measure(me, RUNS, 0);
      const cpuPerRequest = (cpuMs(api.pid) - cpuBefore) / RUNS;
      process.stdout.write(
        `authenticated me, ${RUNS} requests, one client: p50 ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms, ` +
          `API CPU ${cpuPerRequest.toFixed(2)} ms a request, ${refused} answered with an error\n`,
      );
    } finally {
      await bench.close();
    }
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
