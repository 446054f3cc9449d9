import { auditEvents, createOrganisation, createUser, graphql, signIn, TEST_PASSWORD, type TestApp, type TestUser } from '@ipl/testing';
import { startApi } from '../app';
import { CONFIRM, ENROL, login, loginFailures, me, nextTotpCode, refresh, totpCode, wrongTotpCode, type Payload } from './operations';

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

describe('second factor (TOTP)', () => {
  let api: TestApp;
  let operator: TestUser;
  let secret: string;
  let confirmingCode: string;

  beforeAll(async () => {
    api = await startApi();
    const organisationId = await createOrganisation(api.dataSource, 'PIANURA_OVEST');
    operator = await createUser(api.dataSource, 'OPERATOR', { organisationId, districtCode: 'PIANURA_OVEST' });
  });
  afterAll(() => api.close());

  /** Without proof, the operation as it was before replacing needed one. */
  function enrol(token: string, proof?: { password: string; currentCode: string }) {
    if (!proof) return graphql<{ enrolSecondFactor: Enrolment }>(api.server, 'mutation { enrolSecondFactor { secret otpauthUri } }', {}, { token });
    return graphql<{ enrolSecondFactor: Enrolment }>(api.server, ENROL, { proof }, { token });
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

    confirmingCode = await totpCode(secret);
    const confirmed = await confirm(session.accessToken, confirmingCode);
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
    expect((await loginFailures(api.dataSource, operator.email)).map((row) => row.failedCount)).toEqual([1]);
  });

  it('does not reveal that a second factor exists to someone without the password', async () => {
    const response = await login(api.server, { email: operator.email, password: 'wrong-password' });
    expect(response.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
  });

  it('refuses the code that confirmed the enrolment: a code is good once', async () => {
    // The very code, not the current one: on a loaded machine the clock may have moved to the next step since.
    const response = await login(api.server, { email: operator.email, password: TEST_PASSWORD, totpCode: confirmingCode });
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

  describe('replacing a second factor already on', () => {
    let user: TestUser;
    let current: string;
    let session: Payload;

    async function storedSecret(): Promise<string> {
      const [row] = (await api.dataSource.query('SELECT totp_secret AS "totpSecret" FROM app_user WHERE id = $1', [user.id])) as { totpSecret: string }[];
      return row?.totpSecret ?? '';
    }

    /** Codes are good once per 30-second step; a test cannot wait for the next step, so it lets the last one be reused. */
    async function nextStep(): Promise<void> {
      await api.dataSource.query('UPDATE app_user SET totp_last_step = NULL WHERE id = $1', [user.id]);
    }

    beforeAll(async () => {
      const organisationId = await createOrganisation(api.dataSource, 'RENO_LAVINO_SAMOGGIA');
      user = await createUser(api.dataSource, 'OPERATOR', { organisationId, districtCode: 'RENO_LAVINO_SAMOGGIA' });
      const first = await signIn(api.server, user.email);
      current = (await enrol(first.accessToken)).data?.enrolSecondFactor.secret ?? '';
      const confirmed = await confirm(first.accessToken, await totpCode(current));
      if (!confirmed.data) throw new Error(`first enrolment failed: ${JSON.stringify(confirmed.errors)}`);
      session = confirmed.data.confirmSecondFactor;
    });

    it('refuses to start with an access token alone, and leaves the factor in use untouched', async () => {
      const before = await storedSecret();
      const response = await enrol(session.accessToken);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REPLACEMENT_NEEDS_PROOF' });
      expect(await storedSecret()).toBe(before);
      const [pending] = (await api.dataSource.query('SELECT totp_pending_secret AS "pending" FROM app_user WHERE id = $1', [user.id])) as {
        pending: string | null;
      }[];
      expect(pending?.pending).toBeNull();
    });

    it('refuses a wrong password or a wrong current code, counting each as a failed sign-in', async () => {
      await nextStep();
      const wrongPassword = await enrol(session.accessToken, { password: 'not-the-password', currentCode: await totpCode(current) });
      expect(wrongPassword.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      const wrongCode = await enrol(session.accessToken, { password: TEST_PASSWORD, currentCode: await wrongTotpCode(current) });
      expect(wrongCode.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_SECOND_FACTOR_CODE' });
      expect((await loginFailures(api.dataSource, user.email)).map((row) => row.failedCount)).toEqual([2]);
    });

    it('replaces with the password and a current code; the confirmation ends every other session', async () => {
      await nextStep();
      const other = await login(api.server, { email: user.email, password: TEST_PASSWORD, totpCode: await totpCode(current) });
      const otherSession = other.data?.login;
      if (!otherSession) throw new Error(`second session failed: ${JSON.stringify(other.errors)}`);

      await nextStep();
      const started = await enrol(session.accessToken, { password: TEST_PASSWORD, currentCode: await totpCode(current) });
      expect(started.errors).toBeUndefined();
      const replacement = started.data?.enrolSecondFactor.secret ?? '';
      expect(replacement).not.toBe(current);

      const confirmed = await confirm(session.accessToken, await totpCode(replacement));
      expect(confirmed.errors).toBeUndefined();
      const fresh = confirmed.data?.confirmSecondFactor;
      expect((await me(api.server, fresh?.accessToken ?? '')).data?.me.id).toBe(user.id);

      expect((await me(api.server, otherSession.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await refresh(api.server, otherSession.refreshToken)).errors?.[0]?.extensions.reason).toBe('INVALID_REFRESH_TOKEN');
      expect((await me(api.server, session.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

      // Only the new app's codes open the account now.
      const oldCode = await login(api.server, { email: user.email, password: TEST_PASSWORD, totpCode: await nextTotpCode(current) });
      expect(oldCode.errors?.[0]?.extensions.reason).toBe('INVALID_SECOND_FACTOR_CODE');
      const newCode = await login(api.server, { email: user.email, password: TEST_PASSWORD, totpCode: await nextTotpCode(replacement) });
      expect(newCode.errors).toBeUndefined();
    });
  });
});
