import { Clock } from '@ipl/core';
import { auditEvents, createCompany, graphql, type GraphqlResponse, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, CREATE, createCandidate, ERASE as ERASE_PROFILE, operatorOf, randomCodiceFiscale, tokenOf, WITHDRAW as WITHDRAW_PROFILE, type CandidateView, type OperatorSession } from './operations';

const DAY = 24 * 60 * 60 * 1000;

const VIEW = `id publicCode activeMeasures
  coordinatedWith { organisation { organisationId name contactEmail contactPhone } since activeMeasures }
  coordinationRequest { status consentGivenOn sentAt expiresAt }
  coordinationRequests { id status targetCandidateId consentGivenOn requestingOrganisation { organisationId name contactEmail } }`;
/** Fields the API had before the rule too, so that this file's first test runs (and fails) on the old code. */
const CLAIM = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) {
  id publicCode coordinatedWith { organisation { organisationId name contactEmail contactPhone } activeMeasures } } }`;
const CREATE_VIEW = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${VIEW} } }`;
const GET_VIEW = `query($id: ID!) { candidate(id: $id) { ${VIEW} } }`;
const REQUEST = `mutation($candidateId: ID!, $input: CoordinationConsentInput!) { requestCoordination(candidateId: $candidateId, input: $input) { ${VIEW} } }`;
const WITHDRAW = `mutation($candidateId: ID!) { withdrawCoordinationRequest(candidateId: $candidateId) { ${VIEW} } }`;
const ACCEPT = 'mutation($id: ID!) { acceptCoordinationRequest(id: $id) { id status decidedAt } }';
const REFUSE = 'mutation($id: ID!) { refuseCoordinationRequest(id: $id) { id status decidedAt } }';
const INCOMING = `query($status: CoordinationRequestStatus) { coordinationRequests(first: 50, status: $status) {
  totalCount nodes { id status targetCandidateId consentGivenOn createdAt expiresAt requestingOrganisation { organisationId name contactEmail } } } }`;

interface Contact {
  organisationId: string;
  name: string;
  contactEmail: string | null;
}
interface Incoming {
  id: string;
  status: string;
  targetCandidateId: string;
  consentGivenOn: string;
  requestingOrganisation: Contact | null;
}
interface View {
  id: string;
  publicCode: string;
  activeMeasures: string[] | null;
  coordinatedWith: { organisation: Contact; activeMeasures: string[] | null }[] | null;
  coordinationRequest: { status: string; consentGivenOn: string } | null;
  coordinationRequests: Incoming[] | null;
}

