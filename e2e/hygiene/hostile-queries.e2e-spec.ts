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
/** The target: an answer within 2 s, whatever a client asked. */
const ANSWER_WITHIN_MS = 2_000;
/**
 * Growth of the test process's heap (the app runs in it) over its size before the first query:
 * it must not grow with what a request asks. Relative, as jest may have run other files in this process.
 */
const HEAP_GROWTH_BOUND_BYTES = 512 * 1_024 * 1_024;
const MIB = 1_048_576;

interface Worst {
  ms: number;
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
  const worst: Worst = { ms: 0, heapUsedBytes: 0, heapGrowthBytes: 0, query: '', outcomes: {} };

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
      maxHeapUsedMiB: Math.round(worst.heapUsedBytes / MIB),
      maxHeapGrowthMiB: Math.round(worst.heapGrowthBytes / MIB),
      slowestQuery: worst.query,
      outcomes: worst.outcomes,
    };
    writeFileSync(join(results, 'hostile-queries.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`hostile queries: worst ${worst.ms} ms, heap at most ${summary.maxHeapUsedMiB} MiB (+${summary.maxHeapGrowthMiB} MiB)`, summary.outcomes);
    await api.close();
  });

  it('answers every one within 2 s with data or a typed error, never a 500 or INTERNAL, with bounded memory', async () => {
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
        const response = await graphql(api.server, query, variables, { token: tokens[caller] });
        const ms = Math.round(performance.now() - started);
        const heapUsed = process.memoryUsage().heapUsed;

        const outcome = outcomeOf(response);
        worst.outcomes[outcome] = (worst.outcomes[outcome] ?? 0) + 1;
        if (ms > worst.ms) Object.assign(worst, { ms, query });
        worst.heapUsedBytes = Math.max(worst.heapUsedBytes, heapUsed);
        worst.heapGrowthBytes = Math.max(worst.heapGrowthBytes, heapUsed - heapBefore);

        try {
          expect([200, 400]).toContain(response.status);
          expect(response.data !== null || (response.errors?.length ?? 0) > 0).toBe(true);
          for (const error of response.errors ?? []) {
            expect(typeof error.extensions?.code).toBe('string');
            expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
          expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
          expect(heapUsed - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND_BYTES);
        } catch (failure) {
          // fast-check reports the drawn numbers, not the query they made.
          console.log(JSON.stringify({ caller, query, variables, status: response.status, ms, errors: response.errors }, null, 2));
          throw failure;
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    await expect(graphqlOk<{ districts: unknown[] }>(api.server, '{ districts { code } }')).resolves.toEqual({ districts: expect.any(Array) as unknown });
  }, 90_000);
});
