import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { AlboScheduler } from '@ipl/albo';
import { CompanyStandingJob } from '@ipl/proposals';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { SLOTS_INDEX } from '@ipl/slots';
import { countQueries, createUser, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { companyWithHr, CREATE_SLOT, inDays, PUBLISH_SLOT, slotInput, type CompanyWithHr } from '../albo/fixtures';
import { completeInput, countAudit, createCandidate, ERASE, operatorOf, randomCodiceFiscale, WITHDRAW, type OperatorSession } from '../candidates/operations';
import { ACCEPT, act, admittedCompany, CONSENT, CONTACT, notificationsOf, propose, PROPOSE, REQUEST, type Company } from '../proposals/fixtures';

const MATCH = `query($slotId: ID!, $first: Int = 50) { matchCandidates(slotId: $slotId, first: $first) { totalCount nodes { candidate { id districtCode comuneCode } } } }`;
const MATCH_SLOTS = `query($candidateId: ID!) { matchSlots(candidateId: $candidateId, first: 50) { nodes { slot { id } } } }`;
const SLOT = `query($id: ID!) { slot(id: $id) { id status pausedUntil pausedForStandingAt } }`;
const SET_INTAKE = 'mutation($id: ID!, $input: SlotIntakeInput!) { setSlotIntake(id: $id, input: $input) { id pausedUntil pausedForStandingAt } }';
const sanction = (name: string) => `mutation($input: AlboSanctionInput!) { ${name}(input: $input) { status } }`;
const READMIT = 'mutation($input: AlboReviewInput!) { readmitCompany(input: $input) { status } }';
const ADD_TO_BOARD = 'mutation($input: AddToBoardInput!) { addCompanyToBoard(input: $input) { id } }';
const REMOVE_FROM_BOARD = 'mutation($input: RemoveFromBoardInput!) { removeCompanyFromBoard(input: $input) { id until } }';

/** The kitchen skills of completeInput(): every profile of this file fits these slots. */
const KITCHEN = { requiredSkillIds: ['aiuto-cuoco'], niceToHaveSkillIds: ['lavaggio-stoviglie'], freeSkillLabels: [] };

describe('rules hold at every use: Albo and board standing, HR’s view of a candidate, comune disclosure', () => {
  let api: TestApp;
  let adminToken: string;
  let savena: OperatorSession;

  const deliver = () => api.app.get(SearchOutboxRelay).deliverAll();
  const person = async (operator: OperatorSession, change: Record<string, unknown> = {}) =>
    (await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { freeSkillLabels: [], ...change }))).id;
  const match = (slotId: string, token: string) => graphql<{ matchCandidates: { totalCount: number; nodes: { candidate: { id: string; comuneCode: string | null } }[] } }>(api.server, MATCH, { slotId }, { token });
  const slotOf = async (id: string, token: string) => (await graphqlOk<{ slot: { status: string; pausedUntil: string | null; pausedForStandingAt: string | null } }>(api.server, SLOT, { id }, { token })).slot;
  const hrIdOf = async (company: CompanyWithHr) =>
    ((await api.dataSource.query(`SELECT id FROM app_user WHERE company_id = $1 AND role = 'COMPANY_HR'`, [company.companyId])) as { id: string }[])[0].id;
  const reasonOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.reason;

  async function slot(company: CompanyWithHr, publish = true, overrides: Record<string, unknown> = {}): Promise<string> {
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput([], { ...KITCHEN, ...overrides }) }, { token: company.hrToken });
    if (publish) await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    return createSlot.id;
  }

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    savena = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE');
    // A small pool every slot of this file matches (San Lazzaro di Savena, completeInput's comune).
    for (let i = 0; i < 3; i += 1) await person(savena);
    await deliver();
  }, 120_000);
  afterAll(() => api.close());

  it('pauses a suspended company: no match, no answers, no contact; HR and the operators of live proposals are told; readmission lifts the pause and tells HR', async () => {
    const company = await admittedCompany(api, adminToken);
    const slotId = await slot(company);
    const proposed = await propose(api, savena.token, slotId, await person(savena));
    const accepted = await propose(api, savena.token, slotId, await person(savena));
    await act(api, ACCEPT, { proposalId: accepted.id }, company.hrToken);
    await act(api, CONSENT, { proposalId: accepted.id, agreedOn: inDays(0) }, savena.token);
    await deliver();
    expect((await match(slotId, company.hrToken)).data?.matchCandidates.totalCount).toBeGreaterThan(0);
    const contact = async () => (await graphqlOk<{ proposal: { operatorContact: { email: string } | null } }>(api.server, CONTACT, { id: accepted.id }, { token: company.hrToken })).proposal.operatorContact;
    expect(await contact()).not.toBeNull();

    await graphqlOk(api.server, sanction('suspendCompany'), { input: { companyId: company.companyId, reason: 'Verifica in corso' } }, { token: adminToken });

    const refused = await match(slotId, company.hrToken);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMPANY_NOT_ACTIVE_IN_ALBO' });
    expect(refused.data?.matchCandidates ?? null).toBeNull();
    expect(await slotOf(slotId, company.hrToken)).toMatchObject({ status: 'OPEN', pausedUntil: null, pausedForStandingAt: expect.any(String) });
    expect(reasonOf(await graphql(api.server, ACCEPT, { input: { proposalId: proposed.id } }, { token: company.hrToken }))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    expect(reasonOf(await graphql(api.server, REQUEST, { input: { slotId, candidateId: await person(savena) } }, { token: company.hrToken }))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    expect(await contact()).toBeNull();
    expect((await notificationsOf(api, company.hrUserId, slotId)).map((n) => n.kind)).toEqual(['SLOT_PAUSED_BY_STANDING']);
    for (const proposal of [proposed, accepted]) {
      expect((await notificationsOf(api, savena.userId, proposal.id)).map((n) => n.kind)).toContain('SLOT_PAUSED_BY_STANDING');
    }
    // HR's own resume does not lift a pause HR did not set.
    expect((await graphqlOk<{ setSlotIntake: { pausedForStandingAt: string | null } }>(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: null } }, { token: company.hrToken })).setSlotIntake.pausedForStandingAt).not.toBeNull();

    await graphqlOk(api.server, READMIT, { input: { companyId: company.companyId } }, { token: adminToken });
    expect((await notificationsOf(api, company.hrUserId, slotId)).map((n) => n.kind)).toEqual(['SLOT_PAUSED_BY_STANDING', 'SLOT_RESUMABLE']);
    expect(await slotOf(slotId, company.hrToken)).toMatchObject({ pausedUntil: null, pausedForStandingAt: null });
    expect((await match(slotId, company.hrToken)).errors).toBeUndefined();
    expect(await contact()).not.toBeNull();
  });

  it('keeps HR’s pause date and the standing pause apart: suspension leaves HR’s date, readmission lifts only its own pause, and operators are offered the slot only when neither holds', async () => {
    const company = await admittedCompany(api, adminToken);
    const slotId = await slot(company);
    const someone = await person(savena);
    const hrPause = inDays(5);
    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: hrPause } }, { token: company.hrToken });
    const offered = async () => {
      await deliver();
      const { matchSlots } = await graphqlOk<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(api.server, MATCH_SLOTS, { candidateId: someone }, { token: savena.token });
      return matchSlots.nodes.some((node) => node.slot.id === slotId);
    };
    expect(await offered()).toBe(false);

    await graphqlOk(api.server, sanction('suspendCompany'), { input: { companyId: company.companyId, reason: 'Verifica in corso' } }, { token: adminToken });
    const paused = await slotOf(slotId, company.hrToken);
    expect(paused).toMatchObject({ pausedUntil: hrPause, pausedForStandingAt: expect.any(String) });
    // HR may still move its own pause; the standing pause stays, and the slot is not offered.
    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: null } }, { token: company.hrToken });
    expect(await slotOf(slotId, company.hrToken)).toMatchObject({ pausedUntil: null, pausedForStandingAt: paused.pausedForStandingAt });
    expect(await offered()).toBe(false);
    // Left out of the slots' index, not only filtered by matching.
    await expect(api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid(SLOTS_INDEX)).getDocument(slotId)).rejects.toThrow();
    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: hrPause } }, { token: company.hrToken });

    await graphqlOk(api.server, READMIT, { input: { companyId: company.companyId } }, { token: adminToken });
    expect(await slotOf(slotId, company.hrToken)).toMatchObject({ pausedUntil: hrPause, pausedForStandingAt: null });
    expect((await notificationsOf(api, company.hrUserId, slotId)).map((n) => n.kind)).toEqual(['SLOT_PAUSED_BY_STANDING', 'SLOT_RESUMABLE']);
    expect(reasonOf(await graphql(api.server, PROPOSE, { input: { slotId, candidateId: someone } }, { token: savena.token }))).toBe('SLOT_PAUSED');
    expect(await offered()).toBe(false);

    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: null } }, { token: company.hrToken });
    expect(await offered()).toBe(true);
  });

  it('refuses a revoked company, and an admitted one whose logo expired before the nightly job; that job then pauses its slots', async () => {
    const revoked = await admittedCompany(api, adminToken);
    const revokedSlot = await slot(revoked);
    await graphqlOk(api.server, sanction('revokeCompany'), { input: { companyId: revoked.companyId, reason: 'Requisiti venuti meno' } }, { token: adminToken });
    expect(reasonOf(await match(revokedSlot, revoked.hrToken))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    expect((await slotOf(revokedSlot, revoked.hrToken)).pausedForStandingAt).not.toBeNull();

    const lapsing = await admittedCompany(api, adminToken);
    const lapsingSlot = await slot(lapsing);
    const someone = await person(savena);
    await deliver();
    const slotsFor = async () =>
      (await graphqlOk<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(api.server, MATCH_SLOTS, { candidateId: someone }, { token: savena.token })).matchSlots.nodes.map((node) => node.slot.id);
    expect(await slotsFor()).toContain(lapsingSlot);
    await api.dataSource.query(`UPDATE albo_membership SET expires_at = now() - interval '1 minute' WHERE company_id = $1`, [lapsing.companyId]);
    expect(reasonOf(await match(lapsingSlot, lapsing.hrToken))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    // Operators are not offered it either, nor may they propose to it.
    expect(await slotsFor()).not.toContain(lapsingSlot);
    expect(reasonOf(await graphql(api.server, PROPOSE, { input: { slotId: lapsingSlot, candidateId: someone } }, { token: savena.token }))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    expect((await slotOf(lapsingSlot, lapsing.hrToken)).pausedForStandingAt).toBeNull();
    await api.app.get(AlboScheduler).runDaily();
    expect((await slotOf(lapsingSlot, lapsing.hrToken)).pausedForStandingAt).not.toBeNull();
    expect((await notificationsOf(api, lapsing.hrUserId, lapsingSlot)).map((n) => n.kind)).toEqual(['SLOT_PAUSED_BY_STANDING']);
  });

  it('matches only OPEN slots: a company never admitted cannot browse the pool through a draft', async () => {
    const outsider = await companyWithHr(api, adminToken);
    const draft = await slot(outsider, false);
    const refused = await match(draft, outsider.hrToken);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SLOT_NOT_MATCHABLE' });
    expect(refused.data?.matchCandidates ?? null).toBeNull();
    const admitted = await admittedCompany(api, adminToken);
    expect(reasonOf(await match(await slot(admitted, false), admitted.hrToken))).toBe('SLOT_NOT_MATCHABLE');
  });

  it('serves a company on the board, and stops (pausing its slots) once it has left', async () => {
    const member = await companyWithHr(api, adminToken);
    await graphqlOk(api.server, ADD_TO_BOARD, { input: { companyId: member.companyId, since: inDays(-10) } }, { token: adminToken });
    const slotId = await slot(member);
    await deliver();
    expect((await match(slotId, member.hrToken)).errors).toBeUndefined();
    await graphqlOk(api.server, REMOVE_FROM_BOARD, { input: { companyId: member.companyId, until: inDays(-1) } }, { token: adminToken });
    expect(reasonOf(await match(slotId, member.hrToken))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    expect((await slotOf(slotId, member.hrToken)).pausedForStandingAt).not.toBeNull();
  });

  it('pauses, in the nightly review, the slots of a company whose last day on the board has passed', async () => {
    const member = await companyWithHr(api, adminToken);
    await graphqlOk(api.server, ADD_TO_BOARD, { input: { companyId: member.companyId, since: inDays(-10) } }, { token: adminToken });
    const slotId = await slot(member);
    // Leaves at the end of today: still on the board until then.
    await graphqlOk(api.server, REMOVE_FROM_BOARD, { input: { companyId: member.companyId } }, { token: adminToken });
    expect((await match(slotId, member.hrToken)).errors).toBeUndefined();
    expect((await slotOf(slotId, member.hrToken)).pausedForStandingAt).toBeNull();

    // The day passes.
    await api.dataSource.query(`UPDATE board_membership SET until = until - 1 WHERE company_id = $1`, [member.companyId]);
    expect(reasonOf(await match(slotId, member.hrToken))).toBe('COMPANY_NOT_ACTIVE_IN_ALBO');
    expect((await api.app.get(CompanyStandingJob).run()).paused).toBeGreaterThanOrEqual(1);
    expect((await slotOf(slotId, member.hrToken)).pausedForStandingAt).not.toBeNull();
    expect((await notificationsOf(api, await hrIdOf(member), slotId)).map((n) => n.kind)).toEqual(['SLOT_PAUSED_BY_STANDING']);
  });

  it('answers HR’s requestCandidate alike for every person it may not have (erased, placed, in a path, stale, withdrawn, no consent, unknown), and audits every attempt', async () => {
    const company: Company = await admittedCompany(api, adminToken);
    const draft = await slot(company, false);
    const open = await slot(company);
    const ids: Record<string, string> = {
      active: await person(savena),
      placed: await person(savena),
      inPath: await person(savena),
      stale: await person(savena),
      withdrawn: await person(savena),
      erased: await person(savena),
      noConsent: await person(savena, { consentPurposes: [] }),
      unknown: randomUUID(),
    };
    await api.dataSource.query(`UPDATE candidate SET status = 'PLACED' WHERE id = $1`, [ids.placed]);
    await api.dataSource.query(`UPDATE candidate SET status = 'IN_PATH' WHERE id = $1`, [ids.inPath]);
    await api.dataSource.query(`UPDATE candidate SET reconfirm_due_at = now() - interval '1 day' WHERE id = $1`, [ids.stale]);
    await graphqlOk(api.server, WITHDRAW, { id: ids.withdrawn }, { token: savena.token });
    await graphqlOk(api.server, ERASE, { id: ids.erased }, { token: savena.token });

    const attempt = async (slotId: string, candidateId: string) => {
      const before = await countAudit(api.dataSource, 'candidate.read', candidateId);
      const response = await graphql(api.server, REQUEST, { input: { slotId, candidateId } }, { token: company.hrToken });
      expect(await countAudit(api.dataSource, 'candidate.read', candidateId)).toBe(before + 1);
      const error = response.errors?.[0];
      return error ? { code: error.extensions?.code, reason: error.extensions?.reason, message: error.message } : 'REQUESTED';
    };

    // On a draft the slot answers first, the same for everyone, the active person included.
    const onDraft = [];
    for (const id of Object.values(ids)) onDraft.push(await attempt(draft, id));
    expect(new Set(onDraft.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(onDraft[0]).toMatchObject({ reason: 'SLOT_NOT_OPEN' });

    const { active, ...unavailable } = ids;
    const onOpen = [];
    for (const id of Object.values(unavailable)) onOpen.push(await attempt(open, id));
    expect(onOpen).toEqual(Object.values(unavailable).map(() => ({ code: 'NOT_FOUND', reason: 'CANDIDATE_UNAVAILABLE_FOR_SLOT', message: 'Profilo non disponibile per questa posizione' })));
    expect(await attempt(open, active)).toBe('REQUESTED');
  });

  it('shows HR the comune only where the comune itself has 5 matchable people, else the district alone', async () => {
    const company = await admittedCompany(api, adminToken);
    const reno = await operatorOf(api.server, api.dataSource, 'RENO_LAVINO_SAMOGGIA');
    const zola: string[] = [];
    const sasso: string[] = [];
    for (let i = 0; i < 5; i += 1) zola.push(await person(reno, { residenceComuneCode: 'ZOLA_PREDOSA' }));
    for (let i = 0; i < 4; i += 1) sasso.push(await person(reno, { residenceComuneCode: 'SASSO_MARCONI' }));
    // Not matchable, so not counted: Sasso Marconi stays at 4.
    await person(reno, { residenceComuneCode: 'SASSO_MARCONI', consentPurposes: [] });
    const slotId = await slot(company, true, { comuneCode: 'CASALECCHIO_DI_RENO' });
    await deliver();

    const { data } = await match(slotId, company.hrToken);
    const comuneOf = new Map(data?.matchCandidates.nodes.map((node) => [node.candidate.id, node.candidate.comuneCode]));
    for (const id of zola) expect(comuneOf.get(id)).toBe('ZOLA_PREDOSA');
    // The district holds 9 matchable people: the old district rule showed these too.
    for (const id of sasso) {
      expect(comuneOf.has(id)).toBe(true);
      expect(comuneOf.get(id)).toBeNull();
    }
    // The counts come from one faceted search per match, and the standing from one check: the SQL does not grow with the page.
    const statements = async (first: number) => (await countQueries(api.dataSource, () => graphqlOk(api.server, MATCH, { slotId, first }, { token: company.hrToken }))).queries.length;
    expect(await statements(2)).toBe(await statements(50));
  });
});
