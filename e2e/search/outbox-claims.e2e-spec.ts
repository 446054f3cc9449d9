import { Meilisearch } from 'meilisearch';
import { Clock } from '@ipl/core';
import { SearchDocument, SearchDocumentSources, SearchIndexes, SearchOutbox, SearchOutboxRelay } from '@ipl/search';
import { TestApp } from '@ipl/testing';
import { startApi } from '../app';

/** Resolves when opened; what a delivery waits on to stand for a slow (or dead) Meilisearch. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in 10 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the search outbox claims: no transaction open while Meilisearch works', () => {
  let api: TestApp;
  let stuck: { wait: Promise<void>; open: () => void } | undefined;
  const dead = gate();
  let building = 0;

  beforeAll(async () => {
    api = await startApi();
    api.app.get(SearchDocumentSources).register({
      indexName: 'claims',
      settings: { filterableAttributes: ['districtCode'] },
      documents: async (ids) => {
        building += 1;
        await stuck?.wait;
        return (await api.dataSource.query('SELECT code AS id, district_code AS "districtCode" FROM comune WHERE code = ANY($1)', [ids])) as SearchDocument[];
      },
      allIds: async function* () {},
    });
  });
  afterAll(async () => {
    await api.close();
    dead.open();
  });

  it('leaves claimed entries unlocked, and a worker that dies mid-delivery loses nothing: its lease ends and another worker delivers them', async () => {
    await api.dataSource.transaction((manager) => api.app.get(SearchOutbox).documentsChanged(manager, 'claims', ['BOLOGNA', 'IMOLA']));
    const relay = api.app.get(SearchOutboxRelay);
    stuck = dead;
    // The first worker claims the entries and never comes back (its delivery hangs, as a killed process would).
    void relay.deliverBatch().catch(() => undefined);
    await until(() => building === 1);

    // Nothing holds the claimed rows: another session may lock them at once.
    const other = api.dataSource.createQueryRunner();
    try {
      await other.startTransaction();
      const locked = (await other.query("SELECT id FROM search_outbox WHERE index_name = 'claims' FOR UPDATE NOWAIT")) as unknown[];
      expect(locked).toHaveLength(2);
      await other.rollbackTransaction();
    } finally {
      await other.release();
    }

    // While the lease runs, no other worker takes them; once it ends, one does and delivers.
    stuck = undefined;
    expect(await relay.deliverBatch()).toEqual({ delivered: 0, failed: 0 });
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 10 * 60_000));
    expect(await relay.deliverBatch()).toEqual({ delivered: 2, failed: 0 });
    const uid = api.app.get(SearchIndexes).uid('claims');
    const { results } = await api.app.get(Meilisearch).index(uid).getDocuments({ fields: ['id'] });
    expect(results.map((document) => String(document.id)).sort()).toEqual(['BOLOGNA', 'IMOLA']);
  });
});
