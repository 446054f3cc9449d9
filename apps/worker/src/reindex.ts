import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SearchReindexer } from '@ipl/search';
import { reindexFailureMessage } from './reindex-failure';
import { WorkerModule } from './worker.module';

/** `npm run reindex`: rebuilds every search index and swaps it in while the API keeps serving. */
async function main(): Promise<void> {
  if (!process.env.DATABASE_URL || !process.env.MEILI_URL) {
    throw new Error('npm run reindex needs DATABASE_URL and MEILI_URL (the servers the API uses)');
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'], abortOnError: false });
  const counts = await app.get(SearchReindexer).reindexAll();
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${reindexFailureMessage(error)}\n`);
  process.exit(1);
});
