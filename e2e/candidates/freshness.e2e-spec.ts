import { Meilisearch } from 'meilisearch';
import { CandidateJobs } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { auditEvents, createUser, graphql, mailsTo, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, createCandidate, GET, LIST, operatorOf, randomCodiceFiscale, RECONFIRM, TO_RECONFIRM, UPDATE, type CandidateView, type OperatorSession } from './operations';

const DAY = 24 * 60 * 60 * 1000;

describe('fresh and complete, or not shown: reconfirmation, to-do list, reminders, retention', () => {
  let api: TestApp;
  let operator: OperatorSession;
  let clock: jest.SpyInstance<Date, []>;
  // An hour ahead, so that outbox rows written now (database time) are already due for delivery.
  const start = new Date(Date.now() + 60 * 60 * 1000);
  const mailbox = 'sst.reno@comune.example';

  const at = (days: number) => clock.mockReturnValue(new Date(start.getTime() + days * DAY));
  const toDo = async () =>
    (await graphql<{ candidatesToReconfirm: { nodes: CandidateView[] } }>(api.server, TO_RECONFIRM, {}, { token: operator.token })).data?.candidatesToReconfirm.nodes.map((n) => n.id) ?? [];
  const statusOf = async (id: string) => (await graphql<{ candidate: CandidateView }>(api.server, GET, { id }, { token: operator.token })).data?.candidate.status;
  const indexedIds = async () => {
    await api.app.get(SearchOutboxRelay).deliverAll();
    const index = api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid('candidates'));
    return (await index.getDocuments({ limit: 1000 })).results.map((document) => document.id as string);
  };

  beforeAll(async () => {
    api = await startApi();
    operator = await operatorOf(api.server, api.dataSource, 'RENO_LAVINO_SAMOGGIA');
    await api.dataSource.query('UPDATE organisation SET contact_email = $2 WHERE id = $1', [operator.organisationId, mailbox]);
    clock = jest.spyOn(api.app.get(Clock), 'now');
  });
  afterEach(() => clock.mockReturnValue(start));
  afterAll(() => api.close());

  it('turns a profile not reconfirmed in 60 days STALE, out of the index and into the to-do list, until its operator reconfirms it', async () => {
    at(0);
    const candidate = await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'CASALECCHIO_DI_RENO' }));
    expect(candidate.status).toBe('ACTIVE');
    expect(new Date(candidate.reconfirmDueAt as string).getTime() - start.getTime()).toBeGreaterThanOrEqual(60 * DAY - 1000);
    expect(await toDo()).not.toContain(candidate.id);
    expect(await indexedIds()).toContain(candidate.id);

    at(52);
    expect(await statusOf(candidate.id)).toBe('ACTIVE');
    expect(await toDo()).not.toContain(candidate.id);

    // A week before: in the to-do list, and one reminder to each enabled operator of the
    // organisation and to its office mailbox; not to a disabled colleague nor to other organisations.
    at(54);
    expect(await toDo()).toContain(candidate.id);
    const colleague = await createUser(api.dataSource, 'OPERATOR', { organisationId: operator.organisationId, districtCode: 'RENO_LAVINO_SAMOGGIA' });
    const disabled = await createUser(api.dataSource, 'OPERATOR', { organisationId: operator.organisationId, districtCode: 'RENO_LAVINO_SAMOGGIA' });
    await api.dataSource.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [disabled.id]);
    const elsewhere = await operatorOf(api.server, api.dataSource, 'RENO_LAVINO_SAMOGGIA', 'CARITAS');
    const emailOf = async (id: string) => ((await api.dataSource.query('SELECT email FROM app_user WHERE id = $1', [id])) as { email: string }[])[0].email;
    expect(await api.app.get(CandidateJobs).sendReconfirmationReminders()).toBe(1);
    expect(await api.app.get(CandidateJobs).sendReconfirmationReminders()).toBe(0);
    for (const recipient of [mailbox, await emailOf(operator.userId), colleague.email]) {
      const mails = await mailsTo(api.dataSource, recipient);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ kind: 'candidate-reconfirmation-reminder' });
      expect(mails[0].body).toContain(candidate.publicCode);
      // Public codes only: no profile text.
      expect(mails[0].body).not.toContain('turni 8-14');
      expect(mails[0].body).not.toContain('ucito a macchina');
    }
    expect(await mailsTo(api.dataSource, disabled.email)).toEqual([]);
    expect(await mailsTo(api.dataSource, await emailOf(elsewhere.userId))).toEqual([]);
    expect(await auditEvents(api.dataSource, 'candidate.reminder_sent', candidate.id)).toHaveLength(1);

    at(61);
    expect(await statusOf(candidate.id)).toBe('STALE');
    expect(await toDo()).toContain(candidate.id);
    const stale = await graphql<{ candidates: { nodes: CandidateView[] } }>(api.server, LIST, { first: 50, status: 'STALE' }, { token: operator.token });
    expect(stale.data?.candidates.nodes.map((n) => n.id)).toContain(candidate.id);
    expect(await api.app.get(CandidateJobs).markStale()).toBe(1);
    expect(await indexedIds()).not.toContain(candidate.id);

    const reconfirmed = await graphql<{ reconfirmCandidate: CandidateView }>(api.server, RECONFIRM, { id: candidate.id }, { token: operator.token });
    expect(reconfirmed.data?.reconfirmCandidate.status).toBe('ACTIVE');
    expect(new Date(reconfirmed.data?.reconfirmCandidate.reconfirmDueAt as string).getTime()).toBe(start.getTime() + 121 * DAY);
    expect(await toDo()).not.toContain(candidate.id);
    expect(await indexedIds()).toContain(candidate.id);
    expect(await auditEvents(api.dataSource, 'candidate.reconfirmed', candidate.id)).toHaveLength(1);
  });

  it('refuses to reconfirm an incomplete profile, which stays STALE and in the to-do list', async () => {
    at(0);
    const candidate = await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { desiredSectors: [] }));
    expect(candidate.status).toBe('STALE');
    expect(await toDo()).toContain(candidate.id);
    const refused = await graphql(api.server, RECONFIRM, { id: candidate.id }, { token: operator.token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE_PROFILE' });
    expect(await indexedIds()).not.toContain(candidate.id);
    await graphql(api.server, UPDATE, { id: candidate.id, input: { desiredSectors: ['C'] } }, { token: operator.token });
    expect(await statusOf(candidate.id)).toBe('ACTIVE');
  });

  it('erases profiles past their retention deadline (24 months from the last update)', async () => {
    at(0);
    const candidate = await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale()));
    at(700);
    expect(await api.app.get(CandidateJobs).eraseExpired()).toBe(0);
    at(740);
    expect(await api.app.get(CandidateJobs).eraseExpired()).toBeGreaterThanOrEqual(1);
    expect(await api.dataSource.query('SELECT 1 FROM candidate WHERE id = $1', [candidate.id])).toEqual([]);
    expect(await auditEvents(api.dataSource, 'candidate.erased', candidate.id)).toEqual([expect.objectContaining({ actorId: null, details: expect.objectContaining({ reason: 'retention' }) })]);
  });
});
