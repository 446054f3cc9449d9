import { randomBytes } from 'node:crypto';
import { SearchOutboxRelay } from '@ipl/search';
import { createUser, graphqlOk, signIn, TEST_PASSWORD, type TestApp } from '@ipl/testing';
import { companyWithHr, admitted } from '../albo/fixtures';
import { completeInput, coordinatedProfile, createCandidate, operatorOf, randomCodiceFiscale } from '../candidates/operations';
import { openSlot, propose } from '../proposals/fixtures';
import { addToBoard } from '../reports/fixtures';
import type { RoleLetter } from './matrix';

/** The callers of the matrix: one per role in scope A, the anonymous one, and the scoped roles of scope B. */
export type Caller = 'ANONYMOUS' | RoleLetter | 'H_B' | 'O_B' | 'C_B';

export const DISTRICT_A = 'RENO_LAVINO_SAMOGGIA';
export const DISTRICT_B = 'SAVENA_IDICE';

/** What the requests name, all owned by scope A (company A, organisation A in district A) unless said. */
export interface World {
  tokens: Record<Caller, string | undefined>;
  /** A user that signs in for the login cells, and one refresh token of theirs per caller (each is single-use). */
  signIn: { email: string; password: string; refreshTokens: Record<Caller, string> };
  ids: {
    companyA: string;
    companyB: string;
    slot: string;
    /** A slot of company A that only closeSlot uses, so that closing it breaks no other cell. */
    spareSlot: string;
    candidate: string;
    /** A profile of organisation A that only the erasing and withdrawing cells use. */
    spareCandidate: string;
    /** A profile of organisation A linked to another organisation's: its coordinatedWith is not empty. */
    coordinatedCandidate: string;
    proposal: string;
    needsAnalysis: string;
    organisationA: string;
    project: string;
    projectNeed: string;
    projectOffer: string;
    coordinationRequest: string;
    invitation: string;
    /** Users that ADMIN may disable, and colleagues HR A and operator A may disable. */
    victimUser: string;
    hrColleague: string;
    operatorColleague: string;
    logoNumber: string;
    skill: string;
  };
}

const CREATE_NEEDS = 'mutation($input: CreateNeedsAnalysisInput!) { createNeedsAnalysis(input: $input) { id } }';
const SUBMIT_NEEDS = 'mutation($id: ID!) { submitNeedsAnalysis(id: $id) { id } }';
const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id needs { id } } }';
const OFFER = 'mutation($input: OfferProjectSupportInput!) { offerProjectSupport(input: $input) { id } }';
const REVIEW = 'mutation($input: ReviewNeedsAnalysisInput!) { reviewNeedsAnalysis(input: $input) { id } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
const PENDING = 'query { coordinationRequests(first: 10, status: PENDING) { nodes { id } } }';

async function tokenOf(api: TestApp, role: string, scope: { companyId?: string; organisationId?: string; districtCode?: string }): Promise<string> {
  const user = await createUser(api.dataSource, role, scope);
  return (await signIn(api.server, user.email)).accessToken;
}

