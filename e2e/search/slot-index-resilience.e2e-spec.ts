import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { Clock } from '@ipl/core';
import { freePort, type RunningServer, startEmbeddedMeilisearch } from '@ipl/embedded-servers';
import { SearchIndexes, SearchOutboxRelay, SearchReindexer } from '@ipl/search';
import { createUser, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { admitted, anySkillIds, companyWithHr, CREATE_SLOT, PUBLISH_SLOT, slotInput, type CompanyWithHr } from '../albo/fixtures';

const WRITES = 200;

/** The real slot write path (GraphQL createSlot + publishSlot), against a Meilisearch this file can kill. */
describe('the slots index when Meilisearch dies mid-way, and during a reindex', () => {
  let api: TestApp;
  let meili: RunningServer;
  let dataDir: string;
  let port: number;
  let company: CompanyWithHr;
  let skills: string[];
  const masterKey = randomBytes(24).toString('base64url');

  const publishSlot = async (n: number): Promise<void> => {
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(
      api.server, CREATE_SLOT, { input: slotInput(skills, { title: `Tirocinio numero ${n}` }) }, { token: company.hrToken },
    );
    await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
  };
  const slotsIndex = () => api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid('slots'));
  const indexedCount = async (): Promise<number> => (await slotsIndex().getStats()).numberOfDocuments;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipl-slots-meili-'));
    await chmod(dataDir, 0o755);
    port = await freePort();
    meili = await startEmbeddedMeilisearch({ dataDir, masterKey, port });
    api = await startApi({ env: { MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey } });
    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    skills = await anySkillIds(api);
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`loses none of ${WRITES} slot writes when Meilisearch is killed half-way, once it restarts`, async () => {
    const relay = api.app.get(SearchOutboxRelay);
    for (let n = 0; n < WRITES / 2; n += 1) await publishSlot(n);
    await relay.deliverAll();
    expect(await indexedCount()).toBe(WRITES / 2);

    await meili.stop();
    for (let n = WRITES / 2; n < WRITES; n += 1) await publishSlot(n);
    expect((await relay.deliverBatch()).failed).toBeGreaterThan(0);

    meili = await startEmbeddedMeilisearch({ dataDir, masterKey, port });
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 10 * 60_000));
    await relay.deliverAll();
    jest.restoreAllMocks();
    expect(await indexedCount()).toBe(WRITES);
  }, 120_000);

  it('answers every query of a stream running while the index is rebuilt and swapped', async () => {
    let rebuilding = true;
    const answers: number[] = [];
    const failures: unknown[] = [];
    const stream = (async () => {
      while (rebuilding) {
        await slotsIndex()
          .search('tirocinio', { limit: 5 })
          .then((result) => answers.push(result.hits.length), (error: unknown) => failures.push(error));
      }
    })();
    const reindexed = await api.app.get(SearchReindexer).reindex('slots');
    rebuilding = false;
    await stream;
    expect(reindexed).toBe(WRITES);
    expect(failures).toEqual([]);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((hits) => hits === 5)).toBe(true);
    expect(await indexedCount()).toBe(WRITES);
  }, 120_000);
});
