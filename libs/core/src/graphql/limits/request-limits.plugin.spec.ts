import { ApolloServer, HeaderMap } from '@apollo/server';
import type { QueryBudget } from './query-budget';
import { requestLimitsPlugin, type RequestLimits } from './request-limits.plugin';

const typeDefs = `
  type Query { items(count: Int!): [Item!]! }
  type Mutation { touch(count: Int!): [Item!]! }
  type Item { id: Int! text: String! }
`;

interface Answer {
  status: number | undefined;
  data: unknown;
  errors: { message: string; extensions?: Record<string, unknown> }[];
  resolved: number;
}

/** Lets the event loop turn `count` times, as a resolver waiting on its data would. */
async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * An Apollo server with only the plugin, whose `text` resolvers count their calls. Like the
 * API's resolvers behind QueryBudgetGuard, they check the budget before their work, which
 * starts later for each item (item n after n turns of the event loop).
 */
async function run(query: string, limits: Partial<RequestLimits>, language?: string): Promise<Answer> {
  let resolved = 0;
  const items = (_: unknown, { count }: { count: number }) => Array.from({ length: count }, (_item, id) => ({ id }));
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: { items },
      Mutation: { touch: items },
      Item: {
        text: async ({ id }: { id: number }, _args: unknown, context: { budget?: QueryBudget }) => {
          await turns(id);
          context.budget?.assertLeft();
          resolved += 1;
          return 'x'.repeat(100);
        },
      },
    },
    plugins: [requestLimitsPlugin({ maxCost: 10_000, bounds: { 'Query.items': 50, 'Mutation.touch': 50 }, timeBudgetMs: 1_000, maxResponseBytes: 1_000_000, ...limits })],
  });
  await server.start();
  try {
    const headers = new HeaderMap(language ? [['accept-language', language]] : []);
    const response = await server.executeOperation({ query, http: { method: 'POST', headers, search: '', body: {} } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { status: response.http.status, data, errors: (errors ?? []) as Answer['errors'], resolved };
  } finally {
    await server.stop();
  }
}

/** A clock that moves `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

describe('requestLimitsPlugin', () => {
  it('answers a request within every limit', async () => {
    const answer = await run('{ items(count: 3) { id text } }', {});
    expect(answer.errors).toEqual([]);
    expect(answer.data).toEqual({ items: [0, 1, 2].map((id) => ({ id, text: 'x'.repeat(100) })) });
  });

  it.each([
    ['it-IT', 'Richiesta troppo onerosa (costo 101, limite 100)'],
    ['en', 'Request too costly (cost 101, limit 100)'],
  ])('refuses a costly query with 400 before any resolver runs (%s)', async (language, message) => {
    const answer = await run('{ items(count: 1) { id text } }', { maxCost: 100 }, language);
    expect(answer.status).toBe(400);
    expect(answer.resolved).toBe(0);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([
      {
        message: expect.stringContaining(message) as unknown,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', cost: 101, limit: 100 }) as unknown,
      },
    ]);
  });

  it('stops a query that runs out of time, answering the one error', async () => {
    const answer = await run('{ items(count: 50) { id text } }', { timeBudgetMs: 100, now: steppingClock(5) });
    expect(answer.resolved).toBeGreaterThan(0);
    expect(answer.resolved).toBeLessThan(50);
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      { message: expect.stringContaining('100 ms') as unknown, extensions: expect.objectContaining({ code: 'TIMEOUT', reason: 'QUERY_TIMEOUT', limit: 100 }) as unknown },
    ]);
  });

  it('leaves no rejection unhandled when it stops a list of non-null items', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const answer = await run('{ items(count: 50) { id text } }', { timeBudgetMs: 20, now: steppingClock(1) });
      expect(answer.errors.map((error) => error.extensions?.reason)).toEqual(['QUERY_TIMEOUT']);
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('stops a query whose answer grows over the size cap', async () => {
    const answer = await run('{ items(count: 50) { id text } }', { maxResponseBytes: 1_000 });
    expect(answer.resolved).toBeLessThan(15);
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      { message: expect.stringContaining('1000') as unknown, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', limit: 1_000 }) as unknown },
    ]);
  });

  it("never stops a mutation's result once its resolver ran", async () => {
    const answer = await run('mutation { touch(count: 50) { id text } }', { timeBudgetMs: 10, maxResponseBytes: 100, now: steppingClock(1) });
    expect(answer.errors).toEqual([]);
    expect(answer.resolved).toBe(50);
  });
});
