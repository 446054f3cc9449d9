import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedMeilisearch, startEmbeddedPostgres } from '@ipl/embedded-servers';
import { processWithArgument } from './process-memory';

export interface BenchServers {
  meiliUrl: string;
  meiliKey: string;
  /** The Meilisearch process, when the bench started it (its memory can then be read). */
  meiliPid: number | null;
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
 * `durable` keeps PostgreSQL's fsync and synchronous commit, as production runs it: a bench that
 * times writes must pay for them (the others measure reads and may skip it to import faster).
 */
export async function startBenchServers(env: NodeJS.ProcessEnv = process.env, options: { durable?: boolean } = {}): Promise<BenchServers> {
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const external = Boolean(env.DATABASE_URL && env.MEILI_URL);
  let serverUrl: string;
  let meiliUrl: string;
  let meiliKey: string;
  let meiliPid: number | null = null;
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
      startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), ephemeral: !options.durable }),
      startEmbeddedMeilisearch({ dataDir: meiliDir, masterKey: meiliKey }),
    ]);
    serverUrl = postgres.url;
    meiliUrl = meili.url;
    meiliPid = processWithArgument(meiliDir);
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