describe('coordination between organisations needs the other side to accept', () => {
  let api: TestApp;
  let socialServices: OperatorSession;
  let caritas: OperatorSession;
  let stranger: OperatorSession;

  /** Everything Social Services holds that Caritas may learn only once Social Services accepts. */
  const socialServicesSecrets = () => ['SST Savena Idice', 'sst.savena@comune.example', '051 000111', socialServices.organisationId, 'INCOME_SUPPORT_ACTIVATION_PACT'];

  async function call<T>(query: string, variables: Record<string, unknown>, session: OperatorSession): Promise<GraphqlResponse<T>> {
    return graphql<T>(api.server, query, variables, { token: session.token });
  }

  async function view(id: string, session: OperatorSession): Promise<View> {
    const response = await call<{ candidate: View }>(GET_VIEW, { id }, session);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.candidate;
  }

  async function incoming(session: OperatorSession, status?: string): Promise<Incoming[]> {
    const response = await call<{ coordinationRequests: { nodes: Incoming[] } }>(INCOMING, { status }, session);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.coordinationRequests.nodes;
  }

  type Notice = { kind: string; subjectId: string; titleIt: string; titleEn: string; link: string };
  async function notificationsOf(userId: string): Promise<Notice[]> {
    return (await api.dataSource.query(
      'SELECT kind, subject_id AS "subjectId", title_it AS "titleIt", title_en AS "titleEn", link FROM notification WHERE recipient_user_id = $1 ORDER BY created_at',
      [userId],
    )) as Notice[];
  }

  /** Social Services follows a person in an income-support pact; Caritas adds a profile with the person's consent to coordinate. */
  async function followedByBoth(): Promise<{ first: CandidateView; second: View; requestId: string }> {
    const cf = randomCodiceFiscale();
    const first = await createCandidate(api.server, socialServices.token, completeInput(cf, {
      activeMeasures: ['INCOME_SUPPORT_ACTIVATION_PACT'],
      consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'],
    }));
    const created = await call<{ createCandidate: View }>(
      CREATE_VIEW,
      { input: completeInput(cf, { activeMeasures: ['EMPLOYMENT_CENTRE_PROGRAMME'], coordinationConsent: { consentGivenOn: '2026-02-10' } }) },
      caritas,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const request = (await incoming(socialServices)).find((node) => node.targetCandidateId === first.id);
    if (!request) throw new Error('no request reached Social Services');
    return { first, second: created.data.createCandidate, requestId: request.id };
  }

  beforeAll(async () => {
    api = await startApi();
    socialServices = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'SOCIAL_SERVICES');
    caritas = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
    stranger = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
    await api.dataSource.query(`UPDATE organisation SET name = 'SST Savena Idice', contact_email = 'sst.savena@comune.example', contact_phone = '051 000111' WHERE id = $1`, [socialServices.organisationId]);
    await api.dataSource.query(`UPDATE organisation SET name = 'Caritas San Lazzaro', contact_email = 'ascolto@caritas.example' WHERE id = $1`, [caritas.organisationId]);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  it('tells a second organisation only "already followed elsewhere": a claim of coordination discloses nothing and links nothing', async () => {
    const cf = randomCodiceFiscale();
    const first = await createCandidate(api.server, socialServices.token, completeInput(cf, {
      activeMeasures: ['INCOME_SUPPORT_ACTIVATION_PACT'],
      consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'],
    }));

    const refused = await call(CLAIM, { input: completeInput(cf, { consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'] }) }, caritas);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_FOLLOWED_ELSEWHERE' });
    // The old API's claim: stating "we coordinated" must not be enough to see the other side.
    const claimed = await call(CLAIM, { input: { ...completeInput(cf), coordinated: true } }, caritas);
    const bodies = JSON.stringify([refused, claimed]);
    for (const secret of [...socialServicesSecrets(), first.id, first.publicCode]) expect(bodies).not.toContain(secret);
    expect(await api.dataSource.query('SELECT 1 FROM candidate_link WHERE candidate_id = $1 OR linked_candidate_id = $1', [first.id])).toEqual([]);
    expect(await auditEvents(api.dataSource, 'candidate.duplicate_referral', first.id)).toEqual([
      expect.objectContaining({ actorId: caritas.userId, details: { referringOrganisationId: caritas.organisationId } }),
    ]);

    // With the person's consent the profile is added, with a pending request and still nothing of the other side.
    const created = await call<{ createCandidate: View }>(CREATE_VIEW, { input: completeInput(cf, { coordinationConsent: { consentGivenOn: '2026-02-10' } }) }, caritas);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCandidate).toMatchObject({ coordinatedWith: [], coordinationRequest: { status: 'PENDING', consentGivenOn: '2026-02-10' }, coordinationRequests: [] });
    const seen = JSON.stringify([created, await view(created.data?.createCandidate.id ?? '', caritas)]);
    for (const secret of [...socialServicesSecrets(), first.id, first.publicCode]) expect(seen).not.toContain(secret);
  });

  it('links the two profiles only when the other organisation accepts: then each sees the other, with active measures; every step audited', async () => {
    const { first, second, requestId } = await followedByBoth();

    // Social Services is notified (the event only, no code or text) and sees who asks and when the consent was given.
    expect((await notificationsOf(socialServices.userId)).filter((n) => n.subjectId === requestId)).toEqual([
      { kind: 'COORDINATION_REQUESTED', subjectId: requestId, titleIt: "Richiesta di coordinamento da un'altra organizzazione", titleEn: 'Coordination request from another organisation', link: '/area-riservata/coordinamento' },
    ]);
    expect(await incoming(socialServices, 'PENDING')).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: requestId, status: 'PENDING', consentGivenOn: '2026-02-10', requestingOrganisation: expect.objectContaining({ name: 'Caritas San Lazzaro', contactEmail: 'ascolto@caritas.example' }) }),
    ]));
    expect((await view(first.id, socialServices)).coordinationRequests).toEqual([expect.objectContaining({ id: requestId, status: 'PENDING' })]);
    expect(JSON.stringify(await view(first.id, socialServices))).not.toContain(second.id);

    const accepted = await call<{ acceptCoordinationRequest: { status: string } }>(ACCEPT, { id: requestId }, socialServices);
    expect(accepted.data?.acceptCoordinationRequest.status).toBe('ACCEPTED');

    const caritasSide = await view(second.id, caritas);
    expect(caritasSide.coordinationRequest?.status).toBe('ACCEPTED');
    expect(caritasSide.coordinatedWith).toEqual([
      { organisation: expect.objectContaining({ organisationId: socialServices.organisationId, name: 'SST Savena Idice', contactEmail: 'sst.savena@comune.example' }), since: expect.any(String), activeMeasures: ['INCOME_SUPPORT_ACTIVATION_PACT'] },
    ]);
    const socialServicesSide = await view(first.id, socialServices);
    expect(socialServicesSide.coordinatedWith).toEqual([
      expect.objectContaining({ organisation: expect.objectContaining({ name: 'Caritas San Lazzaro' }), activeMeasures: ['EMPLOYMENT_CENTRE_PROGRAMME'] }),
    ]);
    expect((await notificationsOf(caritas.userId)).filter((n) => n.subjectId === requestId).map((n) => [n.kind, n.titleEn])).toEqual([['COORDINATION_ANSWERED', 'Coordination request accepted']]);

    // The consent (who recorded it, when, the day given) and each step are in the audit trail.
    expect(await auditEvents(api.dataSource, 'candidate.coordination_consent_recorded', second.id)).toEqual([
      expect.objectContaining({
        actorId: caritas.userId,
        actorRole: 'OPERATOR',
        details: expect.objectContaining({ consentGivenOn: '2026-02-10', recordedAt: expect.any(String), requestIds: [requestId] }),
      }),
    ]);
    expect(await auditEvents(api.dataSource, 'candidate.coordination_requested', first.id)).toEqual([
      expect.objectContaining({ actorId: caritas.userId, details: expect.objectContaining({ requestId, requesterOrganisationId: caritas.organisationId }) }),
    ]);
    expect(await auditEvents(api.dataSource, 'candidate.coordination_accepted', first.id)).toEqual([expect.objectContaining({ actorId: socialServices.userId, details: { requestId } })]);
    expect(await auditEvents(api.dataSource, 'candidate.linked', first.id)).toHaveLength(1);
    expect(await auditEvents(api.dataSource, 'candidate.linked', second.id)).toHaveLength(1);
    const [row] = (await api.dataSource.query('SELECT consent_recorded_by_id AS "by", consent_given_on::text AS "on" FROM candidate_coordination_request WHERE id = $1', [requestId])) as { by: string; on: string }[];
    expect(row).toEqual({ by: caritas.userId, on: '2026-02-10' });

    // Answered once: a second answer is refused; nothing left to ask.
    expect((await call(REFUSE, { id: requestId }, socialServices)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'COORDINATION_REQUEST_CLOSED' });
    expect((await call(REQUEST, { candidateId: second.id, input: { consentGivenOn: '2026-02-11' } }, caritas)).errors?.[0]?.extensions).toMatchObject({ reason: 'NOTHING_TO_COORDINATE' });
  });

  it('tells the requester only "refused" when the other organisation refuses, and links nothing', async () => {
    const { first, second, requestId } = await followedByBoth();
    const refused = await call<{ refuseCoordinationRequest: { status: string } }>(REFUSE, { id: requestId }, socialServices);
    expect(refused.data?.refuseCoordinationRequest.status).toBe('REFUSED');

    const caritasSide = await view(second.id, caritas);
    expect(caritasSide).toMatchObject({ coordinatedWith: [], coordinationRequest: { status: 'REFUSED' } });
    const notifications = await notificationsOf(caritas.userId);
    expect(notifications.filter((n) => n.subjectId === requestId).map((n) => [n.kind, n.titleIt])).toEqual([['COORDINATION_ANSWERED', 'Richiesta di coordinamento rifiutata']]);
    const seen = JSON.stringify([caritasSide, notifications]);
    for (const secret of [...socialServicesSecrets(), first.id, first.publicCode]) expect(seen).not.toContain(secret);
    expect(await auditEvents(api.dataSource, 'candidate.coordination_refused', first.id)).toEqual([expect.objectContaining({ actorId: socialServices.userId, details: { requestId } })]);
    expect(await api.dataSource.query('SELECT 1 FROM candidate_link WHERE candidate_id = $1', [second.id])).toEqual([]);
  });

  it('shows a request to no third organisation and lets none act on it: NOT_FOUND, exactly as for an id that does not exist', async () => {
    const { first, second, requestId } = await followedByBoth();
    expect(await incoming(stranger)).toEqual([]);
    const unknown = await call(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, stranger);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'COORDINATION_REQUEST_NOT_FOUND' });
    for (const [operation, session] of [[ACCEPT, stranger], [REFUSE, stranger], [ACCEPT, caritas], [REFUSE, caritas]] as const) {
      const response = await call(operation, { id: requestId }, session);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
      expect(response.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    }
    // Nor can it withdraw, re-send or read through someone else's profile.
    for (const [operation, variables] of [[WITHDRAW, { candidateId: second.id }], [REQUEST, { candidateId: second.id, input: { consentGivenOn: '2026-02-10' } }], [GET_VIEW, { id: first.id }]] as const) {
      expect((await call(operation, variables, stranger)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CANDIDATE_NOT_FOUND' });
    }
    expect((await view(first.id, socialServices)).coordinationRequests).toEqual([expect.objectContaining({ id: requestId, status: 'PENDING' })]);
    expect(await notificationsOf(stranger.userId)).toEqual([]);
  });

  it('lets the requester withdraw a pending request and send it again; unanswered, it expires after 30 days', async () => {
    const { first, second, requestId } = await followedByBoth();
    expect((await call(REQUEST, { candidateId: second.id, input: { consentGivenOn: '2026-02-10' } }, caritas)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'COORDINATION_ALREADY_PENDING',
    });
    const withdrawn = await call<{ withdrawCoordinationRequest: View }>(WITHDRAW, { candidateId: second.id }, caritas);
    expect(withdrawn.data?.withdrawCoordinationRequest.coordinationRequest?.status).toBe('WITHDRAWN');
    expect(await auditEvents(api.dataSource, 'candidate.coordination_withdrawn', first.id)).toEqual([expect.objectContaining({ actorId: caritas.userId, details: { requestId } })]);
    expect((await call(ACCEPT, { id: requestId }, socialServices)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'COORDINATION_REQUEST_CLOSED' });
    expect((await call(WITHDRAW, { candidateId: second.id }, caritas)).errors?.[0]?.extensions).toMatchObject({ reason: 'NO_PENDING_COORDINATION_REQUEST' });

    const again = await call<{ requestCoordination: View }>(REQUEST, { candidateId: second.id, input: { consentGivenOn: '2026-03-01' } }, caritas);
    expect(again.data?.requestCoordination.coordinationRequest).toMatchObject({ status: 'PENDING', consentGivenOn: '2026-03-01' });
    const resent = (await view(first.id, socialServices)).coordinationRequests?.find((request) => request.status === 'PENDING');
    expect(resent?.id).toBeDefined();

    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 30 * DAY + 1000));
    expect((await view(second.id, caritas)).coordinationRequest?.status).toBe('EXPIRED');
    expect((await incoming(socialServices, 'EXPIRED')).map((request) => request.id)).toContain(resent?.id);
    expect((await incoming(socialServices, 'PENDING')).map((request) => request.id)).not.toContain(resent?.id);
    expect((await call(ACCEPT, { id: resent?.id }, socialServices)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'COORDINATION_REQUEST_CLOSED' });
    expect((await view(second.id, caritas)).coordinatedWith).toEqual([]);
  });

  it('withdraws the pending requests of a profile withdrawn or erased, sent or received, and audits why', async () => {
    const sent = await followedByBoth();
    expect((await call(WITHDRAW_PROFILE, { id: sent.second.id }, caritas)).errors).toBeUndefined();
    expect((await incoming(socialServices, 'PENDING')).map((request) => request.id)).not.toContain(sent.requestId);
    expect((await view(sent.first.id, socialServices)).coordinationRequests?.find((request) => request.id === sent.requestId)?.status).toBe('WITHDRAWN');
    expect(await auditEvents(api.dataSource, 'candidate.coordination_withdrawn', sent.first.id)).toEqual([
      expect.objectContaining({ actorId: caritas.userId, details: { requestId: sent.requestId, cause: 'profile_withdrawn' } }),
    ]);

    const received = await followedByBoth();
    expect((await call(WITHDRAW_PROFILE, { id: received.first.id }, socialServices)).errors).toBeUndefined();
    expect((await view(received.second.id, caritas)).coordinationRequest?.status).toBe('WITHDRAWN');
    expect(await auditEvents(api.dataSource, 'candidate.coordination_withdrawn', received.second.id)).toEqual([
      expect.objectContaining({ actorId: socialServices.userId, details: { requestId: received.requestId, cause: 'profile_withdrawn' } }),
    ]);

    const erased = await followedByBoth();
    expect((await call(ERASE_PROFILE, { id: erased.second.id }, caritas)).errors).toBeUndefined();
    expect((await incoming(socialServices)).map((request) => request.id)).not.toContain(erased.requestId);
    expect(await auditEvents(api.dataSource, 'candidate.coordination_withdrawn', erased.first.id)).toEqual([
      expect.objectContaining({ actorId: caritas.userId, details: { requestId: erased.requestId, cause: 'profile_erased' } }),
    ]);
  });

  it('lets a profile be withdrawn or erased while its request is being accepted: one of the two wins, neither fails', async () => {
    for (let round = 0; round < 6; round += 1) {
      const race = await followedByBoth();
      const ending = round % 2 === 0 ? WITHDRAW_PROFILE : ERASE_PROFILE;
      const [accepted, ended] = await Promise.all([call(ACCEPT, { id: race.requestId }, socialServices), call(ending, { id: race.second.id }, caritas)]);
      // The profile always ends: a pending request never blocks the person's withdrawal or erasure.
      expect(ended.errors).toBeUndefined();
      // An erased profile takes its requests with it: after it, the request is not found at all.
      const lost = ending === WITHDRAW_PROFILE ? ['COORDINATION_REQUEST_CLOSED'] : ['COORDINATION_REQUEST_CLOSED', 'COORDINATION_REQUEST_NOT_FOUND'];
      for (const error of accepted.errors ?? []) expect(lost).toContain(error.extensions.reason);
    }
  });

  it('lets no other role send, withdraw, list or answer a request', async () => {
    const { second, requestId } = await followedByBoth();
    const callers: [string, string | undefined, string][] = [
      ['ADMIN', await tokenOf(api.server, api.dataSource, 'ADMIN'), 'ACCESS_DENIED'],
      ['COMPANY_HR', await tokenOf(api.server, api.dataSource, 'COMPANY_HR', { companyId: await createCompany(api.dataSource) }), 'ACCESS_DENIED'],
      ['DISTRICT_COORDINATOR', await tokenOf(api.server, api.dataSource, 'DISTRICT_COORDINATOR', { districtCode: 'SAVENA_IDICE' }), 'ACCESS_DENIED'],
      ['ANONYMOUS', undefined, 'NOT_AUTHENTICATED'],
    ];
    const operations: [string, Record<string, unknown>][] = [
      [REQUEST, { candidateId: second.id, input: { consentGivenOn: '2026-02-10' } }],
      [WITHDRAW, { candidateId: second.id }],
      [INCOMING, {}],
      [ACCEPT, { id: requestId }],
      [REFUSE, { id: requestId }],
    ];
    for (const [, token, reason] of callers) {
      for (const [document, variables] of operations) {
        const response = await graphql(api.server, document, variables, token ? { token } : {});
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ reason });
      }
    }
    expect((await view(second.id, caritas)).coordinationRequest?.status).toBe('PENDING');
  });

  it('refuses a request without a valid day of consent', async () => {
    const cf = randomCodiceFiscale();
    await createCandidate(api.server, socialServices.token, completeInput(cf));
    for (const consentGivenOn of ['', '2026-02-30', 'yesterday']) {
      const response = await call(CREATE, { input: completeInput(cf, { coordinationConsent: { consentGivenOn } }) }, caritas);
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
