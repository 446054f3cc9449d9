import { createCompany, createOrganisation, createUser, graphql, signIn, TEST_PASSWORD, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { CONFIRM, DISABLE, ENROL, INVITE, LOGOUT, loginOk, me, newEmail, nextTotpCode, refresh, totpCode, type Payload } from './operations';

/**
 * The app as production runs it (NODE_ENV=production): ADMIN and OPERATOR sessions that have
 * not passed a second factor reach only me, enrolment and logout.
 */
describe('second factor required in production', () => {
  let api: TestApp;
  let companyId: string;
  let organisationId: string;

  beforeAll(async () => {
    api = await startApi({ env: { NODE_ENV: 'production', DEMO_SEED: 'false' } });
    companyId = await createCompany(api.dataSource);
    organisationId = await createOrganisation(api.dataSource, 'BOLOGNA');
  });
  afterAll(() => api.close());

  function expectSecondFactorRequired(response: { data: unknown; errors?: { extensions: Record<string, unknown> }[] }): void {
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SECOND_FACTOR_REQUIRED' });
  }

  it.each([
    ['ADMIN', () => ({})],
    ['OPERATOR', () => ({ organisationId, districtCode: 'BOLOGNA' })],
  ])('signs %s in with secondFactorPending, and refuses everything but me, enrolment and logout', async (role, scope) => {
    const user = await createUser(api.dataSource, role, scope());
    const session = await loginOk(api.server, { email: user.email, password: TEST_PASSWORD });
    expect(session.secondFactorPending).toBe(true);

    expect((await me(api.server, session.accessToken)).data?.me.id).toBe(user.id);
    const invite = await graphql(api.server, INVITE, { input: { email: newEmail('x'), role: 'COMPANY_HR', companyId } }, { token: session.accessToken });
    if (role === 'ADMIN') {
      expectSecondFactorRequired(invite);
      expectSecondFactorRequired(await graphql(api.server, DISABLE, { id: user.id }, { token: session.accessToken }));
    } else {
      // An operator may not invite at all: the role is refused before the factor is asked for.
      expect(invite.errors?.[0]?.extensions.reason).toBe('ACCESS_DENIED');
    }
    // A refreshed session has not passed the factor either.
    const refreshed = (await refresh(api.server, session.refreshToken)).data?.refreshToken;
    expect(refreshed?.secondFactorPending).toBe(true);
    if (role === 'ADMIN') {
      expectSecondFactorRequired(await graphql(api.server, DISABLE, { id: user.id }, { token: refreshed?.accessToken ?? '' }));
    }
    expect((await graphql<{ logout: boolean }>(api.server, LOGOUT, {}, { token: refreshed?.accessToken ?? '' })).data?.logout).toBe(true);
  });

  it.each([
    ['COMPANY_HR', () => ({ companyId })],
    ['BOARD_MEMBER', () => ({ companyId })],
    ['DISTRICT_COORDINATOR', () => ({ districtCode: 'BOLOGNA' })],
  ])('does not ask %s for a second factor', async (role, scope) => {
    const user = await createUser(api.dataSource, role, scope());
    const session = await loginOk(api.server, { email: user.email, password: TEST_PASSWORD });
    expect(session.secondFactorPending).toBe(false);
    // Not FORBIDDEN SECOND_FACTOR_REQUIRED: the role is refused as a role, like in development.
    const disable = await graphql(api.server, DISABLE, { id: user.id }, { token: session.accessToken });
    expect(disable.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' });
  });

  it('opens everything to an ADMIN once enrolled, and after signing in with a code', async () => {
    const admin = await createUser(api.dataSource, 'ADMIN');
    const pending = await signIn(api.server, admin.email);
    const enrolment = await graphql<{ enrolSecondFactor: { secret: string } }>(api.server, ENROL, {}, { token: pending.accessToken });
    const secret = enrolment.data?.enrolSecondFactor.secret ?? '';
    expect(secret).not.toBe('');

    const confirmed = await graphql<{ confirmSecondFactor: Payload }>(
      api.server,
      CONFIRM,
      { input: { code: await totpCode(secret) } },
      { token: pending.accessToken },
    );
    const session = confirmed.data?.confirmSecondFactor;
    expect(session?.secondFactorPending).toBe(false);
    const invite = await graphql(api.server, INVITE, { input: { email: newEmail('hr'), role: 'COMPANY_HR', companyId } }, { token: session?.accessToken ?? '' });
    expect(invite.errors).toBeUndefined();

    const withCode = await loginOk(api.server, { email: admin.email, password: TEST_PASSWORD, totpCode: await nextTotpCode(secret) });
    expect(withCode.secondFactorPending).toBe(false);
    const refreshed = (await refresh(api.server, withCode.refreshToken)).data?.refreshToken;
    expect(refreshed?.secondFactorPending).toBe(false);
    const again = await graphql(api.server, INVITE, { input: { email: newEmail('hr'), role: 'COMPANY_HR', companyId } }, { token: refreshed?.accessToken ?? '' });
    expect(again.errors).toBeUndefined();
  });
});
