import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { graphql, graphqlOk, signIn, type GraphqlResponse, type TestApp } from '@ipl/testing';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { DemoSeedService } from '../../apps/api/src/demo/demo-seed.service';
import { startApi } from '../app';
import { hostileQuery } from './hostile-query.generator';

const SEED = 20261207;
const RUNS = 200;
const WARM_UP_RUNS = 30;
/**
 * The target: at most 2 s of work for an answer, whatever a client asked. Counted as the CPU
 * time the process (server and client, GC threads included) spent on the request: wall-clock
 * time is also what the machine's other work takes (a clean-clone CI run answered a 200 ms
 * query in 2.2 s beside the fault harness's processes), CPU time is what the request cost.
 */
const WORK_WITHIN_MS = 2_000;
/** No request hangs, however loaded the machine. */
const ANSWER_WITHIN_MS = 10_000;
/**
 * Growth of the test process's heap (the app runs in it) over its size before the first query:
 * it must not grow with what a request asks. Relative, as jest may have run other files in this process.
 */
const HEAP_GROWTH_BOUND_BYTES = 512 * 1_024 * 1_024;
const MIB = 1_048_576;

interface Worst {
  ms: number;
  cpuMs: number;
  heapUsedBytes: number;
  heapGrowthBytes: number;
  query: string;
  outcomes: Record<string, number>;
}

/** `data`, or the error codes and reasons a response carries, e.g. `FORBIDDEN/ACCESS_DENIED`; Apollo's own errors by their message's start. */
function outcomeOf(response: GraphqlResponse<unknown>): string {
  if (!response.errors?.length) return 'data';
  const kinds = response.errors.map((error) => `${error.extensions?.code}/${error.extensions?.reason ?? error.message.slice(0, 40)}`);
  return [...new Set(kinds)].sort().join(' ');
}

describe('hostile queries generated from the schema', () => {
  let api: TestApp;
  let tokens: Record<string, string | undefined>;
  const worst: Worst = { ms: 0, cpuMs: 0, heapUsedBytes: 0, heapGrowthBytes: 0, query: '', outcomes: {} };

  beforeAll(async () => {
    api = await startApi();
    await api.app.get(DemoSeedService).seed();
    tokens = {
      anonymous: undefined,
      ADMIN: (await signIn(api.server, 'admin@demo.ipl.example', DEMO_PASSWORD)).accessToken,
      COMPANY_HR: (await signIn(api.server, 'hr.reno@demo.ipl.example', DEMO_PASSWORD)).accessToken,
    };
  });

  afterAll(async () => {
    const results = join(__dirname, '../../test-results');
    mkdirSync(results, { recursive: true });
    const summary = {
      seed: SEED,
      runs: RUNS,
      worstMs: worst.ms,
      worstCpuMs: worst.cpuMs,
      maxHeapUsedMiB: Math.round(worst.heapUsedBytes / MIB),
      maxHeapGrowthMiB: Math.round(worst.heapGrowthBytes / MIB),
      costliestQuery: worst.query,
      outcomes: worst.outcomes,
    };
    writeFileSync(join(results, 'hostile-queries.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`hostile queries: worst ${worst.cpuMs} ms of CPU, ${worst.ms} ms of wall clock, heap at most ${summary.maxHeapUsedMiB} MiB (+${summary.maxHeapGrowthMiB} MiB)`, summary.outcomes);
    await api.close();
  });

  it('answers every one with at most 2 s of work, never hanging, with data or a typed error, never a 500 or INTERNAL, with bounded memory', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    // The first requests after a boot pay for loading and compiling the resolvers' code paths,
    // whatever they ask: a warm-up on other generated queries, timed by nothing, so that the 2 s
    // below measure what a query's shape costs.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('anonymous', 'ADMIN', 'COMPANY_HR'), fc.gen(), async (caller, g) => {
        const { query, variables } = hostileQuery(schema, g);
        await graphql(api.server, query, variables, { token: tokens[caller] });
      }),
      { seed: SEED + 1, numRuns: WARM_UP_RUNS },
    );
    const heapBefore = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('anonymous', 'ADMIN', 'COMPANY_HR'), fc.gen(), async (caller, g) => {
        const { query, variables } = hostileQuery(schema, g);
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const response = await graphql(api.server, query, variables, { token: tokens[caller] });
        const ms = Math.round(performance.now() - started);
        const cpu = process.cpuUsage(cpuBefore);
        const cpuMs = Math.round((cpu.user + cpu.system) / 1_000);
        const heapUsed = process.memoryUsage().heapUsed;

        const outcome = outcomeOf(response);
        worst.outcomes[outcome] = (worst.outcomes[outcome] ?? 0) + 1;
        if (cpuMs > worst.cpuMs) Object.assign(worst, { cpuMs, query });
        worst.ms = Math.max(worst.ms, ms);
        worst.heapUsedBytes = Math.max(worst.heapUsedBytes, heapUsed);
        worst.heapGrowthBytes = Math.max(worst.heapGrowthBytes, heapUsed - heapBefore);

        try {
          expect([200, 400]).toContain(response.status);
          expect(response.data !== null || (response.errors?.length ?? 0) > 0).toBe(true);
          for (const error of response.errors ?? []) {
            expect(typeof error.extensions?.code).toBe('string');
            expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
          expect(cpuMs).toBeLessThan(WORK_WITHIN_MS);
          expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
          expect(heapUsed - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND_BYTES);
        } catch (failure) {
          // fast-check reports the drawn numbers, not the query they made.
          console.log(JSON.stringify({ caller, query, variables, status: response.status, ms, cpuMs, errors: response.errors }, null, 2));
          throw failure;
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    await expect(graphqlOk<{ districts: unknown[] }>(api.server, '{ districts { code } }')).resolves.toEqual({ districts: expect.any(Array) as unknown });
  }, 90_000);
});
