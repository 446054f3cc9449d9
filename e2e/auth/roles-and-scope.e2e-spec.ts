import {
  auditEvents,
  createCompany,
  createOrganisation,
  createUser,
  graphql,
  graphqlOk,
  signIn,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
} from '@ipl/testing';
import { startApi } from '../app';
import { admitted, anySkillIds, companyWithHr, CREATE_SLOT, PUBLISH_SLOT, slotInput } from '../albo/fixtures';
import { DISABLE, ENABLE, login, me, refresh } from './operations';

interface DisabledUser {
  id: string;
  email: string;
  disabledAt: string | null;
}

describe('roles and scope: disabling users, and who may', () => {
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
    organisationId = await createOrganisation(api.dataSource, 'SAVENA_IDICE');
  });
  afterAll(() => api.close());

  it('tells each signed-in user their own role and scope on me, from the database', async () => {
    const operator = await createUser(api.dataSource, 'OPERATOR', { organisationId, districtCode: 'SAVENA_IDICE' });
    const session = await signIn(api.server, operator.email);
    expect((await me(api.server, session.accessToken)).data?.me).toMatchObject({
      id: operator.id,
      role: 'OPERATOR',
      organisationId,
      districtCode: 'SAVENA_IDICE',
      companyId: null,
    });
    // A role changed in the database applies to the existing token at once.
    await api.dataSource.query(
      `UPDATE app_user SET role = 'DISTRICT_COORDINATOR', organisation_id = NULL WHERE id = $1`,
      [operator.id],
    );
    expect((await me(api.server, session.accessToken)).data?.me).toMatchObject({ role: 'DISTRICT_COORDINATOR', organisationId: null });
  });

  describe('disableUser by an ADMIN', () => {
    it("voids the user's existing access and refresh tokens at once, refuses their login, and is audited", async () => {
      const hr = await createUser(api.dataSource, 'COMPANY_HR', { companyId });
      const session = await signIn(api.server, hr.email);
      expect((await me(api.server, session.accessToken)).data?.me.id).toBe(hr.id);

      const response = await graphql<{ disableUser: DisabledUser }>(api.server, DISABLE, { id: hr.id }, { token: adminToken });
      expect(response.errors).toBeUndefined();
      expect(response.data?.disableUser.id).toBe(hr.id);
      expect(response.data?.disableUser.disabledAt).not.toBeNull();

      const afterwards = await me(api.server, session.accessToken);
      expect(afterwards.data).toBeNull();
      expect(afterwards.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await refresh(api.server, session.refreshToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      const signingIn = await login(api.server, { email: hr.email, password: TEST_PASSWORD });
      expect(signingIn.data).toBeNull();
      expect(signingIn.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

      const events = await auditEvents(api.dataSource, 'user.disabled', hr.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: admin.id, actorRole: 'ADMIN', subjectType: 'user' });
    });

    it('enableUser lets the user sign in again, while the tokens voided by disabling stay void', async () => {
      const hr = await createUser(api.dataSource, 'COMPANY_HR', { companyId });
      const before = await signIn(api.server, hr.email);
      await graphql(api.server, DISABLE, { id: hr.id }, { token: adminToken });

      const response = await graphql<{ enableUser: DisabledUser }>(api.server, ENABLE, { id: hr.id }, { token: adminToken });
      expect(response.errors).toBeUndefined();
      expect(response.data?.enableUser.disabledAt).toBeNull();

      const after = await signIn(api.server, hr.email);
      expect((await me(api.server, after.accessToken)).data?.me.id).toBe(hr.id);
      expect((await me(api.server, before.accessToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(await auditEvents(api.dataSource, 'user.enabled', hr.id)).toHaveLength(1);
    });

    it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for an id that is not one', async () => {
      const unknown = await graphql(api.server, DISABLE, { id: '00000000-0000-4000-8000-000000000000' }, { token: adminToken });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' });
      const malformed = await graphql(api.server, DISABLE, { id: 'not-a-uuid' }, { token: adminToken });
      expect(malformed.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('disableUser and enableUser by anyone else', () => {
    it.each([
      ['COMPANY_HR', () => ({ companyId })],
      ['BOARD_MEMBER', () => ({ companyId })],
      ['OPERATOR', () => ({ organisationId, districtCode: 'SAVENA_IDICE' })],
      ['DISTRICT_COORDINATOR', () => ({ districtCode: 'SAVENA_IDICE' })],
    ])('is FORBIDDEN to %s, and the target keeps working', async (role, scope) => {
      const caller = await createUser(api.dataSource, role, scope());
      const target = await createUser(api.dataSource, 'COMPANY_HR', { companyId });
      const targetSession = await signIn(api.server, target.email);
      const callerToken = (await signIn(api.server, caller.email)).accessToken;

      for (const operation of [DISABLE, ENABLE]) {
        const response = await graphql(api.server, operation, { id: target.id }, { token: callerToken });
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' });
      }
      expect((await me(api.server, targetSession.accessToken)).data?.me.id).toBe(target.id);
      expect(await auditEvents(api.dataSource, 'user.disabled', target.id)).toHaveLength(0);
    });

    it('is UNAUTHENTICATED without a token', async () => {
      const response = await graphql(api.server, DISABLE, { id: admin.id });
      expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe("a slot's company, as every role reads it", () => {
    it('is the public card (legal name, sector, comune, district), never the partita IVA, contact or sites that company(id) refuses', async () => {
      const company = await companyWithHr(api, adminToken, { legalName: 'Panificio Aperto S.r.l.', comuneCode: 'IMOLA' });
      await admitted(api, adminToken, company);
      const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(
        api.server, CREATE_SLOT, { input: slotInput(await anySkillIds(api, 2)) }, { token: company.hrToken },
      );
      await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
      const operator = await createUser(api.dataSource, 'OPERATOR', { organisationId, districtCode: 'SAVENA_IDICE' });
      const token = (await signIn(api.server, operator.email)).accessToken;

      const refused = await graphql(api.server, 'query($id: ID!) { company(id: $id) { partitaIva } }', { id: company.companyId }, { token });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      for (const field of ['partitaIva', 'contactEmail', 'sites { address }']) {
        const leak = await graphql(api.server, `query($id: ID!) { slot(id: $id) { company { ${field} } } }`, { id: createSlot.id }, { token });
        expect(leak.data).toBeNull();
        expect(leak.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      const card = await graphqlOk<{ slot: { company: unknown } }>(
        api.server, 'query($id: ID!) { slot(id: $id) { company { id legalName sector { code } comune { code } district { code } } } }',
        { id: createSlot.id }, { token },
      );
      expect(card.slot.company).toEqual({
        id: company.companyId, legalName: 'Panificio Aperto S.r.l.', sector: expect.anything(), comune: { code: 'IMOLA' }, district: { code: 'IMOLA' },
      });
    });
  });
});
