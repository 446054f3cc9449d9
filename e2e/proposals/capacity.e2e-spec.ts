import { Clock } from '@ipl/core';
import { ProposalsDeadlineJob } from '@ipl/proposals';
import { romeDate } from '@ipl/slots';
import { auditEvents, createUser, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import type { OperatorSession } from '../candidates/operations';
import { inDays } from '../albo/fixtures';
import {
  ACCEPT, act, admittedCompany, candidateOf, INTERRUPT, notificationsOf, openSlot, operator, propose, PROPOSE, refusal, SIGNALS, SLOT, START,
  type Company, type ProposalView,
} from './fixtures';

const DAY_MS = 86_400_000;
const SET_INTAKE = 'mutation($id: ID!, $input: SlotIntakeInput!) { setSlotIntake(id: $id, input: $input) { id pausedUntil monthlyProposalCap } }';

/** Never overbooked, never flooded, never left unanswered; the signals operators see. */
describe('proposals: openings, intake, deadlines and signals', () => {
  let api: TestApp;
  let adminToken: string;
  let company: Company;
  let op: OperatorSession;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await admittedCompany(api, adminToken);
    op = await operator(api);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const slotState = async (slotId: string) =>
    (await graphqlOk<{ slot: { status: string; openingsTaken: number; openingsLeft: number } }>(api.server, SLOT, { id: slotId }, { token: company.hrToken })).slot;

  it('gives exactly 3 of 20 racing starts on a slot with 3 openings; FILLED at 3, OPEN again when one is interrupted before its start', async () => {
    const slotId = await openSlot(api, company, 3);
    const proposals: ProposalView[] = [];
    for (let i = 0; i < 20; i += 1) {
      const proposal = await propose(api, op.token, slotId, await candidateOf(api, op));
      await act(api, ACCEPT, { proposalId: proposal.id }, company.hrToken);
      proposals.push(proposal);
    }
    const startsOn = inDays(20);
    const responses = await Promise.all(
      proposals.map((proposal) => graphql<{ startPath: ProposalView }>(api.server, START, { input: { proposalId: proposal.id, startsOn } }, { token: company.hrToken })),
    );
    const started = responses.filter((response) => response.data?.startPath.status === 'STARTED');
    const refused = responses.filter((response) => response.errors?.length);
    expect(started).toHaveLength(3);
    expect(refused).toHaveLength(17);
    expect(new Set(refused.map((response) => response.errors?.[0]?.extensions.reason))).toEqual(new Set(['NO_OPENING_LEFT']));
    expect(await slotState(slotId)).toMatchObject({ status: 'FILLED', openingsTaken: 3, openingsLeft: 0 });
    const [{ n }] = (await api.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE slot_id = $1 AND status = 'STARTED'`, [slotId])) as { n: number }[];
    expect(n).toBe(3);
    // The refused ones rolled back whole: still ACCEPTED, candidates still ACTIVE.
    const [{ inPath }] = (await api.dataSource.query(
      `SELECT count(*)::int AS "inPath" FROM candidate c JOIN proposal p ON p.candidate_id = c.id WHERE p.slot_id = $1 AND c.status = 'IN_PATH'`, [slotId],
    )) as { inPath: number }[];
    expect(inPath).toBe(3);

    // Interrupted before its first day: the opening comes back and the slot reopens.
    const first = started[0].data?.startPath as ProposalView;
    const interrupted = await act(api, INTERRUPT, { proposalId: first.id, reason: 'PERSONAL_CIRCUMSTANCES', note: 'Trasferimento' }, op.token);
    expect(interrupted).toMatchObject({ status: 'INTERRUPTED', interruptionReason: 'PERSONAL_CIRCUMSTANCES' });
    expect(await slotState(slotId)).toMatchObject({ status: 'OPEN', openingsTaken: 2, openingsLeft: 1 });
    expect((await auditEvents(api.dataSource, 'proposal.interrupt', first.id))[0].details).toMatchObject({ openingReleased: true, reason: 'PERSONAL_CIRCUMSTANCES' });
    expect(await auditEvents(api.dataSource, 'proposal.start')).toHaveLength(3);
  }, 180_000);

  it('refuses a proposal to a paused slot or past the monthly cap, naming the day it reopens', async () => {
    const slotId = await openSlot(api, company, 2);
    const until = inDays(5);
    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: until } }, { token: company.hrToken });
    const paused = await refusal(api, PROPOSE, { slotId, candidateId: await candidateOf(api, op) }, op.token);
    const reopens = new Date(Date.parse(`${until}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    expect([paused.code, paused.reason]).toEqual(['CONFLICT', 'SLOT_PAUSED']);
    expect(paused.message).toContain(reopens);

    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: null, monthlyProposalCap: 2 } }, { token: company.hrToken });
    await propose(api, op.token, slotId, await candidateOf(api, op));
    await propose(api, op.token, slotId, await candidateOf(api, op));
    const capped = await refusal(api, PROPOSE, { slotId, candidateId: await candidateOf(api, op) }, op.token);
    const [year, month] = romeDate(new Date()).split('-').map(Number);
    const firstOfNext = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    expect([capped.code, capped.reason]).toEqual(['CONFLICT', 'MONTHLY_CAP_REACHED']);
    expect(capped.message).toContain(firstOfNext);
    // Racing proposals cannot overrun the cap either.
    const racing = await openSlot(api, company, 2);
    await graphqlOk(api.server, SET_INTAKE, { id: racing, input: { monthlyProposalCap: 3 } }, { token: company.hrToken });
    const candidates = await Promise.all(Array.from({ length: 8 }, () => candidateOf(api, op)));
    const results = await Promise.all(candidates.map((candidateId) => graphql(api.server, PROPOSE, { input: { slotId: racing, candidateId } }, { token: op.token })));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
  }, 90_000);

  it('reminds an unanswered proposal after 14 days and expires it after 30, telling both sides, and forgets its idempotency key after a week (moved clock)', async () => {
    const slotId = await openSlot(api, company, 1);
    const proposal = await propose(api, op.token, slotId, await candidateOf(api, op), { idempotencyKey: 'deadline-test-key' });
    const keyKept = async () => ((await api.dataSource.query('SELECT 1 FROM proposal_idempotency_key WHERE idempotency_key = $1', ['deadline-test-key'])) as unknown[]).length === 1;
    const clock = api.app.get(Clock);
    const job = api.app.get(ProposalsDeadlineJob);
    const start = Date.now();
    const now = jest.spyOn(clock, 'now');
    const statusOf = async () => ((await api.dataSource.query('SELECT status, reminder_sent_at AS "reminderSentAt" FROM proposal WHERE id = $1', [proposal.id])) as { status: string; reminderSentAt: Date | null }[])[0];

    now.mockReturnValue(new Date(start + 6 * DAY_MS));
    await job.run();
    expect(await keyKept()).toBe(true);
    now.mockReturnValue(new Date(start + 13 * DAY_MS));
    await job.run();
    expect(await statusOf()).toMatchObject({ status: 'PROPOSED', reminderSentAt: null });
    // A week on, a retry is long over: the key and the result it would replay are gone.
    expect(await keyKept()).toBe(false);
    now.mockReturnValue(new Date(start + 15 * DAY_MS));
    expect((await job.run()).reminded).toBeGreaterThanOrEqual(1);
    expect((await statusOf()).reminderSentAt).not.toBeNull();
    await job.run();
    expect((await notificationsOf(api, company.hrUserId, proposal.id)).filter((n) => n.kind === 'PROPOSAL_REMINDER')).toHaveLength(1);
    expect((await notificationsOf(api, op.userId, proposal.id)).filter((n) => n.kind === 'PROPOSAL_REMINDER')).toHaveLength(1);

    now.mockReturnValue(new Date(start + 31 * DAY_MS));
    expect((await job.run()).expired).toBeGreaterThanOrEqual(1);
    expect((await statusOf()).status).toBe('EXPIRED');
    expect((await notificationsOf(api, company.hrUserId, proposal.id)).map((n) => n.kind)).toContain('PROPOSAL_EXPIRED');
    expect((await notificationsOf(api, op.userId, proposal.id)).map((n) => n.kind)).toContain('PROPOSAL_EXPIRED');
    expect(await auditEvents(api.dataSource, 'proposal.expired', proposal.id)).toHaveLength(1);
    now.mockRestore();
    expect((await refusal(api, ACCEPT, { proposalId: proposal.id }, company.hrToken)).reason).toBe('NOT_ALLOWED_IN_STATUS');
  });

  it('shows operators a company’s answer figures over 90 days only from 5 proposals up', async () => {
    const small = await admittedCompany(api, adminToken);
    const slotId = await openSlot(api, small, 2);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push((await propose(api, op.token, slotId, await candidateOf(api, op))).id);
    const few = await graphqlOk<{ companyProposalSignals: Record<string, unknown> }>(api.server, SIGNALS, { companyId: small.companyId }, { token: op.token });
    expect(few.companyProposalSignals).toEqual({ companyId: small.companyId, proposals: 4, enoughData: false, medianHoursToFirstAnswer: null, answeredShare: null });
    ids.push((await propose(api, op.token, slotId, await candidateOf(api, op))).id);
    for (const id of ids.slice(0, 3)) await act(api, ACCEPT, { proposalId: id }, small.hrToken);
    const enough = await graphqlOk<{ companyProposalSignals: { enoughData: boolean; answeredShare: number; medianHoursToFirstAnswer: number } }>(
      api.server, SIGNALS, { companyId: small.companyId }, { token: op.token },
    );
    expect(enough.companyProposalSignals).toMatchObject({ enoughData: true, answeredShare: 0.6 });
    expect(enough.companyProposalSignals.medianHoursToFirstAnswer).toBeGreaterThanOrEqual(0);
    // HR cannot read other companies' signals.
    expect((await graphql(api.server, SIGNALS, { companyId: small.companyId }, { token: company.hrToken })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
