import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMeilisearch, startEmbeddedPostgres } from '@ipl/embedded-servers';
import { benchLoading } from './loading.bench';
import { report } from './measure';
import { benchSearchClient } from './search-client.bench';

/**
 * `npm run bench`: the platform's measured choices, each against its alternative in the same
 * run on the same machine, printed as timings and ratios. Real servers on throw-away data;
 * nothing here is a test with a time limit.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ipl-bench-'));
  await chmod(dataDir, 0o755);
  const masterKey = randomBytes(24).toString('base64url');
  const [postgres, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meilisearch'), masterKey }),
  ]);
  try {
    const comparisons = [await benchSearchClient(meili.url, masterKey), await benchLoading(postgres.url)];
    process.stdout.write(`${report(comparisons)}\n`);
  } finally {
    await Promise.allSettled([postgres.stop(), meili.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
