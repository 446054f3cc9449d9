import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Meilisearch } from 'meilisearch';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  server: Server;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment variables for this app only (e.g. a low login limit). */
  env?: Record<string, string>;
}

/**
 * The real API on its own database and index prefix, configured by the same configureApp()
 * as main.ts. The module and configure function are passed in so that this library does not
 * depend on the app.
 */
export async function createTestApp(
  appModule: unknown,
  configureApp: (app: INestApplication) => INestApplication,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const indexPrefix = `t${randomBytes(5).toString('hex')}`;
  const previous = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: database.url, MEILI_INDEX_PREFIX: indexPrefix, ...options.env });
  try {
    const moduleRef = await Test.createTestingModule({ imports: [appModule as never] }).compile();
    const app = configureApp(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    return {
      app,
      server: app.getHttpServer() as Server,
      dataSource: app.get(DataSource),
      close: async () => {
        await deleteIndexes(app.get(Meilisearch), indexPrefix);
        await app.close();
        await database.drop();
      },
    };
  } finally {
    process.env = previous;
  }
}

async function deleteIndexes(client: Meilisearch, prefix: string): Promise<void> {
  const { results } = await client.getIndexes({ limit: 1000 });
  await Promise.all(results.filter((index) => index.uid.startsWith(prefix)).map((index) => client.deleteIndex(index.uid)));
}
