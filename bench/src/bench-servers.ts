import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresDatabaseDir, startEmbeddedMeilisearch, startEmbeddedPostgres } from '@ipl/embedded-servers';
import { processWithArgument } from './process-memory';

export interface BenchServers {
  meiliUrl: string;
  meiliKey: string;
  /** The Meilisearch process, when the bench started it (its memory can then be read). */
  meiliPid: number | null;
  /** PostgreSQL's postmaster, when the bench started it (its backends are its children). */
  postgresPid: number | null;
  /** Every name the bench gives a database or an index starts with it. */
  prefix: string;
  /** A new, empty database on the server; dropped by stop(). */
  createDatabase(suffix: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The servers the bench measures: DATABASE_URL and MEILI_URL (+ MEILI_MASTER_KEY) when both are
 * set, as for `npm start`; otherwise a throw-away embedded PostgreSQL and Meilisearch, started
 * like `npm start` starts them (same flags, including Meilisearch's indexing-memory cap).
 * Either way the bench works in databases and indexes of its own and removes them at the end.
 * PostgreSQL is durable, as production runs it (fsync, synchronous commit and full-page writes
 * on): every write the bench times pays for its commit, or the figures would flatter the import
 * and every audited read. `durabilityOf()` reads what the server really runs with.
 */
export async function startBenchServers(env: NodeJS.ProcessEnv = process.env): Promise<BenchServers> {
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const external = Boolean(env.DATABASE_URL && env.MEILI_URL);
  let serverUrl: string;
  let meiliUrl: string;
  let meiliKey: string;
  let meiliPid: number | null = null;
  let postgresPid: number | null = null;
  let stopServers = async (): Promise<void> => undefined;
  if (external) {
    serverUrl = env.DATABASE_URL ?? '';
    meiliUrl = env.MEILI_URL ?? '';
    meiliKey = env.MEILI_MASTER_KEY ?? '';
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'ipl-bench-'));
    await chmod(dataDir, 0o755);
    // Hex: a key starting with '-' (possible in base64url) would read as an option on Meilisearch's command line.
    meiliKey = randomBytes(24).toString('hex');
    const meiliDir = join(dataDir, 'meilisearch');
    const [postgres, meili] = await Promise.all([
      startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres') }),
      startEmbeddedMeilisearch({ dataDir: meiliDir, masterKey: meiliKey }),
    ]);
    serverUrl = postgres.url;
    meiliUrl = meili.url;
    meiliPid = processWithArgument(meiliDir);
    // The postmaster writes its pid on the first line of postmaster.pid.
    postgresPid = Number((await readFile(join(postgresDatabaseDir(join(dataDir, 'postgres')), 'postmaster.pid'), 'utf8')).split('\n')[0]) || null;
    stopServers = async () => {
      await Promise.allSettled([postgres.stop(), meili.stop()]);
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const databases: string[] = [];
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    meiliUrl,
    meiliKey,
    meiliPid,
    postgresPid,
    prefix,
    createDatabase: async (suffix) => {
      const name = `${prefix}_${suffix}`;
      await admin((client) => client.query(`CREATE DATABASE "${name}"`));
      databases.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop: async () => {
      if (external) {
        await admin(async (client) => {
          for (const name of databases) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        }).catch(() => undefined);
        await deleteIndexes(meiliUrl, meiliKey, prefix);
      }
      await stopServers();
    },
  };
}

async function deleteIndexes(url: string, key: string, prefix: string): Promise<void> {
  const headers = { Authorization: `Bearer ${key}` };
  const response = await fetch(`${url}/indexes?limit=1000`, { headers });
  const { results } = (await response.json()) as { results: { uid: string }[] };
  await Promise.all(results.filter((index) => index.uid.startsWith(prefix)).map((index) => fetch(`${url}/indexes/${index.uid}`, { method: 'DELETE', headers })));
}

/** The settings that decide whether a commit is on disk when acknowledged, as the server runs them. */
export async function durabilityOf(databaseUrl: string): Promise<Record<'fsync' | 'synchronous_commit' | 'full_page_writes', string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: 'fsync' | 'synchronous_commit' | 'full_page_writes'; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')",
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting])) as Record<'fsync' | 'synchronous_commit' | 'full_page_writes', string>;
  } finally {
    await client.end();
  }
}
