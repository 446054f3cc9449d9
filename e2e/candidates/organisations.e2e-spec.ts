import { auditEvents, createCompany, createOrganisation, graphql, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { operatorOf, tokenOf } from './operations';

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name channel districtCode contactEmail contactPhone district { name } }
}`;
const UPDATE_ORG = 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name contactEmail districtCode } }';
const LIST_ORGS = `query($channel: Channel, $districtCode: String, $after: String) {
  organisations(first: 2, channel: $channel, districtCode: $districtCode, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name channel districtCode } }
}`;
const GET_ORG = 'query($id: ID!) { organisation(id: $id) { id name } }';

interface OrganisationView {
  id: string;
  name: string;
  channel: string;
  districtCode: string;
}

describe('organisations: the admin manages them; others see their own', () => {
  let api: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    api = await startApi();
    adminToken = await tokenOf(api.server, api.dataSource, 'ADMIN');
  });
  afterAll(() => api.close());

  it('lets an admin create and edit a Caritas in a district, audited', async () => {
    const created = await graphql<{ createOrganisation: OrganisationView & { contactEmail: string } }>(
      api.server,
      CREATE_ORG,
      { input: { name: 'Caritas di Imola', channel: 'CARITAS', districtCode: 'IMOLA', contactEmail: 'Ascolto@Caritas-Imola.example', contactPhone: '0542 123456' } },
      { token: adminToken },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganisation).toMatchObject({ name: 'Caritas di Imola', channel: 'CARITAS', districtCode: 'IMOLA', contactEmail: 'ascolto@caritas-imola.example', district: { name: expect.any(String) } });
    const id = created.data?.createOrganisation.id as string;
    const updated = await graphql<{ updateOrganisation: OrganisationView }>(api.server, UPDATE_ORG, { id, input: { name: 'Caritas diocesana di Imola' } }, { token: adminToken });
    expect(updated.data?.updateOrganisation).toMatchObject({ name: 'Caritas diocesana di Imola', districtCode: 'IMOLA' });
    expect(await auditEvents(api.dataSource, 'organisation.created', id)).toHaveLength(1);
    expect(await auditEvents(api.dataSource, 'organisation.updated', id)).toEqual([expect.objectContaining({ details: { changed: ['name'] } })]);
  });

  it('refuses an unknown district, a bad e-mail and an empty name', async () => {
    const unknown = await graphql(api.server, CREATE_ORG, { input: { name: 'X', channel: 'CARITAS', districtCode: 'MILANO' } }, { token: adminToken });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_DISTRICT' });
    const email = await graphql(api.server, CREATE_ORG, { input: { name: 'X', channel: 'CARITAS', districtCode: 'IMOLA', contactEmail: 'not-an-email' } }, { token: adminToken });
    expect(email.errors?.[0]?.extensions.fields?.[0]?.field).toBe('input.contactEmail');
    const empty = await graphql(api.server, CREATE_ORG, { input: { name: '', channel: 'CARITAS', districtCode: 'IMOLA' } }, { token: adminToken });
    expect(empty.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lists organisations by channel and district for an admin, page by page', async () => {
    for (let i = 0; i < 3; i++) await createOrganisation(api.dataSource, 'APPENNINO_BOLOGNESE', 'CARITAS');
    await createOrganisation(api.dataSource, 'APPENNINO_BOLOGNESE', 'SOCIAL_SERVICES');
    const first = await graphql<{ organisations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: OrganisationView[] } }>(
      api.server, LIST_ORGS, { channel: 'CARITAS', districtCode: 'APPENNINO_BOLOGNESE' }, { token: adminToken },
    );
    expect(first.data?.organisations.totalCount).toBe(3);
    expect(first.data?.organisations.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<{ organisations: { nodes: OrganisationView[] } }>(
      api.server, LIST_ORGS, { channel: 'CARITAS', districtCode: 'APPENNINO_BOLOGNESE', after: first.data?.organisations.pageInfo.endCursor }, { token: adminToken },
    );
    expect(second.data?.organisations.nodes).toHaveLength(1);
    expect([...(first.data?.organisations.nodes ?? []), ...(second.data?.organisations.nodes ?? [])].every((o) => o.channel === 'CARITAS')).toBe(true);
  });

  it("shows an operator only its own organisation and a coordinator only its district's", async () => {
    const operator = await operatorOf(api.server, api.dataSource, 'PIANURA_OVEST');
    const other = await createOrganisation(api.dataSource, 'PIANURA_OVEST', 'CARITAS');
    const mine = await graphql<{ organisations: { nodes: OrganisationView[] } }>(api.server, LIST_ORGS, {}, { token: operator.token });
    expect(mine.data?.organisations.nodes.map((o) => o.id)).toEqual([operator.organisationId]);
    expect((await graphql(api.server, GET_ORG, { id: other }, { token: operator.token })).errors?.[0]?.extensions.reason).toBe('ORGANISATION_NOT_FOUND');

    const coordinator = await tokenOf(api.server, api.dataSource, 'DISTRICT_COORDINATOR', { districtCode: 'PIANURA_OVEST' });
    const district = await graphql<{ organisations: { nodes: OrganisationView[] } }>(api.server, LIST_ORGS, { districtCode: 'BOLOGNA' }, { token: coordinator });
    expect(district.data?.organisations.nodes).toEqual([]);
    const own = await graphql<{ organisations: { totalCount: number; nodes: OrganisationView[] } }>(api.server, LIST_ORGS, {}, { token: coordinator });
    expect(own.data?.organisations.totalCount).toBe(2);
  });

  it.each(['OPERATOR', 'COMPANY_HR', 'BOARD_MEMBER', 'DISTRICT_COORDINATOR'])('refuses %s creating or editing organisations', async (role) => {
    const organisationId = await createOrganisation(api.dataSource, 'BOLOGNA');
    const companyId = await createCompany(api.dataSource);
    const scope: Record<string, string> =
      role === 'OPERATOR' ? { organisationId, districtCode: 'BOLOGNA' } : role === 'DISTRICT_COORDINATOR' ? { districtCode: 'BOLOGNA' } : { companyId };
    const token = await tokenOf(api.server, api.dataSource, role, scope);
    const create = await graphql(api.server, CREATE_ORG, { input: { name: 'X', channel: 'CARITAS', districtCode: 'BOLOGNA' } }, { token });
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' });
    const update = await graphql(api.server, UPDATE_ORG, { id: organisationId, input: { name: 'Y' } }, { token });
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' });
    if (role === 'COMPANY_HR' || role === 'BOARD_MEMBER') {
      expect((await graphql(api.server, LIST_ORGS, {}, { token })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });
});
