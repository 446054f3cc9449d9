import { Meilisearch } from 'meilisearch';
import { Role, type AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { ActiveMeasure, AgeBand, Candidate, CandidateCefrLevel, CandidateShift, CandidateIntakeService, ConsentPurpose } from '@ipl/candidates';
import { MatchIndexRecheck } from '@ipl/match-index';
import { DomainError } from '@ipl/core';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { Shift, Slot, SlotKind, SlotsService, SlotStatus } from '@ipl/slots';
import { auditEvents, createUser, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { admitted, companyWithHr, inDays } from '../albo/fixtures';
import { startApi } from '../app';
import { completeInput, createCandidate, operatorOf, randomCodiceFiscale } from '../candidates/operations';

type CandidateInput = Parameters<CandidateIntakeService['createMany']>[0][number];
type SlotInput = Parameters<SlotsService['createMany']>[0][number];

function profile(codiceFiscale: string, change: Partial<CandidateInput> = {}): CandidateInput {
  return {
    codiceFiscale,
    residenceComuneCode: 'SAN_LAZZARO_DI_SAVENA',
    ageBand: AgeBand.AGE_25_34,
    skillIds: ['lavaggio-stoviglie', 'aiuto-cuoco'],
    freeSkillLabels: [],
    languages: [{ language: 'it', level: CandidateCefrLevel.B2 }],
    educationLevel: 3,
    experiences: [],
    hoursPerWeek: 30,
    shifts: [CandidateShift.DAY, CandidateShift.WEEKEND],
    drivingLicence: false,
    ownVehicle: false,
    maxCommuteMinutes: 45,
    desiredSectors: ['I'],
    supportNeeds: [],
    activeMeasures: [ActiveMeasure.NONE],
    consentGivenAt: '2026-01-15',
    consentPurposes: [ConsentPurpose.MATCHING],
    ...change,
  };
}

function slot(change: Partial<SlotInput> = {}): SlotInput {
  return {
    kind: SlotKind.TIROCINIO,
    title: 'Tirocinio in cucina',
    description: 'Lavaggio e preparazioni di base, con un tutor.',
    requiredSkillIds: ['lavaggio-stoviglie'],
    niceToHaveSkillIds: ['aiuto-cuoco'],
    comuneCode: 'SAN_LAZZARO_DI_SAVENA',
    openings: 2,
    hoursPerWeek: 20,
    shifts: [Shift.DAY],
    startDate: inDays(20),
    offersTutor: true,
    ...change,
  };
}

const reasonOf = (result: unknown): string | null => (result instanceof DomainError ? result.reason : null);

describe('imports: many profiles and slots through the services, into the index', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('writes each clean record as the single create would, refuses the others one by one, and the worker makes them searchable', async () => {
    const operator = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE');
    const elsewhere = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
    const followed = randomCodiceFiscale();
    await createCandidate(api.server, elsewhere.token, completeInput(followed));
    const actor: AuthUser = { id: operator.userId, role: Role.OPERATOR, companyId: null, organisationId: operator.organisationId, districtCode: 'SAVENA_IDICE', scopeAdmin: false, secondFactorPending: false };
    const first = randomCodiceFiscale();
    const results = await api.app.get(CandidateIntakeService).createMany(
      [profile(first), profile(randomCodiceFiscale()), profile(randomCodiceFiscale(), { notes: 'chiamare il 333 123 4567' }), profile(followed), profile(first)],
      actor,
    );
    expect(results.map(reasonOf)).toEqual([null, null, 'PERSONAL_DATA_IN_TEXT', 'ALREADY_FOLLOWED_ELSEWHERE', 'ALREADY_REFERRED_HERE']);
    const [a, b] = results.slice(0, 2) as Candidate[];
    const sequence = (candidate: Candidate) => Number(candidate.publicCode.split('-').at(-1));
    expect(a.publicCode).toMatch(/^SST-SAVENA_IDICE-\d{4}-\d{4}$/);
    expect(sequence(b)).toBe(sequence(a) + 1);
    expect(await auditEvents(api.dataSource, 'candidate.created', a.id)).toEqual([expect.objectContaining({ actorId: operator.userId, details: { organisationId: operator.organisationId } })]);
    // What a match reads of a profile to show it (the enum lists come back as lists).
    const audit = api.app.get(AuditService);
    const [shown] = await api.app.get(MatchIndexRecheck).candidatePage([a.id], 1, (page) => audit.recordEachSql({ actor, action: 'candidate.read', subjectType: 'candidate' }, page, 'id'));
    expect(shown).toMatchObject({ id: a.id, publicCode: a.publicCode, shifts: ['DAY', 'WEEKEND'], supportNeeds: [], languages: [{ language: 'it', level: 'B2' }], ageBand: 'AGE_25_34' });

    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    const company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    const hrUser = await createUser(api.dataSource, 'COMPANY_HR', { companyId: company.companyId });
    const hr: AuthUser = { id: hrUser.id, role: Role.COMPANY_HR, companyId: company.companyId, organisationId: null, districtCode: null, scopeAdmin: false, secondFactorPending: false };
    const slots = api.app.get(SlotsService);
    const created = await slots.createMany([slot(), slot({ startDate: inDays(-1) }), slot({ requiredSkillIds: ['nessuna-competenza'] })], hr, { publish: true });
    expect(created.map(reasonOf)).toEqual([null, 'START_DATE_IN_PAST', 'UNKNOWN_SKILL']);
    const open = created[0] as Slot;
    expect(open).toMatchObject({ status: SlotStatus.OPEN, companyId: company.companyId });
    expect((await auditEvents(api.dataSource, 'slot.published', open.id))[0]?.details).toMatchObject({ from: 'DRAFT', to: 'OPEN' });
    // A company neither in the Albo nor on the board imports drafts only.
    const outsider = await companyWithHr(api, adminToken);
    const outsiderHr = await createUser(api.dataSource, 'COMPANY_HR', { companyId: outsider.companyId });
    const outsiderUser: AuthUser = { ...hr, id: outsiderHr.id, companyId: outsider.companyId };
    expect((await slots.createMany([slot()], outsiderUser, { publish: true })).map(reasonOf)).toEqual(['COMPANY_NOT_ELIGIBLE']);
    expect((await slots.createMany([slot()], outsiderUser)).map((result) => (result instanceof Slot ? result.status : reasonOf(result)))).toEqual([SlotStatus.DRAFT]);

    await api.app.get(SearchOutboxRelay).deliverAll();
    const meili = api.app.get(Meilisearch);
    const indexes = api.app.get(SearchIndexes);
    await expect(meili.index(indexes.uid('candidates')).getDocument(a.id)).resolves.toMatchObject({ id: a.id, skillIds: ['lavaggio-stoviglie', 'aiuto-cuoco'] });
    await expect(meili.index(indexes.uid('slots')).getDocument(open.id)).resolves.toMatchObject({ id: open.id, status: 'OPEN' });
    const { matchCandidates } = await graphqlOk<{ matchCandidates: { nodes: { candidate: { id: string }; explanation: { score: number } }[] } }>(
      api.server,
      'query($slotId: ID!) { matchCandidates(slotId: $slotId, first: 10) { nodes { candidate { id } explanation { score } } } }',
      { slotId: open.id },
      { token: company.hrToken },
    );
    expect(matchCandidates.nodes.map((node) => node.candidate.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(matchCandidates.nodes.find((node) => node.candidate.id === a.id)?.explanation.score).toBe(100);
  });
});
