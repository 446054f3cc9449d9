import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { Role, type AuthUser } from '@ipl/access';
import { ActiveMeasure, AgeBand, Candidate, CandidateCefrLevel, CandidateShift, CandidateIntakeService, ConsentPurpose } from '@ipl/candidates';
import { AppConfig } from '@ipl/config';
import { freePort } from '@ipl/embedded-servers';
import { SearchIndexCheck, SearchIndexes, SearchOutboxRelay, SearchReindexer } from '@ipl/search';
import { Shift, Slot, SlotKind, SlotsService } from '@ipl/slots';
import { createUser, signIn, type TestApp } from '@ipl/testing';
import { admitted, companyWithHr, inDays } from '../albo/fixtures';
import { startApi } from '../app';
import { operatorOf, randomCodiceFiscale } from '../candidates/operations';
import { runCheckIndex } from '../process/check-index-process';

type CandidateInput = Parameters<CandidateIntakeService['createMany']>[0][number];

function profile(hoursPerWeek: number): CandidateInput {
  return {
    codiceFiscale: randomCodiceFiscale(),
    residenceComuneCode: 'SAN_LAZZARO_DI_SAVENA',
    ageBand: AgeBand.AGE_25_34,
    skillIds: ['lavaggio-stoviglie', 'aiuto-cuoco'],
    freeSkillLabels: [],
    languages: [{ language: 'it', level: CandidateCefrLevel.B2 }],
    educationLevel: 3,
    experiences: [],
    hoursPerWeek,
    shifts: [CandidateShift.DAY],
    drivingLicence: false,
    ownVehicle: false,
    maxCommuteMinutes: 45,
    desiredSectors: ['I'],
    supportNeeds: [],
    activeMeasures: [ActiveMeasure.NONE],
    consentGivenAt: '2026-01-15',
    consentPurposes: [ConsentPurpose.MATCHING],
  };
}

