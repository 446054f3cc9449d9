import { auditEvents, createCompany, createUser, TEST_PASSWORD, type TestApp, type TestUser } from '@ipl/testing';
import { createHash } from 'node:crypto';
import { ACCOUNT_CEILING_FACTOR } from '@ipl/auth';
import { startApi } from '../app';
import request from 'supertest';
import { LOGIN, login, loginFailures, loginFrom, loginOk, me } from './operations';

const MAX_FAILURES = 3;

/** A failed sign-in that claims, through X-Forwarded-For, to come from another address. */
function failFrom(server: TestApp['server'], forwardedFor: string, email: string) {
  return request(server).post('/graphql').set('X-Forwarded-For', forwardedFor).send({ query: LOGIN, variables: { input: { email, password: 'wrong-password' } } });
}


describe('login', () => {
  let api: TestApp;
  let hr: TestUser;

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_MAX_FAILURES: String(MAX_FAILURES) } });
    hr = await createUser(api.dataSource, 'COMPANY_HR', { companyId: await createCompany(api.dataSource) });
  });
  afterAll(() => api.close());

  /** The failures counted for this user from the test client's own address (supertest's). */
  async function failuresOf(user: TestUser): Promise<{ failedCount: number; lockedUntil: Date | null } | undefined> {
    const rows = await loginFailures(api.dataSource, user.email);
    const [row] = rows.filter((row) => !/127\.0\.0\.([2-9]|\d\d+)$/.test(row.clientAddress));
    return row ? { failedCount: row.failedCount, lockedUntil: row.lockedUntil } : undefined;
  }

  describe('with e-mail and password', () => {
    it('returns an access and a refresh token, and the access token works as a Bearer token on me', async () => {
      const session = await loginOk(api.server, { email: hr.email, password: TEST_PASSWORD });
      expect(session.accessToken.split('.')).toHaveLength(3);
      expect(session.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{40,}$/);
      expect(session.expiresIn).toBeGreaterThan(0);
      expect(session.secondFactorPending).toBe(false);
      expect(session.user).toMatchObject({ id: hr.id, role: 'COMPANY_HR', companyId: hr.companyId });

      const response = await me(api.server, session.accessToken);
      expect(response.errors).toBeUndefined();
      expect(response.data?.me).toMatchObject({ id: hr.id, email: hr.email, role: 'COMPANY_HR', companyId: hr.companyId });
      expect((await auditEvents(api.dataSource, 'user.signed_in', hr.id)).length).toBeGreaterThan(0);
    });

    it('accepts the e-mail whatever its case', async () => {
      const session = await loginOk(api.server, { email: hr.email.toUpperCase(), password: TEST_PASSWORD });
      expect(session.user.id).toBe(hr.id);
    });

    it('refuses me without a token, or with a token that is not one', async () => {
      for (const token of ['', 'not-a-jwt']) {
        const response = await me(api.server, token);
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_AUTHENTICATED' });
      }
    });
  });

  describe('with wrong credentials', () => {
    // A fresh user per test: the lockout limit of this file is low.
    const freshUser = (): Promise<TestUser> => createUser(api.dataSource, 'COMPANY_HR', { companyId: hr.companyId ?? undefined });

    it('answers a wrong password with UNAUTHENTICATED INVALID_CREDENTIALS, in Italian by default', async () => {
      const user = await freshUser();
      const response = await login(api.server, { email: user.email, password: 'not-the-password' });
      expect(response.data).toBeNull();
      const [error] = response.errors ?? [];
      expect(error?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
        messages: { it: 'E-mail o password non corretti', en: 'Wrong e-mail or password' },
      });
      expect(error?.message).toBe('E-mail o password non corretti');
      expect(JSON.stringify(response.errors)).not.toMatch(/stack|argon|SELECT/i);
    });

    it('answers in English when the client prefers it', async () => {
      const user = await freshUser();
      const english = await login(api.server, { email: user.email, password: 'not-the-password' }, { language: 'en-GB,en;q=0.9,it;q=0.5' });
      expect(english.errors?.[0]?.message).toBe('Wrong e-mail or password');
      const italian = await login(api.server, { email: user.email, password: 'not-the-password' }, { language: 'it-IT,en;q=0.5' });
      expect(italian.errors?.[0]?.message).toBe('E-mail o password non corretti');
    });

    it('answers an unknown e-mail with exactly the same error as a wrong password', async () => {
      const user = await freshUser();
      const unknown = await login(api.server, { email: 'nobody@test.example', password: TEST_PASSWORD });
      const wrong = await login(api.server, { email: user.email, password: 'not-the-password' });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(unknown.errors).toEqual(wrong.errors);
    });
  });

  describe('lockout after repeated failures', () => {
    it('counts failures in a row only: a success in between starts the count again', async () => {
      const user = await createUser(api.dataSource, 'ADMIN');
      for (let round = 0; round < 2; round += 1) {
        for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
          const response = await login(api.server, { email: user.email, password: 'wrong-password' });
          expect(response.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
        }
        expect((await failuresOf(user))?.failedCount).toBe(MAX_FAILURES - 1);
        await loginOk(api.server, { email: user.email, password: TEST_PASSWORD });
        expect(await failuresOf(user)).toEqual({ failedCount: 0, lockedUntil: null });
      }
    });

    it('locks the account at the limit, refuses even the right password until the lock ends, and audits the lock', async () => {
      const user = await createUser(api.dataSource, 'ADMIN');
      for (let attempt = 1; attempt < MAX_FAILURES; attempt += 1) {
        const response = await login(api.server, { email: user.email, password: 'wrong-password' });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      }
      const locking = await login(api.server, { email: user.email, password: 'wrong-password' });
      const lock = locking.errors?.[0];
      expect(lock?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
      const lockedUntil = new Date(String(lock?.extensions.lockedUntil));
      expect(lockedUntil.getTime()).toBeGreaterThan(Date.now() + 60_000);
      expect(lock?.message).toContain(lockedUntil.toISOString());
      expect(lock?.message).toMatch(/^Troppi tentativi/);

      const rightPassword = await login(api.server, { email: user.email, password: TEST_PASSWORD }, { language: 'en' });
      expect(rightPassword.data).toBeNull();
      expect(rightPassword.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' });
      expect(rightPassword.errors?.[0]?.message).toMatch(/^Too many failed attempts/);

      const locked = await auditEvents(api.dataSource, 'user.locked', user.id);
      expect(locked).toHaveLength(1);
      expect(locked[0]).toMatchObject({ actorId: null, subjectType: 'user', subjectId: user.id });

      // The lock ends: the clock is moved by moving the lock into the past.
      await api.dataSource.query(`UPDATE login_failure SET locked_until = now() - interval '1 second'`);
      const session = await loginOk(api.server, { email: user.email, password: TEST_PASSWORD });
      expect(session.user.id).toBe(user.id);
      expect(await failuresOf(user)).toEqual({ failedCount: 0, lockedUntil: null });
    });

    it('starts the count again after an expired lock instead of locking at the next mistake', async () => {
      const user = await createUser(api.dataSource, 'COMPANY_HR', { companyId: hr.companyId ?? undefined });
      for (let attempt = 0; attempt < MAX_FAILURES; attempt += 1) await login(api.server, { email: user.email, password: 'wrong-password' });
      expect((await failuresOf(user))?.lockedUntil).not.toBeNull();
      await api.dataSource.query(`UPDATE login_failure SET locked_until = now() - interval '1 second' WHERE locked_until > now()`);
      const response = await login(api.server, { email: user.email, password: 'wrong-password' });
      expect(response.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
      expect(await failuresOf(user)).toEqual({ failedCount: 1, lockedUntil: null });
    });

    it("locks only the stranger's address out: the user still signs in from their own", async () => {
      const user = await createUser(api.dataSource, 'COMPANY_HR', { companyId: hr.companyId ?? undefined });
      for (let attempt = 1; attempt <= MAX_FAILURES; attempt += 1) {
        const response = await loginFrom(api.server, '127.0.0.2', { email: user.email, password: 'wrong-password' });
        expect(response.errors?.[0]?.extensions.reason).toBe(attempt < MAX_FAILURES ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED');
      }
      const stranger = await loginFrom(api.server, '127.0.0.2', { email: user.email, password: TEST_PASSWORD });
      expect(stranger.errors?.[0]?.extensions.reason).toBe('ACCOUNT_LOCKED');

      const session = await loginOk(api.server, { email: user.email, password: TEST_PASSWORD });
      expect(session.user.id).toBe(user.id);
      // The user's success does not lift the stranger's lock.
      const still = await loginFrom(api.server, '127.0.0.2', { email: user.email, password: TEST_PASSWORD });
      expect(still.errors?.[0]?.extensions.reason).toBe('ACCOUNT_LOCKED');
    });

    it('answers failures and the lock of an unknown e-mail exactly like those of an existing account', async () => {
      const user = await createUser(api.dataSource, 'COMPANY_HR', { companyId: hr.companyId ?? undefined });
      const answers = async (email: string) => {
        const seen = [];
        for (let attempt = 0; attempt <= MAX_FAILURES; attempt += 1) {
          const response = await loginFrom(api.server, '127.0.0.3', { email, password: 'wrong-password' });
          const { lockedUntil: _until, ...extensions } = response.errors?.[0]?.extensions ?? { code: 'none' };
          seen.push({ status: response.status, data: response.data, extensions: { ...extensions, messages: undefined } });
        }
        return seen;
      };
      const existing = await answers(user.email);
      const unknown = await answers('nobody.at.all@test.example');
      expect(unknown).toEqual(existing);
      expect(existing.map((answer) => answer.extensions.reason)).toEqual([
        ...Array<string>(MAX_FAILURES - 1).fill('INVALID_CREDENTIALS'),
        'ACCOUNT_LOCKED',
        'ACCOUNT_LOCKED',
      ]);
    });

    it('past the account ceiling, gives an unknown address one try while the holder keeps their allowance, known and unknown accounts alike', async () => {
      const user = await createUser(api.dataSource, 'COMPANY_HR', { companyId: hr.companyId ?? undefined });
      await loginOk(api.server, { email: user.email, password: TEST_PASSWORD });
      const ghost = 'ghost.under.attack@test.example';
      // Many addresses have each failed just under their own limit: the distributed attack so far.
      for (const email of [user.email, ghost]) {
        const key = createHash('sha256').update(email).digest('hex');
        await api.dataSource.query(
          `INSERT INTO login_failure (account_key, client_address, failed_count, last_failed_at)
           SELECT $1, '10.0.0.' || n, $2, now() FROM generate_series(1, $3) AS n`,
          [key, MAX_FAILURES - 1, ACCOUNT_CEILING_FACTOR * MAX_FAILURES],
        );
      }
      const fromNewAddress = await loginFrom(api.server, '127.0.0.4', { email: user.email, password: 'wrong-password' });
      expect(fromNewAddress.errors?.[0]?.extensions.reason).toBe('ACCOUNT_LOCKED');
      const ghostFromNewAddress = await loginFrom(api.server, '127.0.0.4', { email: ghost, password: 'wrong-password' });
      expect(ghostFromNewAddress.errors?.[0]?.extensions.reason).toBe('ACCOUNT_LOCKED');

      // The holder, from the address they signed in from, may still mistype.
      const mistyped = await login(api.server, { email: user.email, password: 'wrong-password' });
      expect(mistyped.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
      expect((await loginOk(api.server, { email: user.email, password: TEST_PASSWORD })).user.id).toBe(user.id);
      // And from a new network, the right password still opens at the first try.
      const travelling = await loginFrom(api.server, '127.0.0.5', { email: user.email, password: TEST_PASSWORD });
      expect(travelling.data?.login.user.id).toBe(user.id);
    });
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a client cannot choose its own address', async () => {
    const user = await createUser(api.dataSource, 'COMPANY_HR', { companyId: hr.companyId ?? undefined });
    const answer = await failFrom(api.server, '203.0.113.8', user.email);
    expect(answer.body.errors[0].extensions.reason).toBe('INVALID_CREDENTIALS');
    const addresses = (await loginFailures(api.dataSource, user.email)).map((row) => row.clientAddress);
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).not.toContain('203.0.113.8');
  });
});

// Its own app, after the other one has closed: two test apps open at once in one process share state they should not.
describe('login behind a proxy (TRUST_PROXY)', () => {
  it("counts failures per address the proxy forwards, so one client's lock is not everyone's", async () => {
    const proxied = await startApi({ env: { LOGIN_MAX_FAILURES: String(MAX_FAILURES), TRUST_PROXY: 'loopback' } });
    try {
      const user = await createUser(proxied.dataSource, 'COMPANY_HR', { companyId: await createCompany(proxied.dataSource) });
      for (let attempt = 0; attempt < MAX_FAILURES; attempt += 1) await failFrom(proxied.server, '203.0.113.7', user.email);
      const locked = await failFrom(proxied.server, '203.0.113.7', user.email);
      expect(locked.body.errors[0].extensions.reason).toBe('ACCOUNT_LOCKED');
      const elsewhere = await failFrom(proxied.server, '198.51.100.9', user.email);
      expect(elsewhere.body.errors[0].extensions.reason).toBe('INVALID_CREDENTIALS');
      expect((await loginFailures(proxied.dataSource, user.email)).map((row) => row.clientAddress)).toEqual(['198.51.100.9', '203.0.113.7']);
    } finally {
      await proxied.close();
    }
  });
});
