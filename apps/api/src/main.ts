import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@ipl/config';
import { runMigrations } from '@ipl/data-model';
import { startFailureMessage, startLocalServices } from '@ipl/embedded-servers';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { printBanner } from './start-banner';

async function listen(app: NestExpressApplication, port: number, host: string): Promise<void> {
  await app.listen(port, host).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(`Port ${port} on ${host} is already in use: stop the program using it, or set PORT to another port.`);
  });
}

async function main(): Promise<void> {
  const local = await startLocalServices(process.env);
  try {
    if (process.env.DATABASE_URL) await runMigrations(process.env.DATABASE_URL);
    const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, abortOnError: false });
    configureApp(app);
    const config = app.get(AppConfig);
    await listen(app, config.get('PORT'), config.get('HOST'));
    printBanner(await app.getUrl(), local);

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
  process.stderr.write(`${startFailureMessage(error)}\n`);
  process.exit(1);
});