/** Two companies, two organisations in two districts, a user of every role, and one object of each kind in scope A. */
export async function buildWorld(api: TestApp): Promise<World> {
  const admin = await tokenOf(api, 'ADMIN', {});
  const [companyA, companyB] = await Promise.all([companyWithHr(api, admin), companyWithHr(api, admin, { comuneCode: 'SAN_LAZZARO_DI_SAVENA' })]);
  const [logoNumber] = await Promise.all([admitted(api, admin, companyA), admitted(api, admin, companyB)]);
  await addToBoard(api, admin, companyA.companyId);
  const [opA, opB, requester] = await Promise.all([
    operatorOf(api.server, api.dataSource, DISTRICT_A),
    operatorOf(api.server, api.dataSource, DISTRICT_B),
    operatorOf(api.server, api.dataSource, DISTRICT_A, 'CARITAS'),
  ]);
  await api.dataSource.query(`UPDATE app_user SET scope_admin = true WHERE id = ANY($1) OR company_id = ANY($2)`, [
    [opA.userId, opB.userId],
    [companyA.companyId, companyB.companyId],
  ]);
  const [board, coordinatorA, coordinatorB, hrColleague, operatorColleague, victim, signer] = await Promise.all([
    tokenOf(api, 'BOARD_MEMBER', { companyId: companyA.companyId }),
    tokenOf(api, 'DISTRICT_COORDINATOR', { districtCode: DISTRICT_A }),
    tokenOf(api, 'DISTRICT_COORDINATOR', { districtCode: DISTRICT_B }),
    createUser(api.dataSource, 'COMPANY_HR', { companyId: companyA.companyId }),
    createUser(api.dataSource, 'OPERATOR', { organisationId: opA.organisationId, districtCode: DISTRICT_A }),
    createUser(api.dataSource, 'DISTRICT_COORDINATOR', { districtCode: DISTRICT_A }),
    createUser(api.dataSource, 'BOARD_MEMBER', { companyId: companyA.companyId }),
  ]);
  const callers: Caller[] = ['ANONYMOUS', 'A', 'H', 'B', 'O', 'C', 'H_B', 'O_B', 'C_B'];
  const sessions = await Promise.all(callers.map(() => signIn(api.server, signer.email)));
  const refreshTokens = Object.fromEntries(callers.map((caller, i) => [caller, sessions[i].refreshToken])) as Record<Caller, string>;

  const [slot, spareSlot] = await Promise.all([openSlot(api, companyA), openSlot(api, companyA)]);
  // Linked first: linking accepts every pending request of organisation A, and the next one must stay pending.
  const linkedCodiceFiscale = randomCodiceFiscale();
  const coordinatedCandidate = await createCandidate(api.server, opA.token, completeInput(linkedCodiceFiscale));
  await coordinatedProfile(api.server, requester, opA, completeInput(linkedCodiceFiscale));
  const codiceFiscale = randomCodiceFiscale();
  const [candidate, spareCandidate] = await Promise.all([
    createCandidate(api.server, opA.token, completeInput(codiceFiscale)),
    createCandidate(api.server, opA.token, completeInput(randomCodiceFiscale())),
  ]);
  // Another organisation asks organisation A to coordinate on the same person: a request only A may answer.
  await createCandidate(api.server, requester.token, { ...completeInput(codiceFiscale), coordinationConsent: { consentGivenOn: '2026-01-15' } });
  const pending = await graphqlOk<{ coordinationRequests: { nodes: { id: string }[] } }>(api.server, PENDING, {}, { token: opA.token });
  const proposal = await propose(api, opA.token, slot, candidate.id);

  const skill = ((await api.dataSource.query('SELECT id FROM skill ORDER BY id LIMIT 1')) as { id: string }[])[0].id;
  const line = { districtCode: DISTRICT_A, headCount: 2, kind: 'TIROCINIO', occupation: 'Addetto al banco', skillIds: [skill] };
  const needs = await graphqlOk<{ createNeedsAnalysis: { id: string } }>(api.server, CREATE_NEEDS, { input: { period: '2026-Q1', lines: [line] } }, { token: companyA.hrToken });
  await graphqlOk(api.server, SUBMIT_NEEDS, { id: needs.createNeedsAnalysis.id }, { token: companyA.hrToken });
  await graphqlOk(api.server, REVIEW, { input: { analysisId: needs.createNeedsAnalysis.id, comment: 'Fabbisogno chiaro' } }, { token: board });
  const project = await graphqlOk<{ createProject: { id: string; needs: { id: string }[] } }>(
    api.server,
    CREATE_PROJECT,
    { input: { atecoSection: 'I', description: 'Un laboratorio di pasta fresca con vendita al banco', districtCode: DISTRICT_A, needs: [{ kind: 'MENTORING' }, { kind: 'PREMISES' }] } },
    { token: opA.token },
  );
  const [need] = project.createProject.needs;
  const offer = await graphqlOk<{ offerProjectSupport: { id: string } }>(api.server, OFFER, { input: { needId: need.id, note: 'Un locale libero in affitto agevolato' } }, { token: board });
  const invitation = await graphqlOk<{ inviteUser: { id: string } }>(
    api.server,
    INVITE,
    { input: { email: `invitato.${randomBytes(4).toString('hex')}@test.example`, role: 'BOARD_MEMBER', companyId: companyA.companyId } },
    { token: admin },
  );
  // One notification for every user, about themselves, so that Notification.title resolves for each role.
  await api.dataSource.query(
    `INSERT INTO notification (recipient_user_id, kind, subject_type, subject_id, title_it, title_en, email_delivery)
     SELECT u.id, (SELECT kind FROM notification LIMIT 1), 'user', u.id, 'Notifica di prova', 'Test notification', 'OFF' FROM app_user u`,
  );
  // Matching reads Meilisearch: deliver what the writes above queued, as the worker would.
  await api.app.get(SearchOutboxRelay).deliverAll();

  return {
    signIn: { email: signer.email, password: TEST_PASSWORD, refreshTokens },
    tokens: {
      ANONYMOUS: undefined,
      A: admin,
      H: companyA.hrToken,
      B: board,
      O: opA.token,
      C: coordinatorA,
      H_B: companyB.hrToken,
      O_B: opB.token,
      C_B: coordinatorB,
    },
    ids: {
      companyA: companyA.companyId,
      companyB: companyB.companyId,
      slot,
      spareSlot,
      candidate: candidate.id,
      spareCandidate: spareCandidate.id,
      coordinatedCandidate: coordinatedCandidate.id,
      proposal: proposal.id,
      needsAnalysis: needs.createNeedsAnalysis.id,
      organisationA: opA.organisationId,
      project: project.createProject.id,
      projectNeed: project.createProject.needs[1].id,
      projectOffer: offer.offerProjectSupport.id,
      coordinationRequest: pending.coordinationRequests.nodes[0].id,
      invitation: invitation.inviteUser.id,
      victimUser: victim.id,
      hrColleague: hrColleague.id,
      operatorColleague: operatorColleague.id,
      logoNumber,
      skill,
    },
  };
}
