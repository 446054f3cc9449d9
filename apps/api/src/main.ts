import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@ipl/config';
import { runMigrations } from '@ipl/data-model';
import { startLocalServices } from '@ipl/embedded-servers';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { printBanner } from './start-banner';

async function main(): Promise<void> {
  const local = await startLocalServices(process.env);
  try {
    if (process.env.DATABASE_URL) await runMigrations(process.env.DATABASE_URL);
    const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, abortOnError: false });
    configureApp(app);
    const config = app.get(AppConfig);
    await app.listen(config.get('PORT'), config.get('HOST'));
    printBanner(await app.getUrl(), local.started);

    let stopping = false;
    const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`\n${signal}: stopping\n`);
      await app.close();
      await local.stop();
      process.exit(0);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    await local.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
