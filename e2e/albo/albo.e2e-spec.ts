import { AlboScheduler } from '@ipl/albo';
import { Clock } from '@ipl/core';
import { auditEvents, createUser, errorOf, graphql, graphqlOk, mailsTo, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { ADMIT, admitted, anySkillIds, APPLY, companyWithHr, CREATE_SLOT, DECLARED, PUBLISH_SLOT, slotInput, VERIFY } from './fixtures';

const DAY_MS = 86_400_000;
const MEMBERSHIP = `query($companyId: ID!) { alboMembership(companyId: $companyId) {
  status logoNumber expiresAt renewalRequestedAt declarations { law68ObligationsMet inclusivePathRun metropolitanSite }
  sections { code } history { kind fromStatus toStatus actorId reason } evidence { slotsPublished pathsStarted hired }
} }`;
const sanction = (name: string) => `mutation($input: AlboSanctionInput!) { ${name}(input: $input) { status } }`;
const review = (name: string) => `mutation($input: AlboReviewInput!) { ${name}(input: $input) { status expiresAt } }`;

describe('the Albo metropolitano delle Aziende inclusive', () => {
  let api: TestApp;
  let adminId: string;
  let adminToken: string;
  let skills: string[];

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminId = admin.id;
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    skills = await anySkillIds(api);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  it('ships the three sections of the source text, publicly', async () => {
    const data = await graphqlOk<{ alboSections: { code: string; name: string }[] }>(api.server, '{ alboSections { code name } }');
    expect(data.alboSections.map((section) => section.name)).toEqual([
      'Inclusione lavorativa di persone svantaggiate',
      'Politiche di genere',
      'Politiche conciliative',
    ]);
  });

  it('lets the admin manage sections; an inactive section takes no application', async () => {
    const CREATE = 'mutation($input: CreateAlboSectionInput!) { createAlboSection(input: $input) { code active } }';
    const UPDATE = 'mutation($code: String!, $input: UpdateAlboSectionInput!) { updateAlboSection(code: $code, input: $input) { code active } }';
    await graphqlOk(api.server, CREATE, { input: { code: 'WELFARE_AZIENDALE', name: 'Welfare aziendale' } }, { token: adminToken });
    await graphqlOk(api.server, UPDATE, { code: 'WELFARE_AZIENDALE', input: { active: false } }, { token: adminToken });
    const company = await companyWithHr(api, adminToken);
    const error = await errorOf(api.server, APPLY, { input: { sectionCodes: ['WELFARE_AZIENDALE'], declarations: DECLARED } }, { token: company.hrToken });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_SECTION' });
    expect((await errorOf(api.server, CREATE, { input: { code: 'ALTRO', name: 'Altro' } }, { token: company.hrToken })).extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an application without every requirement declared, naming it', async () => {
    const company = await companyWithHr(api, adminToken);
    const error = await errorOf(
      api.server, APPLY, { input: { sectionCodes: ['POLITICHE_DI_GENERE'], declarations: { ...DECLARED, law68ObligationsMet: false } } }, { token: company.hrToken },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIREMENT_NOT_DECLARED' });
    expect(error.extensions.fields?.map((f) => f.field)).toEqual(['input.declarations.law68ObligationsMet']);
  });

  it('walks PENDING → ADMITTED → SUSPENDED → ADMITTED → REVOKED, auditing each step with actor and reason, and the logo follows', async () => {
    const company = await companyWithHr(api, adminToken);
    const applied = await graphqlOk<{ applyToAlbo: { status: string } }>(
      api.server, APPLY, { input: { sectionCodes: ['INCLUSIONE_LAVORATIVA', 'POLITICHE_CONCILIATIVE'], declarations: DECLARED } }, { token: company.hrToken },
    );
    expect(applied.applyToAlbo.status).toBe('PENDING');
    expect((await errorOf(api.server, APPLY, { input: { sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: DECLARED } }, { token: company.hrToken })).extensions.reason).toBe('ALREADY_APPLIED');
    expect((await errorOf(api.server, ADMIT, { input: { companyId: company.companyId } }, { token: company.hrToken })).extensions.code).toBe('FORBIDDEN');

    const { admitCompany } = await graphqlOk<{ admitCompany: { logoNumber: string; admittedAt: string; expiresAt: string } }>(
      api.server, ADMIT, { input: { companyId: company.companyId, comment: 'Parere favorevole della Commissione' } }, { token: adminToken },
    );
    const years = (Date.parse(admitCompany.expiresAt) - Date.parse(admitCompany.admittedAt)) / (365.25 * DAY_MS);
    expect(Math.round(years)).toBe(3);
    const verify = async () => (await graphqlOk<{ verifyAlboLogo: { status: string } }>(api.server, VERIFY, { n: admitCompany.logoNumber })).verifyAlboLogo.status;
    expect(await verify()).toBe('VALID');

    await graphqlOk(api.server, sanction('suspendCompany'), { input: { companyId: company.companyId, reason: 'Verifica in corso' } }, { token: adminToken });
    expect(await verify()).toBe('SUSPENDED');
    await graphqlOk(api.server, review('readmitCompany'), { input: { companyId: company.companyId } }, { token: adminToken });
    expect(await verify()).toBe('VALID');
    await graphqlOk(api.server, sanction('revokeCompany'), { input: { companyId: company.companyId, reason: 'Requisiti venuti meno' } }, { token: adminToken });
    expect(await verify()).toBe('REVOKED');
    const noReason = await errorOf(api.server, sanction('suspendCompany'), { input: { companyId: company.companyId, reason: '' } }, { token: adminToken });
    expect(noReason.extensions.fields?.map((f) => f.field)).toEqual(['input.reason']);
    expect((await errorOf(api.server, sanction('suspendCompany'), { input: { companyId: company.companyId, reason: 'Di nuovo' } }, { token: adminToken })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });

    const { alboMembership } = await graphqlOk<{ alboMembership: { status: string; history: { kind: string; actorId: string; reason: string | null }[] } }>(
      api.server, MEMBERSHIP, { companyId: company.companyId }, { token: company.hrToken },
    );
    expect(alboMembership.status).toBe('REVOKED');
    expect(alboMembership.history.map((step) => [step.kind, step.reason])).toEqual([
      ['APPLIED', null],
      ['ADMITTED', 'Parere favorevole della Commissione'],
      ['SUSPENDED', 'Verifica in corso'],
      ['READMITTED', null],
      ['REVOKED', 'Requisiti venuti meno'],
    ]);
    const revoked = await auditEvents(api.dataSource, 'albo.revoked', company.companyId);
    expect(revoked).toEqual([expect.objectContaining({ actorId: adminId, actorRole: 'ADMIN', details: expect.objectContaining({ from: 'ADMITTED', to: 'REVOKED' }) })]);
    for (const action of ['albo.applied', 'albo.admitted', 'albo.suspended', 'albo.readmitted']) {
      expect(await auditEvents(api.dataSource, action, company.companyId)).toHaveLength(1);
    }

    // A revoked company may apply again; the old logo number still verifies as revoked.
    await graphqlOk(api.server, APPLY, { input: { sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: DECLARED } }, { token: company.hrToken });
    const rejected = await graphqlOk<{ rejectAlboApplication: { status: string } }>(
      api.server, sanction('rejectAlboApplication'), { input: { companyId: company.companyId, reason: 'Percorsi non documentati' } }, { token: adminToken },
    );
    expect(rejected.rejectAlboApplication.status).toBe('REJECTED');
    expect(await verify()).toBe('REVOKED');
  });

  it('keeps HR to its own membership', async () => {
    const one = await companyWithHr(api, adminToken);
    const two = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, one);
    const response = await graphql(api.server, MEMBERSHIP, { companyId: one.companyId }, { token: two.hrToken });
    expect(response.errors?.[0]?.extensions.reason).toBe('MEMBERSHIP_NOT_FOUND');
  });

  it('lists admitted companies publicly, filtered by district, sector and section, paginated', async () => {
    const imola = await companyWithHr(api, adminToken, { legalName: 'Ceramiche Imolesi S.p.A.', comuneCode: 'IMOLA', atecoCode: '23.41' });
    const bologna = await companyWithHr(api, adminToken, { legalName: 'Trattoria Bolognese S.n.c.', comuneCode: 'BOLOGNA', atecoCode: '56.10.11' });
    const pending = await companyWithHr(api, adminToken, { legalName: 'In Attesa S.r.l.', comuneCode: 'IMOLA' });
    await admitted(api, adminToken, imola, ['POLITICHE_DI_GENERE']);
    await admitted(api, adminToken, bologna, ['INCLUSIONE_LAVORATIVA', 'POLITICHE_CONCILIATIVE']);
    await graphqlOk(api.server, APPLY, { input: { sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: DECLARED } }, { token: pending.hrToken });

    const names = async (filter: string) =>
      (await graphqlOk<{ albo: { nodes: { legalName: string }[] } }>(api.server, `{ albo(first: 100${filter}) { nodes { legalName } } }`)).albo.nodes.map((n) => n.legalName);
    expect(await names(', districtCode: "IMOLA"')).toEqual(['Ceramiche Imolesi S.p.A.']);
    expect(await names(', sectorCode: "I"')).toEqual(['Trattoria Bolognese S.n.c.']);
    expect(await names(', sectionCode: "POLITICHE_DI_GENERE"')).toEqual(['Ceramiche Imolesi S.p.A.']);
    expect(await names('')).not.toContain('In Attesa S.r.l.');

    const page = await graphqlOk<{ albo: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      api.server, '{ albo(first: 1) { totalCount pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.albo.pageInfo.hasNextPage).toBe(page.albo.totalCount > 1);
  });

  it('reminds before expiry, takes a renewal with the platform evidence, and lapses an unrenewed logo', async () => {
    const renewing = await companyWithHr(api, adminToken);
    const lapsing = await companyWithHr(api, adminToken);
    const logo = await admitted(api, adminToken, renewing);
    const lapsingLogo = await admitted(api, adminToken, lapsing);
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills) }, { token: renewing.hrToken });
    await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: renewing.hrToken });

    const clock = api.app.get(Clock);
    const job = api.app.get(AlboScheduler);
    const start = Date.now();
    const now = jest.spyOn(clock, 'now');
    now.mockReturnValue(new Date(start + (3 * 365 - 90) * DAY_MS));
    await job.runDaily();
    expect((await mailsTo(api.dataSource, renewing.contactEmail)).map((m) => m.kind)).toEqual([]);

    now.mockReturnValue(new Date(start + (3 * 365 - 30) * DAY_MS));
    await job.runDaily();
    await job.runDaily();
    expect((await mailsTo(api.dataSource, renewing.contactEmail)).map((m) => m.kind)).toEqual(['albo.renewal_reminder']);
    expect((await mailsTo(api.dataSource, renewing.contactEmail))[0].body).toContain(logo);

    const RENEW = 'mutation($input: RenewAlboInput!) { requestAlboRenewal(input: $input) { status renewalRequestedAt } }';
    await graphqlOk(api.server, RENEW, { input: { declarations: DECLARED } }, { token: renewing.hrToken });
    const beforeApproval = await graphqlOk<{ alboMembership: { expiresAt: string; evidence: { slotsPublished: number; pathsStarted: number | null } } }>(
      api.server, MEMBERSHIP, { companyId: renewing.companyId }, { token: adminToken },
    );
    // Proposals have landed: paths are counted (none yet for this company).
    expect(beforeApproval.alboMembership.evidence).toEqual({ slotsPublished: 1, pathsStarted: 0, hired: 0 });
    const { approveAlboRenewal } = await graphqlOk<{ approveAlboRenewal: { expiresAt: string } }>(
      api.server, review('approveAlboRenewal'), { input: { companyId: renewing.companyId, comment: 'Rinnovo concesso' } }, { token: adminToken },
    );
    expect(Date.parse(approveAlboRenewal.expiresAt) - Date.parse(beforeApproval.alboMembership.expiresAt)).toBeGreaterThan(3 * 365 * DAY_MS);

    now.mockReturnValue(new Date(start + (3 * 365 + 2) * DAY_MS));
    expect((await job.runDaily()).lapsed).toBeGreaterThanOrEqual(1);
    const verify = async (n: string) => (await graphqlOk<{ verifyAlboLogo: { status: string } }>(api.server, VERIFY, { n })).verifyAlboLogo.status;
    expect(await verify(logo)).toBe('VALID');
    expect(await verify(lapsingLogo)).toBe('EXPIRED');
    const lapsed = await graphqlOk<{ alboMembership: { status: string } }>(api.server, MEMBERSHIP, { companyId: lapsing.companyId }, { token: adminToken });
    expect(lapsed.alboMembership.status).toBe('EXPIRED');
    expect(await auditEvents(api.dataSource, 'albo.lapsed', lapsing.companyId)).toEqual([expect.objectContaining({ actorId: null })]);
    expect((await mailsTo(api.dataSource, lapsing.contactEmail)).map((m) => m.kind)).toEqual(['albo.renewal_reminder', 'albo.lapsed']);
    // An expired company can no longer publish.
    const { createSlot: late } = await graphqlOk<{ createSlot: { id: string } }>(
      api.server, CREATE_SLOT, { input: slotInput(skills, { startDate: new Date(start + (3 * 365 + 20) * DAY_MS).toISOString().slice(0, 10) }) }, { token: lapsing.hrToken },
    );
    expect((await errorOf(api.server, PUBLISH_SLOT, { id: late.id }, { token: lapsing.hrToken })).extensions.reason).toBe('COMPANY_NOT_ELIGIBLE');
  });
});
