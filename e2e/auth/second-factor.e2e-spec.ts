import { auditEvents, createOrganisation, createUser, graphql, signIn, TEST_PASSWORD, type TestApp, type TestUser } from '@ipl/testing';
import { startApi } from '../app';
import { CONFIRM, ENROL, login, me, nextTotpCode, totpCode, wrongTotpCode, type Payload } from './operations';

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

describe('second factor (TOTP)', () => {
  let api: TestApp;
  let operator: TestUser;
  let secret: string;

  beforeAll(async () => {
    api = await startApi();
    const organisationId = await createOrganisation(api.dataSource, 'PIANURA_OVEST');
    operator = await createUser(api.dataSource, 'OPERATOR', { organisationId, districtCode: 'PIANURA_OVEST' });
  });
  afterAll(() => api.close());

  function enrol(token: string) {
    return graphql<{ enrolSecondFactor: Enrolment }>(api.server, ENROL, {}, { token });
  }

  function confirm(token: string, code: string) {
    return graphql<{ confirmSecondFactor: Payload }>(api.server, CONFIRM, { input: { code } }, { token });
  }

  it('refuses a confirmation before any enrolment as CONFLICT NO_PENDING_ENROLMENT', async () => {
    const session = await signIn(api.server, operator.email);
    const response = await confirm(session.accessToken, '123456');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_PENDING_ENROLMENT' });
  });

  it('enrols with a base32 secret, refuses a wrong first code, and turns the factor on with a right one', async () => {
    const session = await signIn(api.server, operator.email);
    const enrolment = (await enrol(session.accessToken)).data?.enrolSecondFactor;
    if (!enrolment) throw new Error('enrolSecondFactor failed');
    secret = enrolment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(enrolment.otpauthUri).searchParams.get('secret')).toBe(secret);
    // Enrolment alone changes nothing until a code proves the app works.
    expect((await me(api.server, session.accessToken)).data?.me.secondFactorEnabled).toBe(false);
    expect((await signIn(api.server, operator.email)).accessToken).toBeDefined();

    const wrong = await confirm(session.accessToken, await wrongTotpCode(secret));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_SECOND_FACTOR_CODE' });
    expect((await me(api.server, session.accessToken)).data?.me.secondFactorEnabled).toBe(false);

    const confirmed = await confirm(session.accessToken, await totpCode(secret));
    expect(confirmed.errors).toBeUndefined();
    const fresh = confirmed.data?.confirmSecondFactor;
    expect(fresh?.user.id).toBe(operator.id);
    expect((await me(api.server, fresh?.accessToken ?? '')).data?.me.secondFactorEnabled).toBe(true);
    // Sessions that did not pass the factor end with the enrolment.
    expect((await me(api.server, session.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await auditEvents(api.dataSource, 'user.second_factor_enrolled', operator.id)).toHaveLength(1);
    // A copy of the database alone does not give the secret that computes the codes.
    const [stored] = (await api.dataSource.query('SELECT totp_secret AS "totpSecret" FROM app_user WHERE id = $1', [operator.id])) as { totpSecret: string }[];
    expect(stored?.totpSecret).toMatch(/^v1\./);
    expect(stored?.totpSecret).not.toContain(secret);
  });

  it('then refuses a login without a code as SECOND_FACTOR_CODE_REQUIRED', async () => {
    const response = await login(api.server, { email: operator.email, password: TEST_PASSWORD });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_CODE_REQUIRED' });
  });

  it('then refuses a login with a wrong code as INVALID_SECOND_FACTOR_CODE, and counts it as a failure', async () => {
    const response = await login(api.server, { email: operator.email, password: TEST_PASSWORD, totpCode: await wrongTotpCode(secret) });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_SECOND_FACTOR_CODE' });
    const [row] = (await api.dataSource.query('SELECT failed_login_count AS count FROM app_user WHERE id = $1', [operator.id])) as {
      count: number;
    }[];
    expect(row?.count).toBe(1);
  });

  it('does not reveal that a second factor exists to someone without the password', async () => {
    const response = await login(api.server, { email: operator.email, password: 'wrong-password' });
    expect(response.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
  });

  it('refuses the code that confirmed the enrolment: a code is good once', async () => {
    const response = await login(api.server, { email: operator.email, password: TEST_PASSWORD, totpCode: await totpCode(secret) });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_SECOND_FACTOR_CODE' });
  });

  it('then signs in with the password and a valid code, once', async () => {
    const code = await nextTotpCode(secret);
    const response = await login(api.server, { email: operator.email, password: TEST_PASSWORD, totpCode: code });
    expect(response.errors).toBeUndefined();
    const session = response.data?.login;
    expect(session?.user.id).toBe(operator.id);
    expect(session?.secondFactorPending).toBe(false);
    expect((await me(api.server, session?.accessToken ?? '')).data?.me).toMatchObject({ id: operator.id, secondFactorEnabled: true });
    const claims = JSON.parse(Buffer.from(session?.accessToken.split('.')[1] ?? '', 'base64url').toString()) as { mfa: boolean };
    expect(claims.mfa).toBe(true);
    // The same code, replayed within its window by someone who saw it, is refused.
    const replay = await login(api.server, { email: operator.email, password: TEST_PASSWORD, totpCode: code });
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_SECOND_FACTOR_CODE' });
  });
});
