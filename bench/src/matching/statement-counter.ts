import { Client } from 'pg';

type Query = (...args: unknown[]) => unknown;

/**
 * The SQL statements every PostgreSQL client of this process sends while `work` runs, at
 * the driver (pg's Client.query, which TypeORM, its pool and any plain client all go through),
 * so that a statement sent outside TypeORM's logger counts too. Run it around one request to
 * the bench's in-process API while nothing else of this process talks to PostgreSQL.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<string[]> {
  const prototype = Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  const statements: string[] = [];
  prototype.query = function (this: Client, ...args: unknown[]): unknown {
    const [query] = args;
    statements.push(typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text ?? '?'));
    return original.apply(this, args);
  };
  try {
    await work();
    return statements;
  } finally {
    prototype.query = original;
  }
}
