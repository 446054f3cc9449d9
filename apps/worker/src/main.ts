import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runMigrations } from '@ipl/data-model';
import { startFailureMessage } from '@ipl/embedded-servers';
import { SearchOutboxRunner } from '@ipl/search';
import { WorkerModule } from './worker.module';

/**
 * The worker as its own process (production): delivers the search outbox to Meilisearch.
 * Several may run at once; each claims different outbox rows.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !process.env.MEILI_URL) throw new Error('The worker needs DATABASE_URL and MEILI_URL');
  await runMigrations(databaseUrl);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(SearchOutboxRunner).start();
  app.get(Logger).log('search outbox worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`${startFailureMessage(error)}\n`);
  process.exit(1);
});
