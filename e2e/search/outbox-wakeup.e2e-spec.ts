import { Meilisearch } from 'meilisearch';
import { Client, type Notification } from 'pg';
import { AppConfig } from '@ipl/config';
import {
  SEARCH_OUTBOX_CHANNEL,
  SearchDocument,
  SearchDocumentSources,
  SearchIndexes,
  SearchOutbox,
  SearchOutboxRelay,
  SearchOutboxRunner,
} from '@ipl/search';
import { TestApp } from '@ipl/testing';
import { startApi } from '../app';

const LISTENER = 'insieme-per-il-lavoro search outbox listener';

/** Waits, checking every 20 ms, until `check` holds; fails after 10 s (the worker's poll is set to a minute). */
async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the search worker woken by the outbox (LISTEN/NOTIFY)', () => {
  let api: TestApp;
  let batchesRunning = 0;

  beforeAll(async () => {
    // A minute: any write delivered within the 10 s of `until` was delivered because it woke the worker.
    api = await startApi({ env: { SEARCH_WORKER_IDLE_POLL_MS: '60000' } });
    api.app.get(SearchDocumentSources).register({
      indexName: 'comuni',
      settings: { searchableAttributes: ['name'] },
      documents: async (ids) => (await api.dataSource.query('SELECT code AS id, name FROM comune WHERE code = ANY($1)', [ids])) as SearchDocument[],
      allIds: async function* () {},
    });
    const relay = api.app.get(SearchOutboxRelay);
    const deliverBatch = relay.deliverBatch.bind(relay);
    jest.spyOn(relay, 'deliverBatch').mockImplementation(async (limit) => {
      batchesRunning += 1;
      try {
        return await deliverBatch(limit);
      } finally {
        batchesRunning -= 1;
      }
    });
  });
  afterAll(() => api.close());

  const enqueue = (ids: string[]): Promise<void> =>
    api.dataSource.transaction((manager) => api.app.get(SearchOutbox).documentsChanged(manager, 'comuni', ids));

  const searchable = async (id: string): Promise<boolean> => {
    const uid = api.app.get(SearchIndexes).uid('comuni');
    return api.app
      .get(Meilisearch)
      .index(uid)
      .getDocument(id)
      .then(() => true, () => false);
  };

  async function listenerPids(): Promise<number[]> {
    const rows = (await api.dataSource.query(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND state = 'idle' AND query LIKE 'LISTEN%'",
      [LISTENER],
    )) as { pid: number }[];
    return rows.map((row) => row.pid);
  }

  /** The worker is waiting on its minute-long poll: only a notification can wake it now. */
  async function workerAsleep(): Promise<void> {
    await until('the worker listens', async () => (await listenerPids()).length === 1);
    await until('the worker is idle', () => batchesRunning === 0);
  }

  it('delivers a committed write at once, and again after its listening connection is cut', async () => {
    api.app.get(SearchOutboxRunner).start();
    await workerAsleep();
    await enqueue(['BOLOGNA', 'IMOLA']);
    await until('BOLOGNA is searchable', () => searchable('BOLOGNA'));
    expect(await searchable('IMOLA')).toBe(true);

    const [cut] = await listenerPids();
    await api.dataSource.query('SELECT pg_terminate_backend($1)', [cut]);
    await until('the worker listens again', async () => !(await listenerPids()).includes(cut));
    await workerAsleep();
    await enqueue(['VERGATO']);
    await until('VERGATO is searchable', () => searchable('VERGATO'));
  });

  it('notifies at commit only, once per transaction, never for a rollback', async () => {
    const probe = new Client({ connectionString: api.app.get(AppConfig).get('DATABASE_URL') });
    const received: Notification[] = [];
    probe.on('notification', (message) => received.push(message));
    await probe.connect();
    try {
      await probe.query(`LISTEN ${SEARCH_OUTBOX_CHANNEL}`);
      await expect(
        api.dataSource.transaction(async (manager) => {
          await api.app.get(SearchOutbox).documentsChanged(manager, 'comuni', ['PIANORO']);
          // Any notification committed before this round trip arrives before its answer.
          await probe.query('SELECT 1');
          expect(received).toEqual([]);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      await probe.query('SELECT 1');
      expect(received).toEqual([]);

      await enqueue(['LOIANO', 'MONGHIDORO', 'MONTERENZIO']);
      await probe.query('SELECT 1');
      expect(received).toEqual([expect.objectContaining({ channel: SEARCH_OUTBOX_CHANNEL })]);
      await until('LOIANO is searchable', () => searchable('LOIANO'));
      expect(await searchable('PIANORO')).toBe(false);
    } finally {
      await probe.end();
    }
  });
});
