import { createCompany, createOrganisation, createUser, errorOf, graphqlOk, signIn, TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { ACCEPT, INVITE, invitationToken, me, newEmail, Payload } from './operations';

const INVITE_COLLEAGUE = 'mutation($input: InviteColleagueInput!) { inviteColleague(input: $input) { id email role } }';
const DISABLE_COLLEAGUE = 'mutation($id: ID!) { disableColleague(id: $id) { id disabledAt } }';
const COLLEAGUES = '{ colleagues { id email scopeAdmin } }';
const SET_SCOPE_ADMIN = 'mutation($id: ID!, $value: Boolean!) { setScopeAdmin(id: $id, scopeAdmin: $value) { id scopeAdmin } }';

describe('company admins and lead operators manage their colleagues', () => {
  let api: TestApp;
  let adminToken: string;
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

    // HR of another company is out of reach, even for an admin.
    const stranger = await createUser(api.dataSource, 'COMPANY_HR', { companyId: await createCompany(api.dataSource, 'Altra azienda') });
    const outside = await errorOf(api.server, DISABLE_COLLEAGUE, { id: stranger.id }, { token: first.accessToken });
    expect(outside.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_COLLEAGUE' });

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
});