describe('npm run check:index: the search indexes against PostgreSQL', () => {
  let api: TestApp;
  let env: Record<string, string>;
  let candidates: Candidate[];
  let slots: Slot[];
  const uid = (name: string) => api.app.get(SearchIndexes).uid(name);
  const meili = () => api.app.get(Meilisearch);

  beforeAll(async () => {
    api = await startApi();
    env = {
      DATABASE_URL: String((api.dataSource.options as { url: string }).url),
      MEILI_INDEX_PREFIX: api.app.get(AppConfig).get('MEILI_INDEX_PREFIX'),
      LOG_LEVEL: 'warn',
    };
    const operator = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE');
    const actor: AuthUser = { id: operator.userId, role: Role.OPERATOR, companyId: null, organisationId: operator.organisationId, districtCode: 'SAVENA_IDICE', scopeAdmin: false, secondFactorPending: false };
    candidates = (await api.app.get(CandidateIntakeService).createMany(Array.from({ length: 12 }, (_, i) => profile(20 + i)), actor)) as Candidate[];
    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    const company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    const hrUser = await createUser(api.dataSource, 'COMPANY_HR', { companyId: company.companyId });
    const hr: AuthUser = { id: hrUser.id, role: Role.COMPANY_HR, companyId: company.companyId, organisationId: null, districtCode: null, scopeAdmin: false, secondFactorPending: false };
    const slotInput = (title: string) => ({ kind: SlotKind.TIROCINIO, title, description: 'Con un tutor.', requiredSkillIds: ['lavaggio-stoviglie'], niceToHaveSkillIds: [], comuneCode: 'SAN_LAZZARO_DI_SAVENA', openings: 1, hoursPerWeek: 20, shifts: [Shift.DAY], startDate: inDays(20) });
    slots = (await api.app.get(SlotsService).createMany([slotInput('Cucina'), slotInput('Sala'), slotInput('Magazzino')], hr, { publish: true })) as Slot[];
    expect(candidates.every((candidate) => candidate instanceof Candidate) && slots.every((slot) => slot instanceof Slot)).toBe(true);
  });
  afterAll(() => api.close());

  it('reports pending writes as differences unless told to wait, and waits (polling) until the worker delivered them', async () => {
    const early = await runCheckIndex(env);
    expect(early).toMatchObject({ code: 1 });
    expect(early.output).toContain('candidates (' + uid('candidates') + '): 12 in PostgreSQL, 0 in Meilisearch; 12 missing, 0 extra, 0 different');
    expect(early.output).toMatch(/\d+ outbox entries not yet delivered by the worker/);

    const waiting = runCheckIndex(env, ['--wait', '60']);
    // The command only reads: until a worker delivers, it keeps waiting.
    await new Promise<void>((resolve, reject) => {
      const poll = async (): Promise<void> => {
        const { pending } = (await api.dataSource.query('SELECT count(*)::int AS pending FROM search_outbox WHERE delivered_at IS NULL'))[0] as { pending: number };
        if (pending === 0) return reject(new Error('something other than the worker delivered the outbox'));
        const [{ waiters }] = (await api.dataSource.query("SELECT count(*)::int AS waiters FROM pg_stat_activity WHERE query LIKE '%FROM search_outbox WHERE delivered_at IS NULL%' AND pid <> pg_backend_pid()")) as { waiters: number }[];
        if (waiters > 0) resolve();
        else setTimeout(() => void poll().catch(reject), 50);
      };
      void poll().catch(reject);
    });
    await api.app.get(SearchOutboxRelay).deliverAll();
    const waited = await waiting;
    expect(waited.output).toContain('the search indexes hold what PostgreSQL says they should');
    expect(waited).toMatchObject({ code: 0 });
  }, 90_000);

  it('exits 1 naming each document lost, left over or changed in Meilisearch, and 0 after a reindex', async () => {
    const lost = candidates[3].id;
    const stale = slots[1].id;
    const strangers = [randomUUID(), 'ffffffff-ffff-4fff-bfff-ffffffffffff'];
    await meili().index(uid('candidates')).deleteDocument(lost).waitTask({ interval: 10 });
    await meili().index(uid('slots')).updateDocuments([{ id: stale, openingsLeft: 7 }]).waitTask({ interval: 10 });
    await meili().index(uid('candidates')).addDocuments(strangers.map((id) => ({ id, status: 'ACTIVE' }))).waitTask({ interval: 10 });

    const run = await runCheckIndex(env, ['--wait', '10']);
    expect(run).toMatchObject({ code: 1 });
    expect(run.output).toContain('12 in PostgreSQL, 13 in Meilisearch; 1 missing, 2 extra, 0 different');
    expect(run.output).toContain(`  missing: ${lost}`);
    expect(run.output).toContain(`  extra: ${[...strangers].sort().join(', ')}`);
    expect(run.output).toContain('3 in PostgreSQL, 3 in Meilisearch; 0 missing, 0 extra, 1 different');
    expect(run.output).toContain(`  different: ${stale} (openingsLeft)`);
    expect(run.output).toContain('4 differences between the search indexes and PostgreSQL');

    // Pages are id ranges: with pages of 4 the lost, stale and stranger documents still fall in exactly one page each.
    const paged = await api.app.get(SearchIndexCheck).check(4);
    expect(paged.map(({ indexName, expected, indexed, missing, extra, different }) => ({ indexName, expected, indexed, missing, extra, different }))).toEqual(
      expect.arrayContaining([
        { indexName: 'candidates', expected: 12, indexed: 13, missing: 1, extra: 2, different: 0 },
        { indexName: 'slots', expected: 3, indexed: 3, missing: 0, extra: 0, different: 1 },
      ]),
    );

    await api.app.get(SearchReindexer).reindexAll();
    await api.app.get(SearchOutboxRelay).deliverAll();
    const repaired = await runCheckIndex(env);
    expect(repaired.output).toContain('12 in PostgreSQL, 12 in Meilisearch; 0 missing, 0 extra, 0 different');
    expect(repaired).toMatchObject({ code: 0 });
  }, 90_000);

  it('exits 2, saying which, when it cannot connect to PostgreSQL or Meilisearch', async () => {
    const closed = await freePort();
    const noPostgres = await runCheckIndex({ ...env, DATABASE_URL: `postgres://ipl:ipl@127.0.0.1:${closed}/ipl` });
    expect(noPostgres.output).toContain(`cannot connect to PostgreSQL at 127.0.0.1:${closed} (DATABASE_URL)`);
    expect(noPostgres).toMatchObject({ code: 2 });
    const noMeili = await runCheckIndex({ ...env, MEILI_URL: `http://127.0.0.1:${closed}` });
    expect(noMeili.output).toContain(`cannot connect to Meilisearch at http://127.0.0.1:${closed} (MEILI_URL)`);
    expect(noMeili).toMatchObject({ code: 2 });
  }, 60_000);
});
