import { Clock } from '@ipl/core';
import { NotificationsDigestJob } from '@ipl/notifications';
import { createUser, mailsTo, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import type { OperatorSession } from '../candidates/operations';
import { admittedCompany, candidateOf, openSlot, operator, propose, type Company } from './fixtures';

const DAY_MS = 86_400_000;

describe('proposals: a user who chose the daily digest', () => {
  let api: TestApp;
  let company: Company;
  let op: OperatorSession;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await admittedCompany(api, adminToken);
    op = await operator(api);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  it('gets one e-mail for several proposals received, naming each by its public code, and never that digest again', async () => {
    const [{ email }] = (await api.dataSource.query('SELECT email FROM app_user WHERE id = $1', [company.hrUserId])) as { email: string }[];
    const slotId = await openSlot(api, company, 2);
    const first = await propose(api, op.token, slotId, await candidateOf(api, op));
    const second = await propose(api, op.token, slotId, await candidateOf(api, op));
    // Proposals received default to the daily digest: nothing is mailed yet.
    expect((await mailsTo(api.dataSource, email)).filter((mail) => mail.kind.startsWith('notification'))).toEqual([]);

    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + DAY_MS));
    const job = api.app.get(NotificationsDigestJob);
    await job.run();
    await job.run();
    const digests = (await mailsTo(api.dataSource, email)).filter((mail) => mail.kind === 'notification.digest');
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    for (const proposal of [first, second]) {
      const [{ code }] = (await api.dataSource.query('SELECT candidate_public_code AS code FROM proposal WHERE id = $1', [proposal.id])) as { code: string }[];
      expect(digest?.body).toContain(code);
    }
  });
});
