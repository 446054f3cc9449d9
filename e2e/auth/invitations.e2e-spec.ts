import {
  auditEvents,
  createCompany,
  createOrganisation,
  createUser,
  graphql,
  graphqlOk,
  mailsTo,
  signIn,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
} from '@ipl/testing';
import { PasswordHasher } from '@ipl/auth';
import { startApi } from '../app';
import { ACCEPT, INVITE, invitationToken, login, loginOk, me, newEmail, type Payload } from './operations';

interface InvitationSent {
  id: string;
  email: string;
  role: string;
  expiresAt: string;
}

const NEW_PASSWORD = 'una-password-lunga-1';

describe('invitations', () => {
  let api: TestApp;
  let admin: TestUser;
  let adminToken: string;
  let companyId: string;
  let organisationId: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    companyId = await createCompany(api.dataSource);
    organisationId = await createOrganisation(api.dataSource, 'APPENNINO_BOLOGNESE', 'CARITAS');
  });
  afterAll(() => api.close());

  function invite(input: Record<string, unknown>, token = adminToken) {
    return graphql<{ inviteUser: InvitationSent }>(api.server, INVITE, { input }, { token });
  }

  async function inviteOk(input: Record<string, unknown>): Promise<InvitationSent> {
    const response = await invite(input);
    if (!response.data) throw new Error(`inviteUser failed: ${JSON.stringify(response.errors)}`);
    return response.data.inviteUser;
  }

  function accept(token: string, password = NEW_PASSWORD) {
    return graphql<{ acceptInvitation: Payload }>(api.server, ACCEPT, { input: { token, displayName: 'Giulia Bianchi', password } });
  }

  async function usersWithEmail(email: string): Promise<number> {
    const rows = (await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as unknown[];
    return rows.length;
  }

  it('Done when: an admin signs in, invites an operator, and the operator sets a password and signs in with it', async () => {
    const adminSession = await loginOk(api.server, { email: admin.email, password: TEST_PASSWORD });
    const email = newEmail('operatrice');
    const sent = await graphqlOk<{ inviteUser: InvitationSent }>(
      api.server,
      INVITE,
      { input: { email, role: 'OPERATOR', organisationId } },
      { token: adminSession.accessToken },
    );
    expect(sent.inviteUser).toMatchObject({ email, role: 'OPERATOR' });
    expect(new Date(sent.inviteUser.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const mails = await mailsTo(api.dataSource, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'invitation', recipient: email });
    const token = await invitationToken(api.dataSource, email);
    expect(token.length).toBeGreaterThanOrEqual(40);

    const accepted = await accept(token);
    expect(accepted.errors).toBeUndefined();
    const session = accepted.data?.acceptInvitation;
    expect(session?.accessToken).toBeDefined();
    expect(session?.refreshToken).toBeDefined();
    expect(session?.user).toMatchObject({ email, role: 'OPERATOR', organisationId, districtCode: 'APPENNINO_BOLOGNESE', companyId: null });
    expect((await me(api.server, session?.accessToken ?? '')).data?.me).toMatchObject({
      email,
      displayName: 'Giulia Bianchi',
      role: 'OPERATOR',
      organisationId,
      districtCode: 'APPENNINO_BOLOGNESE',
    });

    const signedIn = await loginOk(api.server, { email, password: NEW_PASSWORD });
    expect(signedIn.user).toMatchObject({ id: session?.user.id, role: 'OPERATOR' });
    // The token, which is the only secret here, is stored hashed.
    const stored = (await api.dataSource.query('SELECT token_hash FROM invitation WHERE id = $1', [sent.inviteUser.id])) as {
      token_hash: string;
    }[];
    expect(stored[0]?.token_hash).not.toContain(token);

    const invited = await auditEvents(api.dataSource, 'user.invited', sent.inviteUser.id);
    expect(invited).toHaveLength(1);
    expect(invited[0]).toMatchObject({
      actorId: admin.id,
      actorRole: 'ADMIN',
      subjectType: 'invitation',
      details: { role: 'OPERATOR', organisationId, districtCode: 'APPENNINO_BOLOGNESE' },
    });
    expect(JSON.stringify(invited[0]?.details)).not.toContain(email);
    const activated = await auditEvents(api.dataSource, 'user.activated', session?.user.id);
    expect(activated).toHaveLength(1);
    expect(activated[0]).toMatchObject({ actorId: session?.user.id, subjectType: 'user', details: { invitationId: sent.inviteUser.id } });
  });

  it('takes each token once: the second acceptance is NOT_FOUND INVITATION_INVALID', async () => {
    const email = newEmail('once');
    await inviteOk({ email, role: 'OPERATOR', organisationId });
    const token = await invitationToken(api.dataSource, email);
    expect((await accept(token)).errors).toBeUndefined();

    const again = await accept(token, 'another-long-password');
    expect(again.data).toBeNull();
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_INVALID' });
    // The first password still holds.
    expect((await login(api.server, { email, password: 'another-long-password' })).errors?.[0]?.extensions.reason).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('lets exactly one of two simultaneous acceptances of the same token through', async () => {
    const email = newEmail('race');
    await inviteOk({ email, role: 'OPERATOR', organisationId });
    const token = await invitationToken(api.dataSource, email);
    const results = await Promise.all([accept(token), accept(token, 'a-different-long-password')]);
    expect(results.filter((result) => result.data?.acceptInvitation)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.reason)).toEqual(['INVITATION_INVALID']);
    expect(await usersWithEmail(email)).toBe(1);
  });

  it('keeps the address lower-case, however the admin typed it', async () => {
    const email = newEmail('Mario.Rossi');
    const sent = await inviteOk({ email: email.toUpperCase(), role: 'COMPANY_HR', companyId });
    expect(sent.email).toBe(email.toLowerCase());
    const user = (await accept(await invitationToken(api.dataSource, email.toLowerCase()))).data?.acceptInvitation.user;
    expect(user?.email).toBe(email.toLowerCase());
  });

  it('refuses an expired invitation and creates no user', async () => {
    const email = newEmail('expired');
    const sent = await inviteOk({ email, role: 'COMPANY_HR', companyId });
    const token = await invitationToken(api.dataSource, email);
    await api.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [sent.id]);

    const response = await accept(token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_INVALID' });
    expect(await usersWithEmail(email)).toBe(0);
  });

  it('refuses an unknown, used or revoked token before hashing the password (64 MiB of argon2 each)', async () => {
    const hash = jest.spyOn(api.app.get(PasswordHasher), 'hash');
    try {
      const unknown = await accept('made-up-token');
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_INVALID' });
      const email = newEmail('revoked.before.hash');
      const sent = await inviteOk({ email, role: 'OPERATOR', organisationId });
      const token = await invitationToken(api.dataSource, email);
      await graphqlOk(api.server, 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }', { id: sent.id }, { token: adminToken });
      const revoked = await accept(token);
      expect(revoked.errors?.[0]?.extensions.reason).toBe('INVITATION_INVALID');
      expect(hash).not.toHaveBeenCalled();
    } finally {
      hash.mockRestore();
    }
  });

  it('replaces an earlier invitation to the same address: only the newest token works', async () => {
    const email = newEmail('twice');
    await inviteOk({ email, role: 'COMPANY_HR', companyId });
    const first = await invitationToken(api.dataSource, email);
    // A board member is invited only for a company on the Protocol's board.
    await api.dataSource.query(`INSERT INTO board_membership (company_id, since) VALUES ($1, '2025-01-01') ON CONFLICT DO NOTHING`, [companyId]);
    await inviteOk({ email, role: 'BOARD_MEMBER', companyId });
    const second = await invitationToken(api.dataSource, email);
    expect(second).not.toBe(first);

    expect((await accept(first)).errors?.[0]?.extensions.reason).toBe('INVITATION_INVALID');
    expect((await accept(second)).data?.acceptInvitation.user).toMatchObject({ role: 'BOARD_MEMBER', companyId });
  });

  it('gives each role the scope it needs', async () => {
    const hr = await inviteOk({ email: newEmail('hr'), role: 'COMPANY_HR', companyId });
    const coordinator = await inviteOk({ email: newEmail('coordinator'), role: 'DISTRICT_COORDINATOR', districtCode: 'IMOLA' });
    const hrUser = (await accept(await invitationToken(api.dataSource, hr.email))).data?.acceptInvitation.user;
    const coordinatorUser = (await accept(await invitationToken(api.dataSource, coordinator.email))).data?.acceptInvitation.user;
    expect(hrUser).toMatchObject({ role: 'COMPANY_HR', companyId, organisationId: null, districtCode: null });
    expect(coordinatorUser).toMatchObject({ role: 'DISTRICT_COORDINATOR', companyId: null, organisationId: null, districtCode: 'IMOLA' });
  });

  it.each([
    ['OPERATOR with a company', () => ({ role: 'OPERATOR', companyId })],
    ['OPERATOR with a company besides its organisation', () => ({ role: 'OPERATOR', organisationId, companyId })],
    ['OPERATOR without an organisation', () => ({ role: 'OPERATOR' })],
    ['COMPANY_HR with an organisation', () => ({ role: 'COMPANY_HR', organisationId })],
    ['DISTRICT_COORDINATOR without a district', () => ({ role: 'DISTRICT_COORDINATOR' })],
    ['ADMIN with a district', () => ({ role: 'ADMIN', districtCode: 'IMOLA' })],
  ])('refuses a scope that does not fit the role (%s) as BAD_USER_INPUT SCOPE_MISMATCH', async (_case, input) => {
    const email = newEmail('mismatch');
    const response = await invite({ email, ...input() });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SCOPE_MISMATCH' });
    expect(await mailsTo(api.dataSource, email)).toHaveLength(0);
  });

  it('refuses a scope that does not exist as NOT_FOUND', async () => {
    const response = await invite({ email: newEmail('ghost'), role: 'OPERATOR', organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SCOPE_NOT_FOUND' });
    const district = await invite({ email: newEmail('ghost'), role: 'DISTRICT_COORDINATOR', districtCode: 'ATLANTIDE' });
    expect(district.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SCOPE_NOT_FOUND' });
  });

  it('refuses to invite an e-mail that already has an account, whatever its case, as CONFLICT', async () => {
    const existing = await createUser(api.dataSource, 'COMPANY_HR', { companyId });
    for (const email of [existing.email, existing.email.toUpperCase()]) {
      const response = await invite({ email, role: 'COMPANY_HR', companyId });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    }
    expect(await mailsTo(api.dataSource, existing.email)).toHaveLength(0);
  });

  it('lists invitations with their status for the admin, revokes one and resends another with a fresh link', async () => {
    const LIST = `query List($role: Role, $status: InvitationStatus) {
      invitations(first: 50, role: $role, status: $status) { totalCount nodes { id email role status company { legalName } organisation { name } } }
    }`;
    type Listed = { invitations: { totalCount: number; nodes: { id: string; email: string; role: string; status: string; company: unknown; organisation: { name: string } | null }[] } };
    const toRevoke = await inviteOk({ email: newEmail('revoke'), role: 'OPERATOR', organisationId });
    const toResend = await inviteOk({ email: newEmail('resend'), role: 'OPERATOR', organisationId });
    const revokedToken = await invitationToken(api.dataSource, toRevoke.email);
    const firstToken = await invitationToken(api.dataSource, toResend.email);

    const pending = await graphqlOk<Listed>(api.server, LIST, { role: 'OPERATOR', status: 'PENDING' }, { token: adminToken });
    const listed = pending.invitations.nodes.find((node) => node.id === toRevoke.id);
    expect(listed).toMatchObject({ email: toRevoke.email, status: 'PENDING', company: null, organisation: { name: expect.any(String) } });
    expect(pending.invitations.nodes.every((node) => node.role === 'OPERATOR' && node.status === 'PENDING')).toBe(true);

    const REVOKE = 'mutation Revoke($id: ID!) { revokeInvitation(id: $id) { id status revokedAt } }';
    const revoked = await graphqlOk<{ revokeInvitation: { status: string } }>(api.server, REVOKE, { id: toRevoke.id }, { token: adminToken });
    expect(revoked.revokeInvitation.status).toBe('REVOKED');
    expect((await accept(revokedToken)).errors?.[0]?.extensions.reason).toBe('INVITATION_INVALID');
    expect((await graphql(api.server, REVOKE, { id: toRevoke.id }, { token: adminToken })).errors?.[0]?.extensions.reason).toBe('INVITATION_INVALID');
    expect(await auditEvents(api.dataSource, 'invitation.revoked', toRevoke.id)).toHaveLength(1);

    const RESEND = 'mutation Resend($id: ID!) { resendInvitation(id: $id) { id email role } }';
    const resent = await graphqlOk<{ resendInvitation: InvitationSent }>(api.server, RESEND, { id: toResend.id }, { token: adminToken });
    expect(resent.resendInvitation).toMatchObject({ email: toResend.email, role: 'OPERATOR' });
    expect(await mailsTo(api.dataSource, toResend.email)).toHaveLength(2);
    expect((await accept(firstToken)).errors?.[0]?.extensions.reason).toBe('INVITATION_INVALID');
    expect((await accept(await invitationToken(api.dataSource, toResend.email))).data?.acceptInvitation.user).toMatchObject({ organisationId });

    const accepted = await graphqlOk<Listed>(api.server, LIST, { status: 'ACCEPTED' }, { token: adminToken });
    expect(accepted.invitations.nodes.map((node) => node.id)).toContain(resent.resendInvitation.id);
  });

  it('is FORBIDDEN to a COMPANY_HR user, and UNAUTHENTICATED without a token', async () => {
    const hr = await createUser(api.dataSource, 'COMPANY_HR', { companyId });
    const hrToken = (await signIn(api.server, hr.email)).accessToken;
    const email = newEmail('by-hr');
    const response = await invite({ email, role: 'COMPANY_HR', companyId }, hrToken);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' });

    const anonymous = await graphql(api.server, INVITE, { input: { email, role: 'ADMIN' } });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await mailsTo(api.dataSource, email)).toHaveLength(0);
  });
});
