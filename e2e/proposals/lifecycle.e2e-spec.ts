import { auditEvents, countQueries, createUser, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import type { OperatorSession } from '../candidates/operations';
import {
  ACCEPT, act, admittedCompany, candidateOf, candidateStatus, CHECK_IN, colleagueToken, CONSENT, CONTACT, DECLINE, END, INTERVIEW,
  notificationsOf, openSlot, operator, propose, PROPOSAL_FIELDS, PROPOSE, refusal, REQUEST, START, WITHDRAW, type Company, type ProposalView,
} from './fixtures';

/** The lifecycle through the API: who may do what, consent before contact, idempotency, audit and notices. */
describe('proposals: lifecycle, consent and idempotency', () => {
  let api: TestApp;
  let adminToken: string;
  let company: Company;
  let otherCompany: Company;
  let op: OperatorSession;
  let otherOp: OperatorSession;
  let slotId: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await admittedCompany(api, adminToken);
    otherCompany = await admittedCompany(api, adminToken);
    op = await operator(api);
    otherOp = await operator(api);
    slotId = await openSlot(api, company, 3);
  });
  afterAll(() => api.close());

  it('walks PROPOSED → ACCEPTED → INTERVIEW → STARTED → HIRED, showing the contact only after consent, auditing and notifying each step', async () => {
    const candidateId = await candidateOf(api, op);
    const proposed = await propose(api, op.token, slotId, candidateId, { note: 'Disponibile da subito, turni di mattina', idempotencyKey: 'walk-propose-1' });
    expect(proposed).toMatchObject({ status: 'PROPOSED', origin: 'OPERATOR', companyId: company.companyId, organisationId: op.organisationId });
    expect((await notificationsOf(api, company.hrUserId, proposed.id)).map((n) => n.kind)).toEqual(['PROPOSAL_RECEIVED']);
    const [received] = await notificationsOf(api, company.hrUserId, proposed.id);
    expect(received.titleIt).toContain(String(proposed.candidatePublicCode));
    expect(received.titleIt).not.toContain('mattina');

    // Before acceptance and before consent, HR sees no contact.
    const before = await graphqlOk<{ proposal: { operatorContact: unknown } }>(api.server, CONTACT, { id: proposed.id }, { token: company.hrToken });
    expect(before.proposal.operatorContact).toBeNull();

    const accepted = await act(api, ACCEPT, { proposalId: proposed.id }, company.hrToken);
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.answeredAt).not.toBeNull();
    expect((await notificationsOf(api, op.userId, proposed.id)).map((n) => n.kind)).toEqual(['PROPOSAL_ANSWERED']);
    const afterAccept = await graphqlOk<{ proposal: { operatorContact: unknown } }>(api.server, CONTACT, { id: proposed.id }, { token: company.hrToken });
    expect(afterAccept.proposal.operatorContact).toBeNull();
    expect(await auditEvents(api.dataSource, 'proposal.contact_disclosed', proposed.id)).toHaveLength(0);

    // The operator records the person's agreement to meet: HR now sees the operator's work contact, audited per read.
    const consented = await act(api, CONSENT, { proposalId: proposed.id, agreedOn: '2026-01-20' }, op.token);
    expect(consented.meetingAgreedOn).toBe('2026-01-20');
    const [opUser] = (await api.dataSource.query('SELECT email FROM app_user WHERE id = $1', [op.userId])) as { email: string }[];
    const shown = await graphqlOk<{ proposal: { operatorContact: { email: string; organisationName: string } | null } }>(api.server, CONTACT, { id: proposed.id }, { token: company.hrToken });
    expect(shown.proposal.operatorContact?.email).toBe(opUser.email);
    expect(await auditEvents(api.dataSource, 'proposal.contact_disclosed', proposed.id)).toHaveLength(1);
    expect((await notificationsOf(api, company.hrUserId, proposed.id)).map((n) => n.kind)).toContain('CONTACT_DISCLOSED');
    // Another company's HR sees neither the proposal nor the contact.
    const foreign = await graphql(api.server, CONTACT, { id: proposed.id }, { token: otherCompany.hrToken });
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    expect((await act(api, INTERVIEW, { proposalId: proposed.id, interviewOn: '2026-02-01' }, company.hrToken)).status).toBe('INTERVIEW');
    const started = await act(api, START, { proposalId: proposed.id }, company.hrToken);
    expect(started.status).toBe('STARTED');
    expect(await candidateStatus(api, candidateId)).toBe('IN_PATH');
    expect((await notificationsOf(api, op.userId, proposed.id)).map((n) => n.kind)).toContain('PATH_STARTED');

    // Check-ins: "at risk" from the tutor alerts the operator at once; a fine one does not.
    await act(api, CHECK_IN, { proposalId: proposed.id, state: 'FINE' }, op.token);
    await act(api, CHECK_IN, { proposalId: proposed.id, state: 'AT_RISK', note: 'Tre assenze questa settimana' }, company.hrToken);
    const atRisk = (await notificationsOf(api, op.userId, proposed.id)).filter((n) => n.kind === 'CHECK_IN_AT_RISK');
    expect(atRisk).toHaveLength(1);
    expect(atRisk[0].titleIt).not.toContain('assenze');
    expect((await notificationsOf(api, company.hrUserId, proposed.id)).filter((n) => n.kind === 'CHECK_IN_AT_RISK')).toHaveLength(0);
    const withCheckIns = await graphqlOk<{ proposal: { checkIns: { side: string; state: string }[] } }>(api.server, CONTACT, { id: proposed.id }, { token: op.token });
    expect(withCheckIns.proposal.checkIns).toEqual([{ side: 'OPERATOR', state: 'FINE' }, { side: 'COMPANY', state: 'AT_RISK' }]);

    // End assessment with a job: HIRED, the person PLACED; the contact is no longer shown once closed.
    const noContract = await refusal(api, END, { proposalId: proposed.id, outcome: 'COMPLETED', jobFollowed: true }, op.token);
    expect(noContract.reason).toBe('CONTRACT_TYPE_REQUIRED');
    const hired = await act(api, END, { proposalId: proposed.id, outcome: 'COMPLETED', jobFollowed: true, contractType: 'FIXED_TERM', feedback: 'Ottimo inserimento' }, op.token);
    expect(hired).toMatchObject({ status: 'HIRED', outcome: 'COMPLETED', contractType: 'FIXED_TERM' });
    expect(await candidateStatus(api, candidateId)).toBe('PLACED');
    const closed = await graphqlOk<{ proposal: { operatorContact: unknown } }>(api.server, CONTACT, { id: proposed.id }, { token: company.hrToken });
    expect(closed.proposal.operatorContact).toBeNull();

    // Every transition was audited once, with its actor.
    for (const action of ['proposal.created', 'proposal.accept', 'proposal.record_meeting_consent', 'proposal.schedule_interview', 'proposal.start', 'proposal.end']) {
      const events = await auditEvents(api.dataSource, action, proposed.id);
      expect([action, events.length]).toEqual([action, 1]);
      expect(events[0].actorId).not.toBeNull();
    }
    expect((await auditEvents(api.dataSource, 'proposal.check_in', proposed.id))).toHaveLength(2);
  });

  it('proposes and answers without reading back the row it wrote, and answers what a later read returns', async () => {
    const candidateId = await candidateOf(api, op);
    const written = /^(INSERT INTO|UPDATE) "proposal"/;
    const readsAfterWrite = (queries: string[]) => queries.slice(queries.findIndex((sql) => written.test(sql)) + 1).filter((sql) => /FROM "proposal"/.test(sql));
    const proposing = await countQueries(api.dataSource, () => propose(api, op.token, slotId, candidateId));
    expect(readsAfterWrite(proposing.queries)).toEqual([]);
    const accepting = await countQueries(api.dataSource, () => act(api, ACCEPT, { proposalId: proposing.result.id }, company.hrToken));
    expect(readsAfterWrite(accepting.queries)).toEqual([]);
    const read = await graphqlOk<{ proposal: ProposalView }>(api.server, `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`, { id: proposing.result.id }, { token: company.hrToken });
    expect(accepting.result).toEqual(read.proposal);
    expect(proposing.result).toEqual({ ...read.proposal, status: 'PROPOSED', answeredAt: null });
  });

  it('replays an idempotency key: the first result comes back and nothing acts twice, even when the retries race', async () => {
    const candidateId = await candidateOf(api, op);
    const input = { slotId, candidateId, idempotencyKey: 'replay-propose-0001' };
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => graphql<{ proposeCandidate: ProposalView }>(api.server, PROPOSE, { input }, { token: op.token })));
    const ids = [first, second, third].map((response) => response.data?.proposeCandidate.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeDefined();
    const id = String(ids[0]);
    expect(await auditEvents(api.dataSource, 'proposal.created', id)).toHaveLength(1);
    expect(await notificationsOf(api, company.hrUserId, id)).toHaveLength(1);

    const accepted = await act(api, ACCEPT, { proposalId: id, idempotencyKey: 'replay-accept-0001' }, company.hrToken);
    await act(api, INTERVIEW, { proposalId: id }, company.hrToken);
    // A retry of the accept after the proposal moved on returns the first result (ACCEPTED), acting no more.
    const replayed = await act(api, ACCEPT, { proposalId: id, idempotencyKey: 'replay-accept-0001' }, company.hrToken);
    expect(replayed).toEqual(accepted);
    expect(await auditEvents(api.dataSource, 'proposal.accept', id)).toHaveLength(1);
    // The same key for another request is refused.
    const reused = await refusal(api, WITHDRAW, { proposalId: id, idempotencyKey: 'replay-accept-0001' }, company.hrToken);
    expect([reused.code, reused.reason]).toEqual(['CONFLICT', 'IDEMPOTENCY_KEY_REUSED']);
    // Keys belong to their user: another user's identical key is a new request.
    const other = await propose(api, otherOp.token, slotId, await candidateOf(api, otherOp), { idempotencyKey: 'replay-propose-0001' });
    expect(other.id).not.toBe(id);
  });

  it('refuses every disallowed transition with its code: wrong role, wrong state; another company’s or organisation’s proposal reads as unknown', async () => {
    const candidateId = await candidateOf(api, op);
    const proposal = await propose(api, op.token, slotId, candidateId);
    const colleague = await colleagueToken(api, op);
    const cases: [string, string, Record<string, unknown>, string, string, string][] = [
      ['operator accepts its own proposal', ACCEPT, { proposalId: proposal.id }, op.token, 'FORBIDDEN', 'ROLE_NOT_ALLOWED'],
      ['a colleague accepts it too', ACCEPT, { proposalId: proposal.id }, colleague, 'FORBIDDEN', 'ROLE_NOT_ALLOWED'],
      ['another company accepts', ACCEPT, { proposalId: proposal.id }, otherCompany.hrToken, 'NOT_FOUND', 'PROPOSAL_NOT_FOUND'],
      ['another organisation withdraws', WITHDRAW, { proposalId: proposal.id }, otherOp.token, 'NOT_FOUND', 'PROPOSAL_NOT_FOUND'],
      ['HR starts a PROPOSED', START, { proposalId: proposal.id }, company.hrToken, 'CONFLICT', 'NOT_ALLOWED_IN_STATUS'],
      ['consent before acceptance', CONSENT, { proposalId: proposal.id, agreedOn: '2026-01-20' }, op.token, 'CONFLICT', 'NOT_ALLOWED_IN_STATUS'],
      ['a check-in before the start', CHECK_IN, { proposalId: proposal.id, state: 'FINE' }, op.token, 'CONFLICT', 'NOT_ALLOWED_IN_STATUS'],
      ['HR withdraws an operator’s proposal', WITHDRAW, { proposalId: proposal.id }, company.hrToken, 'FORBIDDEN', 'ROLE_NOT_ALLOWED'],
      ['an ADMIN accepts', ACCEPT, { proposalId: proposal.id }, adminToken, 'FORBIDDEN', 'undefined'],
    ];
    for (const [name, mutation, input, token, code, reason] of cases) {
      const error = await refusal(api, mutation, input, token);
      expect([name, error.code, reason === 'undefined' ? 'undefined' : error.reason]).toEqual([name, code, reason]);
    }
    // Proposing another organisation's candidate; a note with a phone number.
    expect((await refusal(api, PROPOSE, { slotId, candidateId: await candidateOf(api, otherOp) }, op.token)).reason).toBe('CANDIDATE_NOT_FOUND');
    const phone = await refusal(api, DECLINE, { proposalId: proposal.id, reason: 'OTHER', note: 'chiamatemi al 051 123 4567' }, company.hrToken);
    expect([phone.code, phone.reason]).toEqual(['BAD_USER_INPUT', 'PERSONAL_DATA_IN_TEXT']);
    // The same candidate twice for one slot.
    expect((await refusal(api, PROPOSE, { slotId, candidateId }, op.token)).reason).toBe('ALREADY_PROPOSED');
    // Nothing moved.
    const [row] = (await api.dataSource.query('SELECT status FROM proposal WHERE id = $1', [proposal.id])) as { status: string }[];
    expect(row.status).toBe('PROPOSED');

    // A coded decline with a note the other side sees; then nothing moves it again.
    const declined = await act(api, DECLINE, { proposalId: proposal.id, reason: 'SCHEDULE_MISMATCH', note: 'Servono turni serali' }, company.hrToken);
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'SCHEDULE_MISMATCH', closingNote: 'Servono turni serali' });
    expect((await refusal(api, ACCEPT, { proposalId: proposal.id }, company.hrToken)).reason).toBe('NOT_ALLOWED_IN_STATUS');
    expect((await auditEvents(api.dataSource, 'proposal.decline', proposal.id))[0].details).toMatchObject({ reason: 'SCHEDULE_MISMATCH', from: 'PROPOSED', to: 'DECLINED' });
  });

  it('lets HR request a matched candidate; the operator answers', async () => {
    const candidateId = await candidateOf(api, op);
    const requested = await act(api, REQUEST, { slotId, candidateId }, company.hrToken);
    expect(requested).toMatchObject({ status: 'REQUESTED', origin: 'COMPANY' });
    expect((await notificationsOf(api, op.userId, requested.id)).map((n) => n.kind)).toEqual(['PROPOSAL_RECEIVED']);
    // The operator reads which slot, and whose, the request is for.
    const seen = await graphqlOk<{ proposal: { slot: { id: string; company: { id: string } } } }>(
      api.server, 'query($id: ID!) { proposal(id: $id) { slot { id company { id } } } }', { id: requested.id }, { token: op.token },
    );
    expect(seen.proposal.slot).toEqual({ id: slotId, company: { id: company.companyId } });
    expect((await refusal(api, ACCEPT, { proposalId: requested.id }, company.hrToken)).reason).toBe('ROLE_NOT_ALLOWED');
    expect((await refusal(api, REQUEST, { slotId, candidateId: await candidateOf(api, op) }, otherCompany.hrToken)).reason).toBe('SLOT_NOT_FOUND');
    const declined = await act(api, DECLINE, { proposalId: requested.id, reason: 'PERSON_NOT_INTERESTED' }, op.token);
    expect(declined.status).toBe('DECLINED');
    expect((await notificationsOf(api, company.hrUserId, requested.id)).map((n) => n.kind)).toEqual(['PROPOSAL_ANSWERED']);
  });
});
