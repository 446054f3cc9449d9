import { auditEvents, createCompany, createUser, graphql, graphqlOk, signIn, TEST_PASSWORD, type TestApp, type TestUser } from '@ipl/testing';
import { startApi } from '../app';
import { LOGOUT, me, refresh } from './operations';

describe('sessions: refresh rotation and logout', () => {
  let api: TestApp;
  let companyId: string;

  beforeAll(async () => {
    api = await startApi();
    companyId = await createCompany(api.dataSource);
  });
  afterAll(() => api.close());

  const newUser = (): Promise<TestUser> => createUser(api.dataSource, 'COMPANY_HR', { companyId });

  async function expectRefreshRefused(refreshToken: string): Promise<void> {
    const response = await refresh(api.server, refreshToken);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
  }

  async function expectMeRefused(accessToken: string): Promise<void> {
    const response = await me(api.server, accessToken);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  }

  describe('refreshToken', () => {
    it('returns a new pair whose access token works', async () => {
      const user = await newUser();
      const first = await signIn(api.server, user.email);
      const response = await refresh(api.server, first.refreshToken);
      expect(response.errors).toBeUndefined();
      const second = response.data?.refreshToken;
      expect(second?.refreshToken).toBeDefined();
      expect(second?.refreshToken).not.toBe(first.refreshToken);
      expect(second?.user.id).toBe(user.id);
      expect((await me(api.server, second?.accessToken ?? '')).data?.me.id).toBe(user.id);
    });

    it('takes each refresh token once: the used one then fails, and replaying it revokes its whole family', async () => {
      const user = await newUser();
      const first = await signIn(api.server, user.email);
      const other = await signIn(api.server, user.email); // another device: another family
      const second = (await refresh(api.server, first.refreshToken)).data?.refreshToken;
      if (!second) throw new Error('refresh failed');

      await expectRefreshRefused(first.refreshToken);
      // The replay above revoked the family, so even its newest token is now refused...
      await expectRefreshRefused(second.refreshToken);
      // ...while the session of the other device is untouched.
      const otherRefreshed = await refresh(api.server, other.refreshToken);
      expect(otherRefreshed.errors).toBeUndefined();
      expect(otherRefreshed.data?.refreshToken.user.id).toBe(user.id);
    });

    it('lets exactly one of two simultaneous uses of the same token through', async () => {
      const user = await newUser();
      const session = await signIn(api.server, user.email);
      const results = await Promise.all([refresh(api.server, session.refreshToken), refresh(api.server, session.refreshToken)]);
      expect(results.filter((result) => result.data?.refreshToken)).toHaveLength(1);
      const refused = results.filter((result) => result.errors);
      expect(refused).toHaveLength(1);
      expect(refused[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
    });

    it('refuses forged, malformed and expired refresh tokens', async () => {
      const user = await newUser();
      const session = await signIn(api.server, user.email);
      const [id] = session.refreshToken.split('.');
      await expectRefreshRefused(`${id}.${'A'.repeat(43)}`); // right id, wrong secret
      await expectRefreshRefused('not-a-token');
      await expectRefreshRefused(`${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}.secret`);

      await api.dataSource.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
      await expectRefreshRefused(session.refreshToken);
    });

    it('refuses the refresh token of a user who has since been disabled', async () => {
      const user = await newUser();
      const session = await signIn(api.server, user.email);
      await api.dataSource.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [user.id]);
      await expectRefreshRefused(session.refreshToken);
    });
  });

  describe('logout', () => {
    it('voids the access token at once and the refresh token, on every device, and is audited', async () => {
      const user = await newUser();
      const session = await signIn(api.server, user.email);
      const otherDevice = await signIn(api.server, user.email);
      expect((await me(api.server, session.accessToken)).data?.me.id).toBe(user.id);

      const data = await graphqlOk<{ logout: boolean }>(api.server, LOGOUT, {}, { token: session.accessToken });
      expect(data.logout).toBe(true);

      await expectMeRefused(session.accessToken);
      await expectMeRefused(otherDevice.accessToken);
      await expectRefreshRefused(session.refreshToken);
      await expectRefreshRefused(otherDevice.refreshToken);
      const events = await auditEvents(api.dataSource, 'user.signed_out', user.id);
      expect(events).toHaveLength(1);
      expect(events[0]?.actorId).toBe(user.id);

      // Signing in again starts a fresh session.
      const again = await signIn(api.server, user.email, TEST_PASSWORD);
      expect((await me(api.server, again.accessToken)).data?.me.id).toBe(user.id);
    });

    it('refuses logout without a valid access token', async () => {
      const response = await graphql(api.server, LOGOUT);
      expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('access tokens', () => {
    function encode(part: object): string {
      return Buffer.from(JSON.stringify(part)).toString('base64url');
    }

    it('refuses an unsigned token (alg none) and a token whose claims were edited', async () => {
      const user = await newUser();
      const session = await signIn(api.server, user.email);
      const [header, payload, signature] = session.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
      expect(claims).toMatchObject({ sub: user.id, ver: 0, mfa: false });

      await expectMeRefused(`${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`);
      await expectMeRefused(`${header}.${encode({ ...claims, exp: Number(claims.exp) + 86_400 })}.${signature}`);
      await expectMeRefused(`${header}.${payload}.${signature?.slice(0, -4)}AAAA`);
      expect((await me(api.server, session.accessToken)).data?.me.id).toBe(user.id);
    });
  });
});
