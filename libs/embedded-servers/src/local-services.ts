import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataDirLock, lockDataDir } from './data-dir-lock';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { postgresDatabaseDir, startEmbeddedPostgres } from './embedded-postgres';
import { stopLeftoverMeilisearch } from './leftover-meilisearch';
import { stopLeftoverPostgres } from './leftover-postgres';
import { loadOrCreateLocalSecrets } from './local-secrets';
import { RunningServer } from './running-server';

export interface LocalServices {
  /** What was started, for the start-up banner. */
  started: string[];
  /** Servers a process that died had left running on the data directory, stopped before starting anew. */
  replaced: string[];
  stop(): Promise<void>;
}

const APP_DATABASE = 'ipl';

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Fills in what the environment leaves out on a developer machine: with no DATABASE_URL a real
 * PostgreSQL, with no MEILI_URL a real Meilisearch, both on free loopback ports with their data
 * under DATA_DIR. When both URLs are set, nothing is started.
 */
export async function startLocalServices(env: NodeJS.ProcessEnv = process.env): Promise<LocalServices> {
  const servers: RunningServer[] = [];
  const started: string[] = [];
  const replaced: string[] = [];
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  const needsLocal = !env.DATABASE_URL || !env.MEILI_URL || !env.JWT_SECRET || !env.DUPLICATE_CHECK_PEPPER || !env.TOTP_SECRET_KEY;
  if (needsLocal && env.NODE_ENV === 'production') return { started, replaced, stop: async () => undefined };
  // Taken before anything else, so that servers found on the data directory can only be a dead owner's.
  const lock: DataDirLock | undefined = !env.DATABASE_URL || !env.MEILI_URL ? await lockDataDir(dataDir) : undefined;
  const stop = async (): Promise<void> => {
    await Promise.allSettled(servers.reverse().map((server) => server.stop()));
    await lock?.release();
  };
  try {
    const secrets = needsLocal ? await loadOrCreateLocalSecrets(dataDir) : undefined;
    env.JWT_SECRET ??= secrets?.JWT_SECRET;
    env.DUPLICATE_CHECK_PEPPER ??= secrets?.DUPLICATE_CHECK_PEPPER;
    env.TOTP_SECRET_KEY ??= secrets?.TOTP_SECRET_KEY;
    if (!env.DATABASE_URL) {
      const postgresDir = join(dataDir, 'postgres');
      const leftover = await stopLeftoverPostgres(postgresDatabaseDir(postgresDir));
      if (leftover) replaced.push(`PostgreSQL (process ${leftover})`);
      const postgres = await startEmbeddedPostgres({ dataDir: postgresDir });
      servers.push(postgres);
      env.DATABASE_URL = await ensureDatabase(postgres.url, APP_DATABASE);
      started.push(`PostgreSQL (embedded) at ${new URL(postgres.url).host}`);
    }
    if (!env.MEILI_URL && secrets) {
      const meiliDir = join(dataDir, 'meilisearch');
      for (const pid of await stopLeftoverMeilisearch(meiliDir)) replaced.push(`Meilisearch (process ${pid})`);
      const meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, masterKey: secrets.MEILI_MASTER_KEY });
      servers.push(meili);
      env.MEILI_URL = meili.url;
      env.MEILI_MASTER_KEY = secrets.MEILI_MASTER_KEY;
      started.push(`Meilisearch (embedded) at ${new URL(meili.url).host}`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { started, replaced, stop };
}
