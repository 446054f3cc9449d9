import { Client } from 'pg';
import { createMeiliClient, MeiliConnection } from '../meili-client';

const CONNECT_TIMEOUT_MS = 5_000;

/** A refused connection to `localhost` may reject with an AggregateError without a message. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

/**
 * Why PostgreSQL or Meilisearch cannot be reached, or null when both answer. Asked before the
 * application starts: TypeORM would otherwise retry for seconds and fail with a stack trace.
 */
export async function unreachableServer(databaseUrl: string, meili: MeiliConnection): Promise<string | null> {
  const postgres = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await postgres.connect();
    await postgres.query('SELECT 1');
  } catch (error) {
    return `PostgreSQL at ${new URL(databaseUrl).host} (DATABASE_URL): ${reasonOf(error)}`;
  } finally {
    await postgres.end().catch(() => undefined);
  }
  try {
    const { status } = await createMeiliClient(meili).health();
    if (status !== 'available') return `Meilisearch at ${meili.url} (MEILI_URL): status ${status}`;
  } catch (error) {
    return `Meilisearch at ${meili.url} (MEILI_URL): ${reasonOf(error)}`;
  }
  return null;
}
