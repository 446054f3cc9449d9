import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { differences, formatReports, SearchIndexCheck, unreachableServer } from '@ipl/search';
import { parseCheckIndexArgs } from './check-index-args';
import { WorkerModule } from './worker.module';

const EQUAL = 0;
const DIFFERENT = 1;
const CANNOT_CHECK = 2;

/**
 * `npm run check:index`: compares the search indexes with PostgreSQL. Exit 0 when they agree,
 * 1 on any difference, 2 when it cannot connect or cannot finish. With `--wait <seconds>` it
 * first waits for the workers to deliver the outbox, so writes still on their way are not
 * reported; without it, they are.
 */
async function main(): Promise<number> {
  const { waitSeconds } = parseCheckIndexArgs(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL;
  const meiliUrl = process.env.MEILI_URL;
  if (!databaseUrl || !meiliUrl) throw new Error('npm run check:index needs DATABASE_URL and MEILI_URL (the servers the API uses)');
  const unreachable = await unreachableServer(databaseUrl, { url: meiliUrl, apiKey: process.env.MEILI_MASTER_KEY });
  if (unreachable) {
    process.stderr.write(`npm run check:index cannot connect to ${unreachable}\n`);
    return CANNOT_CHECK;
  }
  // A check that delivered the outbox itself would hide a worker that does not.
  process.env.SEARCH_WORKER_ENABLED = 'false';
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    const check = app.get(SearchIndexCheck);
    const pending = waitSeconds > 0 ? await check.waitForOutbox(waitSeconds * 1000) : await check.pendingOutbox();
    if (waitSeconds > 0 && pending > 0) process.stdout.write(`waited ${waitSeconds} s for the workers: ${pending} outbox entries still pending\n`);
    const reports = await check.check();
    process.stdout.write(`${formatReports(reports, pending)}\n`);
    return reports.some((report) => differences(report) > 0) ? DIFFERENT : EQUAL;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm run check:index could not finish: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(CANNOT_CHECK);
  },
);
