import { freePort } from '@ipl/embedded-servers';
import { countQueries, createCompany, createOrganisation, createUser, graphql, signIn, type Session, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { startMain, type StartedMain, waitForHealth } from '../process/main-process';
import { DISABLE, LOGOUT, ME, type Me } from './operations';

const CACHE_LISTENER = 'insieme-per-il-lavoro user cache listener';
const OPERATORS_ONLY = '{ candidates(first: 1) { nodes { id } } }';

interface Answer<T> {
  data: T | null;
  errors?: { extensions: { code?: string } }[];
}

/** One operation sent to the second process, over its own socket. */
async function onSecond<T>(second: StartedMain, query: string, token: string): Promise<Answer<T>> {
  const response = await fetch(`http://127.0.0.1:${second.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: Answer<T>['errors'] };
  return { data: body.data ?? null, errors: body.errors };
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Two API processes on one database, as production runs several: this test file's API (the
 * first) and `main.js` spawned on the same database (the second). Each keeps the users it
 * authenticated in memory; a change made through the first, or straight in the database, must
 * refuse the old token in the second with no delay, so the very next request is refused.
 */
describe('a user changed in one API process is refused at once in another', () => {
  let api: TestApp;
  let second: StartedMain;
  let admin: Session;
  let companyId: string;
  /** A change straight in the database, e.g. by an operator in psql: announced by the trigger alone. */
  const changeInDatabase = async (sql: string, userId: string, ...parameters: unknown[]): Promise<void> => {
    await api.dataSource.query(sql, [userId, ...parameters]);
  };

  const listeners = async (): Promise<number> =>
    Number(
      ((await api.dataSource.query('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [CACHE_LISTENER])) as { n: string }[])[0]
        ?.n,
    );

  /** A new user of `role` signed in through the first process, already known (cached) by the second. */
  async function knownToSecond(role: string, scope: Parameters<typeof createUser>[2]): Promise<{ id: string; session: Session }> {
    const user = await createUser(api.dataSource, role, scope);
    const session = await signIn(api.server, user.email);
    expect((await onSecond<{ me: Me }>(second, ME, session.accessToken)).data?.me.id).toBe(user.id);
    return { id: user.id, session };
  }

  beforeAll(async () => {
    api = await startApi();
    const { url } = api.dataSource.options as { url?: string };
    second = startMain({
      DATABASE_URL: url ?? '',
      MEILI_URL: process.env.MEILI_URL ?? '',
      MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
      MEILI_INDEX_PREFIX: `second${process.pid}`,
      JWT_SECRET: process.env.JWT_SECRET ?? '',
      SEARCH_WORKER_ENABLED: 'false',
      DEMO_SEED: 'false',
      PORT: String(await freePort()),
    });
    await waitForHealth(second);
    admin = await signIn(api.server, (await createUser(api.dataSource, 'ADMIN')).email);
    companyId = await createCompany(api.dataSource);
    // Both processes listen before any test relies on their announcements.
    await onSecond(second, ME, admin.accessToken);
    await graphql(api.server, ME, {}, { token: admin.accessToken });
    await until('both processes listen', async () => (await listeners()) === 2);
  }, 120_000);

  afterAll(async () => {
    second?.child.kill('SIGTERM');
    await second?.exited;
    await api?.close();
  });

  it('answers an authenticated me from memory: no statement through the pool, so no row and no password hash read', async () => {
    const { session } = await knownToSecond('COMPANY_HR', { companyId });
    await graphql(api.server, ME, {}, { token: session.accessToken });
    const { result, queries } = await countQueries(api.dataSource, () => graphql<{ me: Me }>(api.server, ME, {}, { token: session.accessToken }));
    expect(result.data?.me.companyId).toBe(companyId);
    expect(queries).toEqual([]);
  });

  it('refuses a disabled user’s still-valid token', async () => {
    const hr = await knownToSecond('COMPANY_HR', { companyId });
    expect((await graphql(api.server, DISABLE, { id: hr.id }, { token: admin.accessToken })).errors).toBeUndefined();
    expect((await onSecond(second, ME, hr.session.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token older than the user’s logout on every device (token version)', async () => {
    const hr = await knownToSecond('COMPANY_HR', { companyId });
    expect((await graphql(api.server, LOGOUT, {}, { token: hr.session.accessToken })).errors).toBeUndefined();
    expect((await onSecond(second, ME, hr.session.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the old role’s operations once the role changed, and shows the new role and scope', async () => {
    const organisationId = await createOrganisation(api.dataSource, 'SAVENA_IDICE');
    const operator = await knownToSecond('OPERATOR', { organisationId, districtCode: 'SAVENA_IDICE' });
    expect((await onSecond(second, OPERATORS_ONLY, operator.session.accessToken)).errors).toBeUndefined();

    await changeInDatabase(`UPDATE app_user SET role = 'DISTRICT_COORDINATOR', organisation_id = NULL WHERE id = $1`, operator.id);
    expect((await onSecond(second, OPERATORS_ONLY, operator.session.accessToken)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await onSecond<{ me: Me }>(second, ME, operator.session.accessToken)).data?.me).toMatchObject({
      role: 'DISTRICT_COORDINATOR',
      organisationId: null,
      districtCode: 'SAVENA_IDICE',
    });
  });

  it('shows a changed company at once', async () => {
    const hr = await knownToSecond('COMPANY_HR', { companyId });
    const otherCompany = await createCompany(api.dataSource, 'Altra azienda S.r.l.');
    await changeInDatabase('UPDATE app_user SET company_id = $2 WHERE id = $1', hr.id, otherCompany);
    expect((await onSecond<{ me: Me }>(second, ME, hr.session.accessToken)).data?.me.companyId).toBe(otherCompany);
  });

  it('forgets every user when its listening connection is lost, and listens again', async () => {
    const hr = await knownToSecond('COMPANY_HR', { companyId });
    await api.dataSource.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [CACHE_LISTENER]);
    await until('the listeners are gone', async () => (await listeners()) === 0);
    // Announced to no one: only a process that dropped what it knew can refuse the token now.
    await changeInDatabase('UPDATE app_user SET disabled_at = now() WHERE id = $1', hr.id);
    expect((await onSecond(second, ME, hr.session.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    await until('both processes listen again', async () => (await listeners()) === 2);
    const later = await knownToSecond('COMPANY_HR', { companyId });
    await changeInDatabase('UPDATE app_user SET token_version = token_version + 1 WHERE id = $1', later.id);
    expect((await onSecond(second, ME, later.session.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
