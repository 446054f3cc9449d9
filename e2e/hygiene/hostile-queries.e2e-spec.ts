import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { freePort } from '@ipl/embedded-servers';
import { createTestDatabase, type GraphqlError, type TestDatabase } from '@ipl/testing';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { startMain, waitForHealth, type StartedMain } from '../process/main-process';
import { hostileQuery } from './hostile-query.generator';

const SEED = 20261207;
const RUNS = 200;
const WARM_UP_RUNS = 30;
/**
 * The target: at most 2 s of work for an answer, whatever a client asked, counted as the CPU
 * time the API process spent on it (/proc, GC threads included). The API runs as production
 * runs it, in a process of its own: measured inside jest's worker, a 200 ms query cost 3.4 s of
 * CPU once that worker's heap had grown to 1.5 GB with earlier test files. Wall-clock time also
 * counts the machine's other work, so it is only held to "never hangs".
 */
const WORK_WITHIN_MS = 2_000;
const ANSWER_WITHIN_MS = 10_000;
/** Growth of the API's resident memory over its size after the warm-up: it must not grow with what a request asks. */
const RSS_GROWTH_BOUND_MIB = 512;
const CLOCK_TICK_MS = 10;

interface Answer {
  status: number;
  data: unknown;
  errors: GraphqlError[] | undefined;
}

interface Worst {
  ms: number;
  cpuMs: number;
  rssMiB: number;
  rssGrowthMiB: number;
  query: string;
  outcomes: Record<string, number>;
}

/** User and system CPU time of a process so far, from /proc (in clock ticks of 10 ms). */
async function cpuMsOf(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}

async function rssMiBOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** `data`, or the error codes and reasons a response carries, e.g. `FORBIDDEN/ACCESS_DENIED`; Apollo's own errors by their message's start. */
function outcomeOf(answer: Answer): string {
  if (!answer.errors?.length) return 'data';
  const kinds = answer.errors.map((error) => `${error.extensions?.code}/${error.extensions?.reason ?? error.message.slice(0, 40)}`);
  return [...new Set(kinds)].sort().join(' ');
}

describe('hostile queries generated from the schema', () => {
  let database: TestDatabase;
  let api: StartedMain;
  let tokens: Record<string, string | undefined>;
  const worst: Worst = { ms: 0, cpuMs: 0, rssMiB: 0, rssGrowthMiB: 0, query: '', outcomes: {} };

  async function ask(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS * 2),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  async function signIn(email: string): Promise<string> {
    const answer = await ask('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } });
    const token = (answer.data as { login?: { accessToken: string } } | null)?.login?.accessToken;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
    return token;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    api = startMain({
      DATABASE_URL: database.url,
      MEILI_URL: process.env.MEILI_URL ?? '',
      MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
      MEILI_INDEX_PREFIX: `h${randomBytes(5).toString('hex')}`,
      PORT: String(await freePort()),
      DEMO_SEED: 'true',
    });
    await waitForHealth(api);
    tokens = {
      anonymous: undefined,
      ADMIN: await signIn('admin@demo.ipl.example'),
      COMPANY_HR: await signIn('hr.reno@demo.ipl.example'),
    };
  }, 120_000);

  afterAll(async () => {
    const results = join(__dirname, '../../test-results');
    mkdirSync(results, { recursive: true });
    const summary = {
      seed: SEED,
      runs: RUNS,
      worstCpuMs: worst.cpuMs,
      worstMs: worst.ms,
      maxRssMiB: Math.round(worst.rssMiB),
      maxRssGrowthMiB: Math.round(worst.rssGrowthMiB),
      costliestQuery: worst.query,
      outcomes: worst.outcomes,
    };
    writeFileSync(join(results, 'hostile-queries.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`hostile queries: worst ${worst.cpuMs} ms of the API's CPU, ${worst.ms} ms of wall clock, API RSS at most ${summary.maxRssMiB} MiB (+${summary.maxRssGrowthMiB} MiB)`, summary.outcomes);
    if (api) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    await database?.drop();
  });

  it('answers every one with at most 2 s of the API’s work, never hanging, with data or a typed error, never a 500 or INTERNAL, with bounded memory', async () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.gql'), 'utf8'));
    const pid = api.child.pid ?? 0;
    // The first requests after a boot pay for loading and compiling the resolvers' code paths,
    // whatever they ask: a warm-up on other generated queries, measured by nothing.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('anonymous', 'ADMIN', 'COMPANY_HR'), fc.gen(), async (caller, g) => {
        const { query, variables } = hostileQuery(schema, g);
        await ask(query, variables, tokens[caller]);
      }),
      { seed: SEED + 1, numRuns: WARM_UP_RUNS },
    );
    const rssBefore = await rssMiBOf(pid);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('anonymous', 'ADMIN', 'COMPANY_HR'), fc.gen(), async (caller, g) => {
        const { query, variables } = hostileQuery(schema, g);
        const cpuBefore = await cpuMsOf(pid);
        const started = performance.now();
        const answer = await ask(query, variables, tokens[caller]);
        const ms = Math.round(performance.now() - started);
        const cpuMs = (await cpuMsOf(pid)) - cpuBefore;
        const rss = await rssMiBOf(pid);

        const outcome = outcomeOf(answer);
        worst.outcomes[outcome] = (worst.outcomes[outcome] ?? 0) + 1;
        if (cpuMs > worst.cpuMs) Object.assign(worst, { cpuMs, query });
        worst.ms = Math.max(worst.ms, ms);
        worst.rssMiB = Math.max(worst.rssMiB, rss);
        worst.rssGrowthMiB = Math.max(worst.rssGrowthMiB, rss - rssBefore);

        try {
          expect([200, 400]).toContain(answer.status);
          expect(answer.data !== null || (answer.errors?.length ?? 0) > 0).toBe(true);
          for (const error of answer.errors ?? []) {
            expect(typeof error.extensions?.code).toBe('string');
            expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
          expect(cpuMs).toBeLessThan(WORK_WITHIN_MS);
          expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
          expect(rss - rssBefore).toBeLessThan(RSS_GROWTH_BOUND_MIB);
        } catch (failure) {
          // fast-check reports the drawn numbers, not the query they made.
          console.log(JSON.stringify({ caller, query, variables, status: answer.status, ms, cpuMs, errors: answer.errors }, null, 2));
          throw failure;
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Still serving after all of them.
    expect((await ask('{ districts { code } }', {})).data).toEqual({ districts: expect.any(Array) as unknown });
    expect(api.child.exitCode).toBeNull();
  }, 120_000);
});
