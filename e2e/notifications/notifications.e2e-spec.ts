import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@ipl/core';
import { NotificationKind, NotificationSender, NotificationsDigestJob, NotificationsService, type NewNotification } from '@ipl/notifications';
import { createCompany, createUser, errorOf, graphql, graphqlOk, mailsTo, signIn, TestApp, TestUser } from '@ipl/testing';
import { startApi } from '../app';

const LIST = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id kind subjectType subjectId title link readAt createdAt }
  }
}`;
const UNREAD = '{ unreadNotificationCount }';
const MARK_READ = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const PREFERENCES = '{ notificationPreferences { kind delivery isDefault } }';
const SET_PREFERENCE = 'mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) { setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery isDefault } }';

interface Listed {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; kind: string; subjectType: string; subjectId: string; title: string; link: string | null; readAt: string | null }[];
  };
}

describe('notifications people can live with', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let service: NotificationsService;
  let companyId: string;

  async function person(): Promise<{ user: TestUser; token: string }> {
    const user = await createUser(dataSource, 'COMPANY_HR', { companyId });
    return { user, token: (await signIn(api.server, user.email)).accessToken };
  }

  function about(recipients: TestUser[], kind: NotificationKind, code: string): NewNotification {
    return {
      recipientUserIds: recipients.map((recipient) => recipient.id),
      kind,
      subjectType: 'proposal',
      subjectId: code,
      title: { it: `Proposta ${code}: nuova risposta`, en: `Proposal ${code}: new answer` },
      link: `/proposals/${code}`,
    };
  }

  /** Notifies in its own committed transaction, as a library's service does. */
  function notify(notification: NewNotification): Promise<void> {
    return dataSource.transaction((manager: EntityManager) => service.notify(manager, notification));
  }

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.dataSource;
    service = api.app.get(NotificationsService);
    companyId = await createCompany(dataSource);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  it('writes nothing and sends nothing when the caller rolls back', async () => {
    const { user, token } = await person();
    await expect(
      dataSource.transaction(async (manager) => {
        await service.notify(manager, about([user], NotificationKind.CHECK_IN_AT_RISK, 'P-ROLLBACK'));
        throw new Error('the transition failed');
      }),
    ).rejects.toThrow('the transition failed');
    await api.app.get(NotificationSender).sweepImmediate();
    await api.app.get(NotificationsDigestJob).run();

    const listed = await graphqlOk<Listed>(api.server, LIST, {}, { token });
    expect(listed.notifications.totalCount).toBe(0);
    expect(await mailsTo(dataSource, user.email)).toEqual([]);
  });

  it('sends an IMMEDIATE kind once, right after commit, and never again', async () => {
    const { user, token } = await person();
    await notify(about([user], NotificationKind.CHECK_IN_AT_RISK, 'P-AT-RISK'));

    const mails = await mailsTo(dataSource, user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'notification.check_in_at_risk', subject: 'Proposta P-AT-RISK: nuova risposta / Proposal P-AT-RISK: new answer' });
    expect(mails[0].body).toContain('/proposals/P-AT-RISK');

    await api.app.get(NotificationSender).sweepImmediate();
    await api.app.get(NotificationsDigestJob).run();
    expect(await mailsTo(dataSource, user.email)).toHaveLength(1);

    const english = await graphqlOk<Listed>(api.server, LIST, {}, { token, language: 'en' });
    expect(english.notifications.nodes).toEqual([
      expect.objectContaining({ kind: 'CHECK_IN_AT_RISK', subjectType: 'proposal', subjectId: 'P-AT-RISK', title: 'Proposal P-AT-RISK: new answer', link: '/proposals/P-AT-RISK', readAt: null }),
    ]);
  });

  it('collects DAILY_DIGEST kinds into one e-mail with every item once, and never sends it twice, even from two processes', async () => {
    const { user } = await person();
    const { user: other } = await person();
    await notify(about([user, other], NotificationKind.PROPOSAL_RECEIVED, 'P-ONE'));
    await notify(about([user], NotificationKind.PROPOSAL_ANSWERED, 'P-TWO'));
    expect(await mailsTo(dataSource, user.email)).toEqual([]);

    // Two processes running the job at the same moment.
    const job = api.app.get(NotificationsDigestJob);
    await Promise.all([job.run(), job.run()]);

    const mails = await mailsTo(dataSource, user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].kind).toBe('notification.digest');
    for (const title of ['Proposta P-ONE: nuova risposta', 'Proposta P-TWO: nuova risposta', 'Proposal P-ONE: new answer', 'Proposal P-TWO: new answer']) {
      expect(mails[0].body.split(title)).toHaveLength(2);
    }
    expect(await mailsTo(dataSource, other.email)).toHaveLength(1);

    await job.run();
    expect(await mailsTo(dataSource, user.email)).toHaveLength(1);

    // The next day's digest carries only what came after.
    await notify(about([user], NotificationKind.PROPOSAL_REMINDER, 'P-THREE'));
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 86_400_000));
    await job.run();
    const next = await mailsTo(dataSource, user.email);
    expect(next).toHaveLength(2);
    expect(next[1].body).toContain('P-THREE');
    expect(next[1].body).not.toContain('P-ONE');
  });

  it('leaves a digest item written after the run for the next one', async () => {
    const { user } = await person();
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 3_600_000));
    await notify(about([user], NotificationKind.PATH_STARTED, 'P-LATER'));
    jest.restoreAllMocks();
    await api.app.get(NotificationsDigestJob).run();
    expect(await mailsTo(dataSource, user.email)).toEqual([]);
  });

  it('sends no e-mail for a kind set OFF, while the in-app list still shows it', async () => {
    const { user, token } = await person();
    for (const kind of ['CHECK_IN_AT_RISK', 'PROPOSAL_RECEIVED']) {
      const set = await graphqlOk<{ setNotificationPreference: unknown }>(api.server, SET_PREFERENCE, { kind, delivery: 'OFF' }, { token });
      expect(set.setNotificationPreference).toEqual({ kind, delivery: 'OFF', isDefault: false });
    }
    await notify(about([user], NotificationKind.CHECK_IN_AT_RISK, 'P-OFF-1'));
    await notify(about([user], NotificationKind.PROPOSAL_RECEIVED, 'P-OFF-2'));
    await api.app.get(NotificationSender).sweepImmediate();
    await api.app.get(NotificationsDigestJob).run();

    expect(await mailsTo(dataSource, user.email)).toEqual([]);
    const listed = await graphqlOk<Listed>(api.server, LIST, {}, { token });
    expect(listed.notifications.nodes.map((node) => node.subjectId)).toEqual(['P-OFF-2', 'P-OFF-1']);
  });

  it('sends no e-mail to a disabled user', async () => {
    const { user } = await person();
    await dataSource.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [user.id]);
    await notify(about([user], NotificationKind.CONTACT_DISCLOSED, 'P-DISABLED'));
    await notify(about([user], NotificationKind.PROPOSAL_RECEIVED, 'P-DISABLED-2'));
    await api.app.get(NotificationsDigestJob).run();
    expect(await mailsTo(dataSource, user.email)).toEqual([]);
  });

  it('shows each user only their own notifications, and lets them mark them read', async () => {
    const alice = await person();
    const bob = await person();
    for (const code of ['A-1', 'A-2', 'A-3']) await notify(about([alice.user], NotificationKind.PROPOSAL_EXPIRED, code));
    await notify(about([bob.user], NotificationKind.PROPOSAL_EXPIRED, 'B-1'));

    const aliceList = await graphqlOk<Listed>(api.server, LIST, {}, { token: alice.token });
    expect(aliceList.notifications.nodes.map((node) => node.subjectId)).toEqual(['A-3', 'A-2', 'A-1']);
    const bobList = await graphqlOk<Listed>(api.server, LIST, {}, { token: bob.token });
    expect(bobList.notifications.nodes.map((node) => node.subjectId)).toEqual(['B-1']);

    // Bob cannot mark Alice's notifications read, even knowing their ids.
    const aliceIds = aliceList.notifications.nodes.map((node) => node.id);
    expect(await graphqlOk(api.server, MARK_READ, { ids: aliceIds }, { token: bob.token })).toEqual({ markNotificationsRead: 0 });
    expect(await graphqlOk(api.server, UNREAD, {}, { token: alice.token })).toEqual({ unreadNotificationCount: 3 });

    // Pages follow the cursor.
    const first = await graphqlOk<Listed>(api.server, LIST, { first: 2 }, { token: alice.token });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await graphqlOk<Listed>(api.server, LIST, { first: 2, after: first.notifications.pageInfo.endCursor }, { token: alice.token });
    expect(second.notifications.nodes.map((node) => node.subjectId)).toEqual(['A-1']);

    expect(await graphqlOk(api.server, MARK_READ, { ids: [aliceIds[0]] }, { token: alice.token })).toEqual({ markNotificationsRead: 1 });
    const unread = await graphqlOk<Listed>(api.server, LIST, { unreadOnly: true }, { token: alice.token });
    expect(unread.notifications.nodes.map((node) => node.subjectId)).toEqual(['A-2', 'A-1']);

    expect(await graphqlOk(api.server, MARK_READ, {}, { token: alice.token })).toEqual({ markNotificationsRead: 2 });
    expect(await graphqlOk(api.server, UNREAD, {}, { token: alice.token })).toEqual({ unreadNotificationCount: 0 });
    expect(await graphqlOk(api.server, UNREAD, {}, { token: bob.token })).toEqual({ unreadNotificationCount: 1 });

    const badId = await errorOf(api.server, MARK_READ, { ids: ['not-an-id'] }, { token: alice.token });
    expect(badId.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lists every kind with its default, changes one, and refuses what is not a kind or a delivery', async () => {
    const { token } = await person();
    const defaults = await graphqlOk<{ notificationPreferences: { kind: string; delivery: string; isDefault: boolean }[] }>(api.server, PREFERENCES, {}, { token });
    expect(defaults.notificationPreferences).toHaveLength(Object.values(NotificationKind).length);
    expect(defaults.notificationPreferences).toEqual(
      expect.arrayContaining([
        { kind: 'CHECK_IN_AT_RISK', delivery: 'IMMEDIATE', isDefault: true },
        { kind: 'CONTACT_DISCLOSED', delivery: 'IMMEDIATE', isDefault: true },
        { kind: 'PROPOSAL_RECEIVED', delivery: 'DAILY_DIGEST', isDefault: true },
      ]),
    );

    await graphqlOk(api.server, SET_PREFERENCE, { kind: 'PROPOSAL_RECEIVED', delivery: 'IMMEDIATE' }, { token });
    await graphqlOk(api.server, SET_PREFERENCE, { kind: 'PROPOSAL_RECEIVED', delivery: 'OFF' }, { token });
    const changed = await graphqlOk<{ notificationPreferences: { kind: string; delivery: string; isDefault: boolean }[] }>(api.server, PREFERENCES, {}, { token });
    expect(changed.notificationPreferences.find((preference) => preference.kind === 'PROPOSAL_RECEIVED')).toEqual({ kind: 'PROPOSAL_RECEIVED', delivery: 'OFF', isDefault: false });

    const badKind = await graphql(api.server, SET_PREFERENCE, { kind: 'EVERYTHING', delivery: 'OFF' }, { token });
    expect(badKind.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const badDelivery = await graphql(api.server, SET_PREFERENCE, { kind: 'PROPOSAL_RECEIVED', delivery: 'HOURLY' }, { token });
    expect(badDelivery.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const anonymous = await errorOf(api.server, PREFERENCES);
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a title that could carry more than a one-line code-built text, or a link out of the portal', async () => {
    const { user } = await person();
    const multiline = { ...about([user], NotificationKind.PROPOSAL_RECEIVED, 'P-X'), title: { it: 'Proposta\nBcc: x@y', en: 'Proposal' } };
    await expect(notify(multiline)).rejects.toMatchObject({ reason: 'INVALID_NOTIFICATION' });
    const outside = { ...about([user], NotificationKind.PROPOSAL_RECEIVED, 'P-X'), link: 'https://elsewhere.example/x' };
    await expect(notify(outside)).rejects.toMatchObject({ reason: 'INVALID_NOTIFICATION' });
    const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1', [user.id])) as { count: number }[];
    expect(count).toBe(0);
  });
});
