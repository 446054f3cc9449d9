import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { runMigrations } from '@ipl/data-model';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';

export interface BenchTarget {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  indexPrefix: string;
}

export interface BenchApi {
  app: INestApplication;
  /** `http://127.0.0.1:port/graphql`, served by the app over a real socket. */
  graphqlUrl: string;
  /**
   * Search workers as production runs them: each its own process, polling the outbox and
   * claiming different entries (FOR UPDATE SKIP LOCKED), so that several share the load.
   */
  startWorkers(count: number): void;
  /** Stops the workers beyond the first `keep`. */
  stopWorkers(keep?: number): Promise<void>;
  /** The process ids of the workers running. */
  workerPids(): number[];
  /**
   * The same API started by `dist/apps/api/src/main.js` in a process of its own, as production
   * runs it: the requests timed there share no event loop and no heap with the bench's clients.
   */
  startApiProcess(extraEnv?: Record<string, string>): Promise<ApiProcess>;
  close(): Promise<void>;
}

export interface ApiProcess {
  graphqlUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The API as main.ts builds it (AppModule + configureApp, listening on a free port) on the
 * bench's own database, with the relay off in the API: workers run beside it as their own
 * processes. Request logs are off (LOG_LEVEL=warn), and the login throttle is raised because the
 * bench signs in many HR users from one address.
 */
export async function startBenchApi(target: BenchTarget): Promise<BenchApi> {
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    DATABASE_URL: target.databaseUrl,
    MEILI_URL: target.meiliUrl,
    MEILI_MASTER_KEY: target.meiliKey,
    MEILI_INDEX_PREFIX: target.indexPrefix,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    DUPLICATE_CHECK_PEPPER: randomBytes(48).toString('base64url'),
    TOTP_SECRET_KEY: randomBytes(48).toString('base64url'),
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
    AUTH_THROTTLE_PER_MINUTE: '1000',
  };
  Object.assign(process.env, env, { SEARCH_WORKER_ENABLED: 'false' });
  await runMigrations(target.databaseUrl);
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: true, abortOnError: false }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const workers: ChildProcess[] = [];
  const apis: ChildProcess[] = [];
  const killChildren = (): void => [...workers, ...apis].forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killChildren);
  const stopWorkers = async (keep = 0): Promise<void> => {
    const stopping = workers.splice(keep);
    await Promise.all(stopping.map(stopProcess));
  };
  const startApiProcess = async (extraEnv: Record<string, string> = {}): Promise<ApiProcess> => {
    const child = spawn(process.execPath, [join(__dirname, '../../../apps/api/src/main.js')], {
      env: { ...process.env, ...env, SEARCH_WORKER_ENABLED: 'false', PORT: '0', HOST: '127.0.0.1', ...extraEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    apis.push(child);
    const graphqlUrl = await new Promise<string>((resolve, reject) => {
      let printed = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        const url = /API: (http:\/\/\S+\/graphql)/.exec(printed)?.[1];
        if (url) resolve(url.replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`the API process exited (${code}) before serving`)));
    });
    return { graphqlUrl, pid: child.pid ?? 0, stop: () => stopProcess(child) };
  };
  return {
    app,
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    startApiProcess,
    startWorkers: (count) => {
      while (workers.length < count) {
        workers.push(
          spawn(process.execPath, [join(__dirname, '../../../apps/worker/src/main.js')], {
            env: { ...process.env, ...env, SEARCH_WORKER_ENABLED: 'true' },
            stdio: ['ignore', 'inherit', 'inherit'],
          }),
        );
      }
    },
    stopWorkers,
    workerPids: () => workers.flatMap((child) => (child.pid === undefined ? [] : [child.pid])),
    close: async () => {
      await Promise.all([stopWorkers(), ...apis.map(stopProcess)]);
      process.removeListener('exit', killChildren);
      await app.close();
    },
  };
}

/** SIGTERM, then the exit: the processes stop as in production, closing their connections. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}
