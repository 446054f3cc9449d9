import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { requestLimitsPlugin } from '@ipl/core';
import { Comparison, measure } from './measure';

const ROWS = 5_000;
const RUNS = 60;
const QUERY = `{ rows(count: ${ROWS}) { id name tags } }`;

async function server(plugins: ApolloServerPlugin<BaseContext>[]): Promise<ApolloServer> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { rows(count: Int!): [Row!]! } type Row { id: Int! name: String! tags: [String!]! }',
    resolvers: {
      Query: { rows: (_: unknown, { count }: { count: number }) => Array.from({ length: count }, (_row, id) => ({ id, name: `row ${id}`, tags: ['a', 'b', 'c'] })) },
    },
    plugins,
  });
  await apollo.start();
  return apollo;
}

/**
 * What the per-field time and size budgets cost: the same in-memory query of 15,000 fields,
 * executed by Apollo with no plugin and with requestLimitsPlugin (cost estimate before,
 * deadline and size check at every field).
 */
export async function benchRequestLimits(): Promise<Comparison> {
  const plain = await server([]);
  const limited = await server([
    requestLimitsPlugin({ maxCost: 1_000_000, bounds: { 'Query.rows': ROWS, 'Row.tags': 3 }, timeBudgetMs: 60_000, maxResponseBytes: 100_000_000 }),
  ]);
  const run = (apollo: ApolloServer) => async () => {
    const response = await apollo.executeOperation({ query: QUERY });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error('the bench query failed');
  };
  try {
    return {
      name: `One query of ${ROWS * 3} fields in memory, ${RUNS} times`,
      baseline: { label: 'Apollo without request limits', timing: await measure(run(plain), RUNS) },
      candidate: { label: 'with cost, time and size budgets', timing: await measure(run(limited), RUNS) },
    };
  } finally {
    await Promise.all([plain.stop(), limited.stop()]);
  }
}
