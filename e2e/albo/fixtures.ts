import { randomBytes } from 'node:crypto';
import { createUser, graphqlOk, signIn, type TestApp } from '@ipl/testing';

export const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id legalName } }`;
export const APPLY = `mutation($input: ApplyToAlboInput!) { applyToAlbo(input: $input) { id status sectionCodes } }`;
export const ADMIT = `mutation($input: AlboReviewInput!) { admitCompany(input: $input) { status logoNumber admittedAt expiresAt } }`;
export const CREATE_SLOT = `mutation($input: CreateSlotInput!) { createSlot(input: $input) { id status } }`;
export const PUBLISH_SLOT = `mutation($id: ID!) { publishSlot(id: $id) { id status publishedAt } }`;
export const VERIFY = `query($n: String!) { verifyAlboLogo(logoNumber: $n) { logoNumber status legalName expiresAt } }`;

export const DECLARED = { law68ObligationsMet: true, inclusivePathRun: true, metropolitanSite: true };

/** A partita IVA with a valid check digit, different on each call. */
export function partitaIva(): string {
  const digits = Array.from(randomBytes(10), (byte) => String(byte % 10)).join('');
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const weighted = Number(digits[index]) * (index % 2 === 1 ? 2 : 1);
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return digits + String((10 - (sum % 10)) % 10);
}

export interface CompanyWithHr {
  companyId: string;
  hrToken: string;
  contactEmail: string;
}

/** A company created by the admin through the API, with one HR user signed in. */
export async function companyWithHr(
  api: TestApp,
  adminToken: string,
  options: { legalName?: string; comuneCode?: string; atecoCode?: string } = {},
): Promise<CompanyWithHr> {
  const contactEmail = `hr.${randomBytes(4).toString('hex')}@azienda.example`;
  const { createCompany } = await graphqlOk<{ createCompany: { id: string } }>(
    api.server,
    CREATE_COMPANY,
    {
      input: {
        legalName: options.legalName ?? `Azienda ${randomBytes(3).toString('hex')} S.r.l.`,
        partitaIva: partitaIva(),
        atecoCode: options.atecoCode ?? '10.71.10',
        sizeBand: 'SMALL',
        contactEmail,
        sites: [{ comuneCode: options.comuneCode ?? 'CASALECCHIO_DI_RENO' }],
      },
    },
    { token: adminToken },
  );
  const hr = await createUser(api.dataSource, 'COMPANY_HR', { companyId: createCompany.id });
  return { companyId: createCompany.id, hrToken: (await signIn(api.server, hr.email)).accessToken, contactEmail };
}

/** Applies and admits: the company ends ADMITTED with a logo. */
export async function admitted(api: TestApp, adminToken: string, company: CompanyWithHr, sectionCodes = ['INCLUSIONE_LAVORATIVA']): Promise<string> {
  await graphqlOk(api.server, APPLY, { input: { sectionCodes, declarations: DECLARED } }, { token: company.hrToken });
  const { admitCompany } = await graphqlOk<{ admitCompany: { logoNumber: string } }>(
    api.server, ADMIT, { input: { companyId: company.companyId, comment: 'Requisiti verificati' } }, { token: adminToken },
  );
  return admitCompany.logoNumber;
}

export async function anySkillIds(api: TestApp, count = 2): Promise<string[]> {
  const rows = (await api.dataSource.query('SELECT id FROM skill ORDER BY id LIMIT $1', [count])) as { id: string }[];
  return rows.map((row) => row.id);
}

/** A date `days` from today, YYYY-MM-DD. */
export function inDays(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function slotInput(skillIds: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'TIROCINIO',
    title: 'Tirocinio in panetteria',
    description: 'Preparazione degli impasti e cura del banco, con un tutor dedicato.',
    requiredSkillIds: skillIds.slice(0, 1),
    niceToHaveSkillIds: skillIds.slice(1, 2),
    freeSkillLabels: ['  Uso   della  Planetaria '],
    comuneCode: 'CASALECCHIO_DI_RENO',
    openings: 2,
    hoursPerWeek: 20,
    shifts: ['DAY'],
    startDate: inDays(30),
    durationMonths: 6,
    languages: [{ code: 'it', minLevel: 'A2' }],
    offersTutor: true,
    offersGradualStart: true,
    stepFreeAccess: true,
    reachableByPublicTransport: true,
    ...overrides,
  };
}
