import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_ENV } from './test-environment';

function serverUrl(): string {
  const url = process.env[TEST_ENV.serverUrl];
  if (!url) throw new Error(`${TEST_ENV.serverUrl} is not set: run the tests through jest (globalSetup starts the servers)`);
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: a clone of the template globalSetup migrated. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(5).toString('hex')}`;
  const template = process.env[TEST_ENV.templateDatabase];
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
