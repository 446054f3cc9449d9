import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { AgeBand, Candidate, CandidateCefrLevel, CandidateShift, CandidateStatus, CandidateWorkConditionNeed, ConsentPurpose, ActiveMeasure, CANDIDATES_INDEX } from '@ipl/candidates';
import { AppConfig } from '@ipl/config';
import { candidateFilters, candidatePoolLevels, DISTRICT_TIER_WEIGHTS, MATCH_POOL_SIZE, poolQueries, SkillVocabulary } from '@ipl/match-index';
import { SkillsService } from '@ipl/skills';
import { createMeiliClient, SearchIndexes, SearchOutbox, SearchOutboxRelay } from '@ipl/search';
import { Shift, Slot, SlotKind, SlotStatus, SLOTS_INDEX } from '@ipl/slots';
import { createCompany, createOrganisation, createUser, graphqlOk, signIn } from '@ipl/testing';
import { startApi } from '../e2e/app';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 5000);
const SLOTS = Number(process.env.BENCH_SLOTS ?? 500);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);

const MATCH = `query($slotId: ID!) { matchCandidates(slotId: $slotId, first: 20) { totalCount nodes { candidate { id } explanation { score } } } }`;

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}
function some<T>(items: readonly T[], n: number): T[] {
  return [...items].sort(() => Math.random() - 0.5).slice(0, n);
}
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
async function timed(n: number, run: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = process.hrtime.bigint();
    await run(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

describe('bench: matchCandidates', () => {
  it(`seeds ${CANDIDATES} candidates and ${SLOTS} slots, then measures`, async () => {
    const api = await startApi();
    try {
      const ds = api.dataSource;
      const comuni = (await ds.query('SELECT code, district_code AS "districtCode" FROM comune')) as { code: string; districtCode: string }[];
      const skills = ((await ds.query('SELECT id FROM skill')) as { id: string }[]).map((row) => row.id);
      const organisations = new Map<string, string>();
      for (const district of new Set(comuni.map((comune) => comune.districtCode))) organisations.set(district, await createOrganisation(ds, district));
      const companyId = await createCompany(ds, 'Azienda del bench S.r.l.');
      const hr = await createUser(ds, 'COMPANY_HR', { companyId });
      const token = (await signIn(api.server, hr.email)).accessToken;
      const now = Date.now();

      const seedStart = Date.now();
      const candidateIds: string[] = [];
      for (let offset = 0; offset < CANDIDATES; offset += 1000) {
        const rows = Array.from({ length: Math.min(1000, CANDIDATES - offset) }, (_, i) => {
          const comune = pick(comuni);
          return {
            publicCode: `BENCH-${offset + i}-${randomBytes(3).toString('hex')}`,
            organisationId: organisations.get(comune.districtCode)!,
            residenceDistrictCode: comune.districtCode,
            residenceComuneCode: comune.code,
            ageBand: pick(Object.values(AgeBand)),
            skillIds: some(skills, 2 + Math.floor(Math.random() * 4)),
            freeSkillLabels: [],
            languages: [{ language: 'it', level: pick([CandidateCefrLevel.A2, CandidateCefrLevel.B1, CandidateCefrLevel.B2, CandidateCefrLevel.NATIVE]) }],
            educationLevel: 3,
            experiences: [],
            hoursPerWeek: pick([20, 25, 30, 40]),
            shifts: some(Object.values(CandidateShift), 1 + Math.floor(Math.random() * 3)),
            availableFrom: null,
            drivingLicence: Math.random() < 0.5,
            ownVehicle: false,
            maxCommuteMinutes: 45,
            desiredSectors: ['C'],
            supportNeeds: some(Object.values(CandidateWorkConditionNeed), Math.floor(Math.random() * 2)),
            activeMeasures: [ActiveMeasure.NONE],
            consentGivenAt: '2026-01-15',
            consentPurposes: [ConsentPurpose.MATCHING],
            notes: null,
            status: CandidateStatus.ACTIVE,
            completeness: 100,
            personKey: randomBytes(32).toString('hex'),
            lastConfirmedAt: new Date(now),
            reconfirmDueAt: new Date(now + 90 * 86_400_000),
            retentionUntil: new Date(now + 365 * 86_400_000),
          };
        });
        const result = await ds.createQueryBuilder().insert().into(Candidate).values(rows).returning('id').execute();
        candidateIds.push(...(result.raw as { id: string }[]).map((row) => row.id));
      }
      const slotRows = Array.from({ length: SLOTS }, () => {
        const comune = pick(comuni);
        return {
          companyId,
          kind: pick(Object.values(SlotKind)),
          status: SlotStatus.OPEN,
          title: 'Posizione del bench',
          description: 'Generata dal bench, senza dati di persone.',
          requiredSkillIds: some(skills, 2),
          niceToHaveSkillIds: some(skills, 1),
          freeSkillLabels: [],
          comuneCode: comune.code,
          districtCode: comune.districtCode,
          openings: 2,
          hoursPerWeek: pick([15, 20, 25]),
          shifts: [pick([Shift.DAY, Shift.EVENING])],
          startDate: new Date(now + 30 * 86_400_000).toISOString().slice(0, 10),
          languages: [{ code: 'it', minLevel: 'A2' }],
          offersTutor: true,
          offersGradualStart: true,
          stepFreeAccess: Math.random() < 0.7,
          publishedAt: new Date(now),
          contentChangedAt: new Date(now),
        };
      });
      const slotResult = await ds.createQueryBuilder().insert().into(Slot).values(slotRows).returning('id').execute();
      const slotIds = (slotResult.raw as { id: string }[]).map((row) => row.id);
      await ds.transaction(async (manager) => {
        await api.app.get(SearchOutbox).documentsChanged(manager, CANDIDATES_INDEX, candidateIds);
        await api.app.get(SearchOutbox).documentsChanged(manager, SLOTS_INDEX, slotIds);
      });
      await api.app.get(SearchOutboxRelay).deliverAll();
      const seedSeconds = (Date.now() - seedStart) / 1000;

      const slots = await ds.getRepository(Slot).findBy({});
      // Exploration: BENCH_SETTINGS='{"typoTolerance":{"enabled":false}}' measures a settings change.
      if (process.env.BENCH_SETTINGS) {
        await api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid(CANDIDATES_INDEX)).updateSettings(JSON.parse(process.env.BENCH_SETTINGS)).waitTask({ interval: 10 });
      }
      const api50 = await timed(REQUESTS, (i) => graphqlOk(api.server, MATCH, { slotId: slotIds[i % slotIds.length] }, { token }));

      const config = api.app.get(AppConfig);
      const uid = api.app.get(SearchIndexes).uid(CANDIDATES_INDEX);
      const neighbours = (await ds.query('SELECT district_code AS d, neighbour_code AS n FROM district_neighbour')) as { d: string; n: string }[];
      const skillsService = api.app.get(SkillsService);
      const vocabulary = new SkillVocabulary(await skillsService.findByIds(skills), (label) => skillsService.normaliseFreeLabel(label));
      /** The federated search matchCandidates sends. */
      const federated = (slot: Slot) => {
        const queries = poolQueries(
          uid,
          candidatePoolLevels(slot, vocabulary),
          candidateFilters(slot),
          slot.districtCode,
          neighbours.filter((row) => row.d === slot.districtCode).map((row) => row.n).sort(),
          DISTRICT_TIER_WEIGHTS,
        );
        return { federation: { limit: MATCH_POOL_SIZE, offset: 0 }, queries };
      };
      const identity = api.app.get(Meilisearch);
      const url = config.get('MEILI_URL')!;
      const apiKey = config.get('MEILI_MASTER_KEY');
      // The client as the library builds it by default (asks for gzip): the 40 ms trap of DESIGN.md.
      const gzip = new Meilisearch({ host: url, ...(apiKey ? { apiKey } : {}) });
      const identityAgain = createMeiliClient({ url, apiKey });
      const raw = await timed(REQUESTS, (i) => identity.multiSearch(federated(slots[i % slots.length])));
      const rawIdentity = await timed(Math.min(REQUESTS, 100), (i) => identityAgain.multiSearch(federated(slots[i % slots.length])));
      const rawGzip = await timed(Math.min(REQUESTS, 100), (i) => gzip.multiSearch(federated(slots[i % slots.length])));

      const round = (ms: number) => Math.round(ms * 100) / 100;
      const report = [
        `bench:match — ${CANDIDATES} candidates, ${SLOTS} slots, ${REQUESTS} requests (seeded and indexed in ${seedSeconds.toFixed(1)} s)`,
        `matchCandidates through GraphQL     p50 ${round(api50.p50)} ms  p95 ${round(api50.p95)} ms`,
        `raw federated search, as the API sends it   p50 ${round(raw.p50)} ms  p95 ${round(raw.p95)} ms`,
        `  API / raw, p95                    ${(api50.p95 / raw.p95).toFixed(2)}×`,
        `raw search, identity-encoding client p50 ${round(rawIdentity.p50)} ms  p95 ${round(rawIdentity.p95)} ms`,
        `raw search, default gzip client      p50 ${round(rawGzip.p50)} ms  p95 ${round(rawGzip.p95)} ms`,
        `  gzip / identity, p50              ${(rawGzip.p50 / rawIdentity.p50).toFixed(1)}×  (≫1 means the client trap is avoided by createMeiliClient)`,
      ].join('\n');
      process.stdout.write(`\n${report}\n\n`);
    } finally {
      await api.close();
    }
  });
});
