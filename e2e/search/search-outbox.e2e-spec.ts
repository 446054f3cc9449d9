import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { Clock } from '@ipl/core';
import { freePort, RunningServer, startEmbeddedMeilisearch } from '@ipl/embedded-servers';
import { SearchDocument, SearchDocumentSource, SearchDocumentSources, SearchIndexes, SearchOutbox, SearchOutboxRelay, SearchReindexer } from '@ipl/search';
import { TestApp } from '@ipl/testing';
import { startApi } from '../app';

/**
 * A document source over the comuni of the territory: real rows, so the outbox, the relay and
 * the reindex are tested on PostgreSQL and Meilisearch without waiting for the slot and
 * candidate indexes. `hidden` plays the part of documents that stopped being searchable.
 */
function comuniSource(api: TestApp, hidden: Set<string>): SearchDocumentSource {
  return {
    indexName: 'comuni',
    settings: { filterableAttributes: ['districtCode'], searchableAttributes: ['name'] },
    documents: async (ids) => {
      const rows = (await api.dataSource.query('SELECT code AS id, name, district_code AS "districtCode" FROM comune WHERE code = ANY($1)', [
        ids,
      ])) as SearchDocument[];
      return rows.filter((row) => !hidden.has(row.id));
    },
    allIds: async function* (batchSize) {
      const rows = (await api.dataSource.query('SELECT code FROM comune ORDER BY code')) as { code: string }[];
      for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize).map((row) => row.code);
    },
  };
}

async function enqueue(api: TestApp, ids: string[]): Promise<void> {
  await api.dataSource.transaction((manager) => api.app.get(SearchOutbox).documentsChanged(manager, 'comuni', ids));
}

async function indexedIds(api: TestApp): Promise<string[]> {
  const uid = api.app.get(SearchIndexes).uid('comuni');
  const { results } = await api.app.get(Meilisearch).index(uid).getDocuments({ limit: 1000, fields: ['id'] });
  return results.map((document) => String(document.id)).sort();
}

describe('the search outbox', () => {
  let api: TestApp;
  const hidden = new Set<string>();
  beforeAll(async () => {
    api = await startApi();
    api.app.get(SearchDocumentSources).register(comuniSource(api, hidden));
  });
  afterAll(() => api.close());

  it('delivers changed documents, batched and idempotent, and deletes the ones no longer searchable', async () => {
    await enqueue(api, ['BOLOGNA', 'IMOLA', 'IMOLA', 'VALSAMOGGIA']);
    const relay = api.app.get(SearchOutboxRelay);
    expect(await relay.deliverAll()).toEqual({ delivered: 4, failed: 0 });
    expect(await indexedIds(api)).toEqual(['BOLOGNA', 'IMOLA', 'VALSAMOGGIA']);

    hidden.add('IMOLA');
    await enqueue(api, ['IMOLA']);
    await relay.deliverAll();
    expect(await indexedIds(api)).toEqual(['BOLOGNA', 'VALSAMOGGIA']);
    hidden.clear();

    const uid = api.app.get(SearchIndexes).uid('comuni');
    const { hits } = await api.app.get(Meilisearch).index(uid).search('valsamogia', { filter: 'districtCode = RENO_LAVINO_SAMOGGIA' });
    expect(hits.map((hit) => hit.id)).toEqual(['VALSAMOGGIA']);
  });

  it('writes the outbox entry only with the change: a rolled-back transaction leaves nothing to deliver', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM search_outbox');
    await expect(
      api.dataSource.transaction(async (manager) => {
        await api.app.get(SearchOutbox).documentsChanged(manager, 'comuni', ['PIANORO']);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM search_outbox')).toEqual(before);
  });

  it('never hands the same entry to two workers at once (FOR UPDATE SKIP LOCKED)', async () => {
    await enqueue(api, ['LOIANO', 'MONGHIDORO', 'MONTERENZIO', 'PIANORO', 'SAN_LAZZARO_DI_SAVENA', 'OZZANO_DELL_EMILIA']);
    const relay = api.app.get(SearchOutboxRelay);
    const results = await Promise.all([relay.deliverBatch(3), relay.deliverBatch(3), relay.deliverBatch(3)]);
    expect(results.reduce((sum, result) => sum + result.delivered, 0)).toBe(6);
    const [{ n }] = (await api.dataSource.query('SELECT count(*)::int AS n FROM search_outbox WHERE delivered_at IS NULL')) as { n: number }[];
    expect(n).toBe(0);
  });

  it('rebuilds the index into a new one and swaps it in, with every document', async () => {
    const count = await api.app.get(SearchReindexer).reindex('comuni');
    expect(count).toBe(55);
    await api.app.get(SearchOutboxRelay).deliverAll();
    expect(await indexedIds(api)).toHaveLength(55);
    const uids = (await api.app.get(Meilisearch).getIndexes({ limit: 1000 })).results.map((index) => index.uid);
    expect(uids.filter((uid) => uid.endsWith('_next'))).toEqual([]);
  });
});

describe('the search outbox while Meilisearch is down', () => {
  let api: TestApp;
  let meili: RunningServer;
  let dataDir: string;
  const masterKey = randomBytes(24).toString('base64url');
  let port: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipl-meili-down-'));
    await chmod(dataDir, 0o755);
    port = await freePort();
    meili = await startEmbeddedMeilisearch({ dataDir, masterKey, port });
    api = await startApi({ env: { MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey } });
    api.app.get(SearchDocumentSources).register(comuniSource(api, new Set()));
  });
  afterAll(async () => {
    await api.close();
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the writes, backs off, and delivers the backlog when Meilisearch returns', async () => {
    await meili.stop();
    await enqueue(api, ['BUDRIO', 'MOLINELLA']);
    const relay = api.app.get(SearchOutboxRelay);
    expect(await relay.deliverBatch()).toEqual({ delivered: 0, failed: 2 });
    const [entry] = (await api.dataSource.query(
      'SELECT attempts, available_at > now() AS "waiting", last_error IS NOT NULL AS "hasError" FROM search_outbox WHERE document_id = $1',
      ['BUDRIO'],
    )) as { attempts: number; waiting: boolean; hasError: boolean }[];
    expect(entry).toEqual({ attempts: 1, waiting: true, hasError: true });
    // Backing off: nothing is due yet.
    expect(await relay.deliverBatch()).toEqual({ delivered: 0, failed: 0 });

    meili = await startEmbeddedMeilisearch({ dataDir, masterKey, port });
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 10 * 60_000));
    expect(await relay.deliverAll()).toEqual({ delivered: 2, failed: 0 });
    expect(await indexedIds(api)).toEqual(['BUDRIO', 'MOLINELLA']);
  });
});
