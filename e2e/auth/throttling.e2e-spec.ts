import { createCompany, createUser, TEST_PASSWORD, type TestApp, type TestUser } from '@ipl/testing';
import { startApi } from '../app';
import { login, refresh } from './operations';

const LIMIT = 5;

interface Bucket {
  key: string;
  hits: number;
  expiresAt: Date;
  blockedUntil: Date | null;
}

describe('throttling of the sign-in operations', () => {
  let api: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    api = await startApi({ env: { AUTH_THROTTLE_PER_MINUTE: String(LIMIT) } });
    user = await createUser(api.dataSource, 'COMPANY_HR', { companyId: await createCompany(api.dataSource) });
  });
  afterAll(() => api.close());

  it(`refuses the ${LIMIT + 1}th login in a minute with TOO_MANY_REQUESTS, right password or not, counting in throttle_bucket`, async () => {
    for (let attempt = 1; attempt <= LIMIT; attempt += 1) {
      // An empty password is refused before any hashing: the attempts cost little, and still count.
      const response = await login(api.server, { email: `unknown.${attempt}@test.example`, password: '' });
      expect(response.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
    }

    const blocked = await login(api.server, { email: user.email, password: TEST_PASSWORD });
    expect(blocked.data).toBeNull();
    const [error] = blocked.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_REQUESTS' });
    expect(error?.message).toBe('Troppe richieste: riprova tra qualche minuto');

    const english = await login(api.server, { email: user.email, password: TEST_PASSWORD }, { language: 'en' });
    expect(english.errors?.[0]?.message).toBe('Too many requests: try again in a few minutes');

    const buckets = (await api.dataSource.query(
      `SELECT key, hits, expires_at AS "expiresAt", blocked_until AS "blockedUntil" FROM throttle_bucket WHERE key LIKE 'auth:%'`,
    )) as Bucket[];
    expect(buckets).toHaveLength(1);
    expect(buckets[0]?.hits).toBe(LIMIT + 2);
    expect(buckets[0]?.blockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(buckets[0]?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 61_000);
  });

  it('counts each operation on its own: refreshToken is not blocked by the login bucket', async () => {
    const response = await refresh(api.server, 'not-a-token');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
  });

  it('lets logins through again once the window is over', async () => {
    // The minute passes: the bucket's window and block are moved into the past.
    await api.dataSource.query(
      `UPDATE throttle_bucket SET expires_at = now() - interval '1 second', blocked_until = now() - interval '1 second'`,
    );
    const response = await login(api.server, { email: user.email, password: TEST_PASSWORD });
    expect(response.errors).toBeUndefined();
    expect(response.data?.login.user.id).toBe(user.id);
  });
});
