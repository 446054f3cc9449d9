import { auditEvents, createCompany, createUser, graphql, graphqlOk, mailsTo, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { ACCEPT, INVITE, invitationToken, newEmail, type Payload } from './operations';

const ADD = 'mutation($input: AddToBoardInput!) { addCompanyToBoard(input: $input) { id } }';
const REMOVE = 'mutation($input: RemoveFromBoardInput!) { removeCompanyFromBoard(input: $input) { id } }';

describe("BOARD_MEMBER invitations: only for a company on the Protocol's board", () => {
  let api: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    api = await startApi();
    adminToken = (await signIn(api.server, (await createUser(api.dataSource, 'ADMIN')).email)).accessToken;
  });
  afterAll(() => api.close());

  const invite = (email: string, companyId: string, language?: 'it' | 'en') =>
    graphql<{ inviteUser: { id: string } }>(api.server, INVITE, { input: { email, role: 'BOARD_MEMBER', companyId } }, { token: adminToken, language });

  it('refuses a company that is not on the board, in Italian and English, sending and storing nothing', async () => {
    const companyId = await createCompany(api.dataSource, 'Non Nel Tavolo S.r.l.');
    const email = newEmail('board');
    const before = await auditEvents(api.dataSource, 'user.invited');
    for (const language of ['it', 'en'] as const) {
      const error = (await invite(email, companyId, language)).errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMPANY_NOT_ON_BOARD' });
      expect(error?.extensions.messages?.it).toContain('board del Protocollo');
      expect(error?.extensions.messages?.en).toContain("Protocol's board");
      expect(error?.message).toContain(language === 'it' ? 'board del Protocollo' : "Protocol's board");
    }
    expect(await mailsTo(api.dataSource, email)).toEqual([]);
    expect(await api.dataSource.query('SELECT 1 FROM invitation WHERE email = $1', [email])).toEqual([]);
    expect(await auditEvents(api.dataSource, 'user.invited')).toHaveLength(before.length);
  });

  it('refuses a company that has left the board, and invites for a company sitting on it today', async () => {
    const companyId = await createCompany(api.dataSource, 'Nel Tavolo S.p.A.');
    await graphqlOk(api.server, ADD, { input: { companyId, since: '2025-01-01' } }, { token: adminToken });
    const email = newEmail('board');
    expect((await invite(email, companyId)).errors).toBeUndefined();
    const accepted = await graphqlOk<{ acceptInvitation: Payload }>(api.server, ACCEPT, {
      input: { token: await invitationToken(api.dataSource, email), displayName: 'Paola Neri', password: 'una-password-lunga-1' },
    });
    expect(accepted.acceptInvitation.user).toMatchObject({ role: 'BOARD_MEMBER', companyId });

    const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await graphqlOk(api.server, REMOVE, { input: { companyId, until: yesterday } }, { token: adminToken });
    expect((await invite(newEmail('board'), companyId)).errors?.[0]?.extensions.reason).toBe('COMPANY_NOT_ON_BOARD');
  });

  it('still invites HR staff of a company that is not on the board', async () => {
    const companyId = await createCompany(api.dataSource);
    const response = await graphql(api.server, INVITE, { input: { email: newEmail('hr'), role: 'COMPANY_HR', companyId } }, { token: adminToken });
    expect(response.errors).toBeUndefined();
  });
});
