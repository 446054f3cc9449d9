import { auditEvents, createOrganisation, createUser, graphql, signIn, type GraphqlError, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { ACCEPT, INVITE, invitationToken, login, loginFailures, newEmail, type Payload } from './operations';

function fieldsOf(error: GraphqlError | undefined): string[] {
  return (error?.extensions.fields ?? []).map((field) => field.field);
}

describe('input validation on the auth operations', () => {
  let api: TestApp;
  let adminToken: string;
  let organisationId: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    organisationId = await createOrganisation(api.dataSource, 'PIANURA_EST');
  });
  afterAll(() => api.close());

  it('refuses login with a malformed e-mail as BAD_USER_INPUT naming input.email, in Italian and in English', async () => {
    const italian = await login(api.server, { email: 'not-an-email', password: 'whatever-it-is' });
    const [error] = italian.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldsOf(error)).toEqual(['input.email']);
    expect(error?.message).toBe('Alcuni dati non sono validi: input.email');
    expect(error?.extensions.fields?.[0]?.message).toBe('input.email: deve essere un indirizzo e-mail valido');

    const english = await login(api.server, { email: 'not-an-email', password: 'whatever-it-is' }, { language: 'en' });
    const [englishError] = english.errors ?? [];
    expect(englishError?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldsOf(englishError)).toEqual(['input.email']);
    expect(englishError?.message).toBe('Some data is not valid: input.email');
    expect(englishError?.extensions.fields?.[0]?.message).toMatch(/^input\.email.*must be an email$/);
  });

  it('validates login input before checking the credentials (a malformed code is not a failed attempt)', async () => {
    const user = await createUser(api.dataSource, 'ADMIN');
    const response = await login(api.server, { email: user.email, password: 'wrong-password', totpCode: '12ab' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldsOf(response.errors?.[0])).toEqual(['input.totpCode']);
    expect(await loginFailures(api.dataSource, user.email)).toEqual([]);
  });

  it('refuses an input field the schema does not declare', async () => {
    const response = await graphql(api.server, 'mutation { login(input: { email: "a@test.example", password: "x", role: ADMIN }) { accessToken } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/role/);

    const asVariable = await graphql(api.server, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'a@test.example', password: 'x', isAdmin: true },
    });
    expect(asVariable.data ?? null).toBeNull();
    expect(asVariable.errors?.[0]?.message).toMatch(/isAdmin/);
  });

  it('refuses an invitation to a malformed e-mail, naming input.email', async () => {
    const response = await graphql(api.server, INVITE, { input: { email: 'nope', role: 'OPERATOR', organisationId } }, { token: adminToken });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldsOf(response.errors?.[0])).toEqual(['input.email']);
  });

  it('refuses a 5-character password on acceptInvitation, naming input.password, and creates no user', async () => {
    const email = newEmail('short.password');
    await graphql(api.server, INVITE, { input: { email, role: 'OPERATOR', organisationId } }, { token: adminToken });
    const token = await invitationToken(api.dataSource, email);

    const response = await graphql(api.server, ACCEPT, { input: { token, displayName: 'Anna Rossi', password: 'abcde' } }, { language: 'en' });
    const [error] = response.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldsOf(error)).toEqual(['input.password']);
    expect(error?.extensions.fields?.[0]?.message).toMatch(/12 characters/);
    const users = (await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as unknown[];
    expect(users).toHaveLength(0);
    expect(await auditEvents(api.dataSource, 'user.activated')).toHaveLength(0);

    // The refused attempt did not use the invitation up.
    const accepted = await graphql<{ acceptInvitation: Payload }>(api.server, ACCEPT, {
      input: { token, displayName: 'Anna Rossi', password: 'a-long-enough-password' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user.email).toBe(email);
  });
});
