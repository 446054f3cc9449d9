import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runMigrations } from '@ipl/data-model';
import { WorkerModule } from './worker.module';

/** The worker as its own process (production). It needs DATABASE_URL and MEILI_URL. */
async function main(): Promise<void> {
  if (process.env.DATABASE_URL) await runMigrations(process.env.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
