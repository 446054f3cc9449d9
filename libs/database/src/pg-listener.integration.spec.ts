import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@ipl/testing';
import { PgListener } from './pg-listener';

const CHANNEL = 'pg_listener_spec';
const NAME = 'pg listener spec';

async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The LISTEN connection of the search worker and of every API process's user cache, on a real PostgreSQL. */
describe('PgListener', () => {
  let database: TestDatabase;
  let writer: Client;
  let listener: PgListener;
  const heard: string[] = [];
  const events: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    writer = new Client({ connectionString: database.url });
    await writer.connect();
    listener = new PgListener(database.url, CHANNEL, NAME, {
      onNotify: (payload) => heard.push(payload),
      onListening: () => events.push('listening'),
      onLost: () => events.push('lost'),
    });
    listener.start();
    await until('it listens', () => events.includes('listening'));
  });
  afterAll(async () => {
    await listener.close();
    await writer.end();
    await database.drop();
  });

  it('has handled, once fence() resolves, every notification committed before the call', async () => {
    // Each round: a commit, then at once the fence; a notification still on its way would be missing.
    for (let round = 0; round < 50; round += 1) {
      await writer.query('SELECT pg_notify($1, $2)', [CHANNEL, `n${round}`]);
      await listener.fence();
      expect(heard.at(-1)).toBe(`n${round}`);
    }
  });

  it('answers a hundred fences called at once, each after the notification committed before it (they share round trips)', async () => {
    await writer.query('SELECT pg_notify($1, $2)', [CHANNEL, 'burst']);
    await Promise.all(Array.from({ length: 100 }, () => listener.fence()));
    expect(heard.at(-1)).toBe('burst');
  });

  it('tells a lost connection, resolves fences meanwhile, and listens again', async () => {
    await writer.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`insieme-per-il-lavoro ${NAME}`]);
    await until('the loss is told', () => events.includes('lost'));
    await listener.fence();
    await until('it listens again', () => events.filter((event) => event === 'listening').length === 2);
    expect(events).toEqual(['listening', 'lost', 'listening']);
    await writer.query('SELECT pg_notify($1, $2)', [CHANNEL, 'after']);
    await listener.fence();
    expect(heard.at(-1)).toBe('after');
  });
});
