import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@ipl/testing';
import { freePort } from '@ipl/embedded-servers';
import { processesMentioning, startMain, waitForHealth } from './main-process';

describe('the API process (npm start)', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipl-main-'));
    // As root, PostgreSQL runs as a `postgres` user that must reach the data directory.
    await chmod(dataDir, 0o755);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('starts its own PostgreSQL and Meilisearch, seeds the demo once, and leaves no process behind on SIGTERM or SIGINT', async () => {
    const first = startMain({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    await waitForHealth(first);
    expect(first.output()).toContain('Insieme-Demo-2026');
    expect(await processesMentioning(dataDir)).toHaveLength(2);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await processesMentioning(dataDir)).toEqual([]);

    // A restart keeps the data (no second seed) and Ctrl-C stops it just as cleanly.
    const second = startMain({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    await waitForHealth(second);
    expect(second.output()).not.toContain('Demo data seeded');
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(await processesMentioning(dataDir)).toEqual([]);
  }, 120_000);

  it('stops with a message naming a malformed variable, and leaves no process behind', async () => {
    const started = startMain({ DATA_DIR: dataDir, PORT: 'not-a-port' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/PORT/);
    expect(await processesMentioning(dataDir)).toEqual([]);
  }, 90_000);

  describe('with DATABASE_URL and MEILI_URL set', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.drop());

    it('starts no server of its own', async () => {
      const started = startMain({
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        DATABASE_URL: database.url,
        MEILI_URL: process.env.MEILI_URL ?? '',
        MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
        JWT_SECRET: process.env.JWT_SECRET ?? '',
        DEMO_SEED: 'false',
      });
      await waitForHealth(started);
      expect(await processesMentioning(dataDir)).toEqual([]);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    }, 90_000);
  });
});
