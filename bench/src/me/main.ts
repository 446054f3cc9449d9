import { randomBytes } from 'node:crypto';
import { startBenchServers } from '../bench-servers';
import { graphqlHttp, signInHttp } from '../matching/graphql-http';
import { startBenchApi } from '../matching/bench-api';
import { measure } from '../measure';

const RUNS = Number(process.env.BENCH_ME_RUNS ?? 5_000);
/** Demo data of `npm start` in development: the sign-in the README gives. */
const DEMO_ADMIN = { email: 'admin@demo.ipl.example', password: 'Insieme-Demo-2026' };

/**
 * `node dist/bench/src/me/main.js` after `node scripts/build.cjs`: the floor of any
 * authenticated request, an `{ me { id } }` through an API process of its own (main.js, as
 * production runs it), one client, on durable PostgreSQL (fsync and synchronous commit on).
 * The process signs one user in and answers RUNS requests after a tenth as many untimed.
 */
async function main(): Promise<void> {
  const servers = await startBenchServers(process.env, { durable: true });
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
      const timing = await measure(me, RUNS);
      process.stdout.write(
        `authenticated me, ${RUNS} requests, one client: p50 ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms, ${refused} answered with an error\n`,
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
