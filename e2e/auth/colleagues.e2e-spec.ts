import { auditEvents, createCompany, createOrganisation, createUser, errorOf, graphql, graphqlOk, mailsTo, signIn, TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { ACCEPT, DISABLE, ENABLE, INVITE, invitationToken, me, newEmail, Payload } from './operations';

const INVITE_COLLEAGUE = 'mutation($input: InviteColleagueInput!) { inviteColleague(input: $input) { id email role } }';
const DISABLE_COLLEAGUE = 'mutation($id: ID!) { disableColleague(id: $id) { id disabledAt } }';
const ENABLE_COLLEAGUE = 'mutation($id: ID!) { enableColleague(id: $id) { id disabledAt } }';
const COLLEAGUES = '{ colleagues { id email scopeAdmin } }';
const SET_SCOPE_ADMIN = 'mutation($id: ID!, $value: Boolean!) { setScopeAdmin(id: $id, scopeAdmin: $value) { id scopeAdmin } }';

describe('company admins and lead operators manage their colleagues', () => {
  let api: TestApp;
  let adminToken: string;
  let adminId: string;
  let companyId: string;

  /** Invites through the given inviter and accepts: the person's first session. */
  async function join(inviteAs: string, mutation: string, input: Record<string, unknown>, email: string): Promise<Payload> {
    await graphqlOk(api.server, mutation, { input }, { token: inviteAs });
    const token = await invitationToken(api.dataSource, email);
    const accepted = await graphqlOk<{ acceptInvitation: Payload }>(api.server, ACCEPT, {
      input: { token, displayName: 'Collega di prova', password: 'Una-password-lunga-1' },
    });
    return accepted.acceptInvitation;
  }

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminId = admin.id;
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    companyId = await createCompany(api.dataSource);
  });
  afterAll(() => api.close());

  it("makes a company's first HR user its admin, who invites and disables colleagues of the same company only", async () => {
    const firstEmail = newEmail('hr.first');
    const first = await join(adminToken, INVITE, { email: firstEmail, role: 'COMPANY_HR', companyId }, firstEmail);
    const colleagueEmail = newEmail('hr.colleague');
    const colleague = await join(first.accessToken, INVITE_COLLEAGUE, { email: colleagueEmail }, colleagueEmail);
    expect(colleague.user).toMatchObject({ role: 'COMPANY_HR', companyId });

    const listed = await graphqlOk<{ colleagues: { email: string; scopeAdmin: boolean }[] }>(api.server, COLLEAGUES, {}, { token: first.accessToken });
    expect(listed.colleagues.map((c) => [c.email, c.scopeAdmin]).sort()).toEqual([[colleagueEmail, false], [firstEmail, true]].sort());

    // The colleague is not an admin: no invitations, no disabling.
    const refused = await errorOf(api.server, INVITE_COLLEAGUE, { input: { email: newEmail('x') } }, { token: colleague.accessToken });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SCOPE_ADMIN' });

    // HR of another company is out of reach, even for an admin: it reads like an unknown user.
    const stranger = await createUser(api.dataSource, 'COMPANY_HR', { companyId: await createCompany(api.dataSource, 'Altra azienda') });
    const outside = await errorOf(api.server, DISABLE_COLLEAGUE, { id: stranger.id }, { token: first.accessToken });
    expect(outside.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' });

    await graphqlOk(api.server, DISABLE_COLLEAGUE, { id: colleague.user.id }, { token: first.accessToken });
    expect((await me(api.server, colleague.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it("makes an organisation's first operator its lead, and lets an ADMIN change who leads", async () => {
    const organisationId = await createOrganisation(api.dataSource, 'IMOLA', 'CARITAS');
    const leadEmail = newEmail('op.lead');
    const lead = await join(adminToken, INVITE, { email: leadEmail, role: 'OPERATOR', organisationId }, leadEmail);
    const otherEmail = newEmail('op.other');
    const other = await join(lead.accessToken, INVITE_COLLEAGUE, { email: otherEmail }, otherEmail);
    expect(other.user).toMatchObject({ role: 'OPERATOR', organisationId, districtCode: 'IMOLA' });

    const changed = await graphqlOk<{ setScopeAdmin: { scopeAdmin: boolean } }>(
      api.server, SET_SCOPE_ADMIN, { id: other.user.id, value: true }, { token: adminToken },
    );
    expect(changed.setScopeAdmin.scopeAdmin).toBe(true);
    const notAdmin = await errorOf(api.server, SET_SCOPE_ADMIN, { id: other.user.id, value: false }, { token: lead.accessToken });
    expect(notAdmin.extensions.code).toBe('FORBIDDEN');
  });

  describe('a scope admin acts inside its scope only, never on what an ADMIN decided', () => {
    let scopeAdmin: Payload;
    let scopeCompanyId: string;

    beforeAll(async () => {
      scopeCompanyId = await createCompany(api.dataSource, 'Azienda con amministratore');
      const email = newEmail('hr.scope-admin');
      scopeAdmin = await join(adminToken, INVITE, { email, role: 'COMPANY_HR', companyId: scopeCompanyId }, email);
    });

    function inviteColleague(email: string) {
      return graphql<{ inviteColleague: { id: string; email: string; role: string } }>(
        api.server, INVITE_COLLEAGUE, { input: { email } }, { token: scopeAdmin.accessToken },
      );
    }

    it('answers an invitation to an address with an account elsewhere exactly like a fresh one: the holder gets a notice, nothing is created', async () => {
      const elsewhere = await createUser(api.dataSource, 'OPERATOR', {
        organisationId: await createOrganisation(api.dataSource, 'SAVENA_IDICE'), districtCode: 'SAVENA_IDICE',
      });
      const existing = await inviteColleague(elsewhere.email.toUpperCase());
      const fresh = await inviteColleague(newEmail('hr.fresh'));
      expect(existing.errors).toBeUndefined();
      expect(fresh.errors).toBeUndefined();
      expect(Object.keys(existing.data?.inviteColleague ?? {})).toEqual(Object.keys(fresh.data?.inviteColleague ?? {}));
      expect(existing.data?.inviteColleague).toMatchObject({ email: elsewhere.email, role: 'COMPANY_HR' });
      expect(existing.data?.inviteColleague.id).toMatch(/^[0-9a-f-]{36}$/);

      const invitations = (await api.dataSource.query('SELECT id FROM invitation WHERE email = $1', [elsewhere.email])) as unknown[];
      expect(invitations).toHaveLength(0);
      const [notice, ...more] = await mailsTo(api.dataSource, elsewhere.email);
      expect(more).toHaveLength(0);
      expect(notice?.body).toMatch(/hai già un account/);
      expect(notice?.body).not.toMatch(/token=/);
      expect(await auditEvents(api.dataSource, 'invitation.existing_account_noticed', elsewhere.id)).toHaveLength(1);
    });

    it("never revokes an ADMIN's pending invitation to the same address", async () => {
      const email = newEmail('hr.admin-invited');
      await graphqlOk(api.server, INVITE, { input: { email, role: 'COMPANY_HR', companyId: await createCompany(api.dataSource, 'Altra') } }, { token: adminToken });
      const adminsToken = await invitationToken(api.dataSource, email);
      expect((await inviteColleague(email)).errors).toBeUndefined();

      const accepted = await graphql<{ acceptInvitation: Payload }>(api.server, ACCEPT, {
        input: { token: adminsToken, displayName: 'Invitata da ADMIN', password: 'Una-password-lunga-1' },
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptInvitation.user.email).toBe(email);
    });

    it('still replaces its own earlier invitation to the same address', async () => {
      const email = newEmail('hr.twice');
      await inviteColleague(email);
      const first = await invitationToken(api.dataSource, email);
      await inviteColleague(email);
      const refused = await graphql(api.server, ACCEPT, { input: { token: first, displayName: 'Prima', password: 'Una-password-lunga-1' } });
      expect(refused.errors?.[0]?.extensions.reason).toBe('INVITATION_INVALID');
    });

    it('cannot re-enable a colleague an ADMIN disabled, not even by disabling it again first; the ADMIN can', async () => {
      const email = newEmail('hr.disabled-by-admin');
      const colleague = await join(scopeAdmin.accessToken, INVITE_COLLEAGUE, { email }, email);
      await graphqlOk(api.server, DISABLE, { id: colleague.user.id }, { token: adminToken });
      const [row] = (await api.dataSource.query('SELECT disabled_by_id AS "disabledById" FROM app_user WHERE id = $1', [colleague.user.id])) as {
        disabledById: string;
      }[];
      expect(row?.disabledById).toBe(adminId);

      const refused = await errorOf(api.server, ENABLE_COLLEAGUE, { id: colleague.user.id }, { token: scopeAdmin.accessToken });
      expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DISABLED_BY_ADMIN' });
      await graphqlOk(api.server, DISABLE_COLLEAGUE, { id: colleague.user.id }, { token: scopeAdmin.accessToken });
      const again = await errorOf(api.server, ENABLE_COLLEAGUE, { id: colleague.user.id }, { token: scopeAdmin.accessToken });
      expect(again.extensions.reason).toBe('DISABLED_BY_ADMIN');

      const enabled = await graphqlOk<{ enableUser: { disabledAt: string | null } }>(api.server, ENABLE, { id: colleague.user.id }, { token: adminToken });
      expect(enabled.enableUser.disabledAt).toBeNull();
    });

    it('re-enables a colleague it disabled itself', async () => {
      const email = newEmail('hr.disabled-by-scope-admin');
      const colleague = await join(scopeAdmin.accessToken, INVITE_COLLEAGUE, { email }, email);
      await graphqlOk(api.server, DISABLE_COLLEAGUE, { id: colleague.user.id }, { token: scopeAdmin.accessToken });
      const enabled = await graphqlOk<{ enableColleague: { disabledAt: string | null } }>(
        api.server, ENABLE_COLLEAGUE, { id: colleague.user.id }, { token: scopeAdmin.accessToken },
      );
      expect(enabled.enableColleague.disabledAt).toBeNull();
    });
  });
});
