import { auditEvents, createCompany, createUser, errorOf, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';

const CREATE = `mutation($input: CreateCompanyInput!) {
  createCompany(input: $input) { id legalName partitaIva atecoCode sizeBand contactEmail sector { code label } sites { comuneCode position comune { name } district { code } } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id legalName sizeBand sites { comuneCode } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'Panificio Reno S.r.l.',
  partitaIva: '00488410010',
  atecoCode: '10.71.10',
  sizeBand: 'SMALL',
  contactEmail: 'HR@Panificio.example',
  sites: [{ comuneCode: 'CASALECCHIO_DI_RENO', address: 'Via Porrettana 1' }, { comuneCode: 'IMOLA' }],
  ...overrides,
});

describe('companies', () => {
  let api: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
  });
  afterAll(() => api.close());

  const companyCount = async () => Number(((await api.dataSource.query('SELECT count(*)::int AS n FROM company')) as { n: number }[])[0].n);

  it('lets an ADMIN create a company with its ATECO section, size band and sites, audited', async () => {
    const { createCompany: company } = await graphqlOk<{ createCompany: Record<string, unknown> & { id: string } }>(
      api.server, CREATE, { input: input() }, { token: adminToken },
    );
    expect(company).toMatchObject({
      legalName: 'Panificio Reno S.r.l.',
      partitaIva: '00488410010',
      sizeBand: 'SMALL',
      contactEmail: 'hr@panificio.example',
      sector: { code: 'C', label: 'Attività manifatturiere' },
      sites: [
        { comuneCode: 'CASALECCHIO_DI_RENO', position: 0, comune: { name: 'Casalecchio di Reno' }, district: { code: 'RENO_LAVINO_SAMOGGIA' } },
        { comuneCode: 'IMOLA', position: 1, district: { code: 'IMOLA' } },
      ],
    });
    expect(await auditEvents(api.dataSource, 'company.created', company.id)).toHaveLength(1);
  });

  it.each([
    ['a partita IVA with a wrong check digit', { partitaIva: '00488410011' }, 'input.partitaIva'],
    ['a partita IVA of 10 digits', { partitaIva: '0048841001' }, 'input.partitaIva'],
    ['a malformed ATECO code', { atecoCode: '1071' }, 'input.atecoCode'],
    ['an ATECO division that does not exist', { atecoCode: '04.10' }, 'input.atecoCode'],
    ['an unknown comune', { partitaIva: '00905811006', sites: [{ comuneCode: 'ATLANTIDE' }] }, 'input.sites.0.comuneCode'],
    ['no site', { partitaIva: '00905811006', sites: [] }, 'input.sites'],
    ['a bad e-mail', { contactEmail: 'nope' }, 'input.contactEmail'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, change, field) => {
    const before = await companyCount();
    const error = await errorOf(api.server, CREATE, { input: input({ partitaIva: '01234567897', ...change }) }, { token: adminToken });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.map((f) => f.field)).toContain(field);
    expect(error.message).toContain(field);
    expect(await companyCount()).toBe(before);
  });

  it('refuses a second company with the same partita IVA', async () => {
    const error = await errorOf(api.server, CREATE, { input: input({ legalName: 'Altra' }) }, { token: adminToken });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PARTITA_IVA_TAKEN' });
  });

  it('lets HR edit its own company only, and never create one', async () => {
    const own = await createCompany(api.dataSource, 'Propria S.r.l.');
    const other = await createCompany(api.dataSource, 'Altrui S.r.l.');
    const hr = await createUser(api.dataSource, 'COMPANY_HR', { companyId: own });
    const token = (await signIn(api.server, hr.email)).accessToken;

    const updated = await graphqlOk<{ updateCompany: { sizeBand: string; sites: { comuneCode: string }[] } }>(
      api.server, UPDATE, { id: own, input: { sizeBand: 'MICRO', sites: [{ comuneCode: 'BOLOGNA' }] } }, { token },
    );
    expect(updated.updateCompany).toMatchObject({ sizeBand: 'MICRO', sites: [{ comuneCode: 'BOLOGNA' }] });

    expect((await errorOf(api.server, UPDATE, { id: other, input: { sizeBand: 'MICRO' } }, { token })).extensions.reason).toBe('COMPANY_NOT_FOUND');
    expect((await errorOf(api.server, CREATE, { input: input({ partitaIva: '01234567897' }) }, { token })).extensions.code).toBe('FORBIDDEN');
    const read = await graphql<{ company: unknown }>(api.server, 'query($id: ID!) { company(id: $id) { id } }', { id: other }, { token });
    expect(read.errors?.[0]?.extensions.reason).toBe('COMPANY_NOT_FOUND');
    const mine = await graphqlOk<{ myCompany: { id: string } }>(api.server, '{ myCompany { id legalName } }', {}, { token });
    expect(mine.myCompany.id).toBe(own);
  });

  it('ships the 21 ATECO sections publicly', async () => {
    const data = await graphqlOk<{ atecoSections: { code: string }[] }>(api.server, '{ atecoSections { code label } }');
    expect(data.atecoSections).toHaveLength(21);
  });
});
