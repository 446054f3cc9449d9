import { Role, type AuthUser } from '@ipl/access';
import { countQueries, createUser, errorOf, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { SlotsService } from '@ipl/slots';
import { startApi } from '../app';
import { admitted, anySkillIds, companyWithHr, CREATE_SLOT, inDays, PUBLISH_SLOT, slotInput } from '../albo/fixtures';

const PAGE = `query($first: Int!, $after: String) {
  slots(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title company { legalName sector { code } } comune { name } district { name } }
  }
}`;

describe('slot lists, filters and the rules of openings and intake', () => {
  let api: TestApp;
  let adminToken: string;
  let operatorToken: string;
  let skills: string[];
  const comuni = ['BOLOGNA', 'IMOLA', 'CASALECCHIO_DI_RENO', 'SAN_LAZZARO_DI_SAVENA', 'BUDRIO'];

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    const organisation = ((await api.dataSource.query(
      `INSERT INTO organisation (name, channel, district_code) VALUES ('SST di prova', 'SOCIAL_SERVICES', 'BOLOGNA') RETURNING id`,
    )) as { id: string }[])[0].id;
    const operator = await createUser(api.dataSource, 'OPERATOR', { organisationId: organisation, districtCode: 'BOLOGNA' });
    operatorToken = (await signIn(api.server, operator.email)).accessToken;
    skills = await anySkillIds(api, 3);

    // 60 open slots of 12 companies in 5 comuni, written directly: the list is what is measured.
    const companyIds: string[] = [];
    for (let index = 0; index < 12; index += 1) companyIds.push((await companyWithHr(api, adminToken, { comuneCode: comuni[index % 5] })).companyId);
    const districts = new Map(
      ((await api.dataSource.query('SELECT code, district_code FROM comune')) as { code: string; district_code: string }[]).map((row) => [row.code, row.district_code]),
    );
    for (let index = 0; index < 60; index += 1) {
      const comune = comuni[index % 5];
      await api.dataSource.query(
        `INSERT INTO slot (company_id, kind, status, title, description, required_skill_ids, comune_code, district_code, openings, hours_per_week, start_date, content_changed_at, published_at)
         VALUES ($1, $2, 'OPEN', $3, 'Descrizione della posizione', $4, $5, $6, 1, 20, current_date + 10, now(), now())`,
        [companyIds[index % 12], index % 3 === 0 ? 'JOB' : 'TIROCINIO', `Posizione ${index}`, [skills[index % 3]], comune, districts.get(comune)],
      );
    }
  });
  afterAll(() => api.close());

  it('loads a page of 50 slots with company, comune and district in as many queries as a page of 5', async () => {
    const run = (first: number) => countQueries(api.dataSource, () => graphqlOk<{ slots: { nodes: unknown[] } }>(api.server, PAGE, { first }, { token: operatorToken }));
    const small = await run(5);
    const large = await run(50);
    expect(small.result.slots.nodes).toHaveLength(5);
    expect(large.result.slots.nodes).toHaveLength(50);
    expect(large.queries.length).toBe(small.queries.length);
    expect(large.queries.length).toBeLessThanOrEqual(8);
  });

  it('pages with cursors and filters by district, comune, kind, status and skill', async () => {
    const first = await graphqlOk<{ slots: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { id: string }[] } }>(
      api.server, PAGE, { first: 40 }, { token: operatorToken },
    );
    expect(first.slots.totalCount).toBe(60);
    expect(first.slots.pageInfo.hasNextPage).toBe(true);
    const second = await graphqlOk<{ slots: { pageInfo: { hasNextPage: boolean }; nodes: { id: string }[] } }>(
      api.server, PAGE, { first: 40, after: first.slots.pageInfo.endCursor }, { token: operatorToken },
    );
    expect(second.slots.nodes).toHaveLength(20);
    expect(second.slots.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.slots.nodes, ...second.slots.nodes].map((node) => node.id)).size).toBe(60);

    const filtered = async (filter: string) =>
      (await graphqlOk<{ slots: { totalCount: number } }>(api.server, `{ slots(first: 1, ${filter}) { totalCount } }`, {}, { token: operatorToken })).slots.totalCount;
    expect(await filtered('districtCode: "IMOLA"')).toBe(12);
    expect(await filtered('comuneCode: "BUDRIO"')).toBe(12);
    expect(await filtered('kind: JOB')).toBe(20);
    expect(await filtered('status: DRAFT')).toBe(0);
    expect(await filtered(`skillId: "${skills[1]}"`)).toBe(20);
  });

  it('fills a slot when its openings are taken, never overbooks, and reopens when one is given back', async () => {
    const company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills, { openings: 2 }) }, { token: company.hrToken });
    await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    const slots = api.app.get(SlotsService);
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => slots.takeOpening(createSlot.id)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason.reason)).toEqual([
      'NO_OPENING_LEFT',
      'NO_OPENING_LEFT',
    ]);
    const SLOT = 'query($id: ID!) { slot(id: $id) { status openingsTaken openingsLeft freeSkillLabels requiredSkills { id } } }';
    const filled = await graphqlOk<{ slot: { status: string; openingsTaken: number; openingsLeft: number; freeSkillLabels: string[]; requiredSkills: { id: string }[] } }>(
      api.server, SLOT, { id: createSlot.id }, { token: company.hrToken },
    );
    expect(filled.slot).toMatchObject({ status: 'FILLED', openingsTaken: 2, openingsLeft: 0, freeSkillLabels: ['uso della planetaria'], requiredSkills: [{ id: skills[0] }] });
    await slots.releaseOpening(createSlot.id);
    expect((await graphqlOk<{ slot: { status: string } }>(api.server, SLOT, { id: createSlot.id }, { token: company.hrToken })).slot.status).toBe('OPEN');
  });

  it('pauses intake until a date and caps new proposals a month', async () => {
    const company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills) }, { token: company.hrToken });
    await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    const INTAKE = 'mutation($id: ID!, $input: SlotIntakeInput!) { setSlotIntake(id: $id, input: $input) { id pausedUntil monthlyProposalCap } }';
    const slots = api.app.get(SlotsService);
    const admin: AuthUser = { id: '00000000-0000-4000-8000-000000000000', role: Role.ADMIN, companyId: null, organisationId: null, districtCode: null, scopeAdmin: false, secondFactorPending: false };

    await graphqlOk(api.server, INTAKE, { id: createSlot.id, input: { pausedUntil: inDays(10) } }, { token: company.hrToken });
    let slot = await slots.get(createSlot.id, admin);
    expect(slots.intakeState(slot, 0)).toEqual({ open: false, reason: 'INTAKE_PAUSED' });
    expect(() => slots.assertAcceptsProposals(slot, 0)).toThrow(/until|fino/);

    await graphqlOk(api.server, INTAKE, { id: createSlot.id, input: { pausedUntil: null, monthlyProposalCap: 3 } }, { token: company.hrToken });
    slot = await slots.get(createSlot.id, admin);
    expect(slots.intakeState(slot, 2)).toEqual({ open: true, reason: null });
    expect(slots.intakeState(slot, 3)).toEqual({ open: false, reason: 'MONTHLY_CAP_REACHED' });

    const bad = await errorOf(api.server, INTAKE, { id: createSlot.id, input: { monthlyProposalCap: 0 } }, { token: company.hrToken });
    expect(bad.extensions.fields?.map((f) => f.field)).toEqual(['input.monthlyProposalCap']);
  });

  it('refuses to publish a slot whose start date has passed, and an unknown skill', async () => {
    const company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills, { startDate: inDays(-2) }) }, { token: company.hrToken });
    const error = await errorOf(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'START_DATE_IN_PAST' });
    const unknown = await errorOf(api.server, CREATE_SLOT, { input: slotInput(['non-esiste-affatto']) }, { token: company.hrToken });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_SKILL' });
    const none = await errorOf(api.server, CREATE_SLOT, { input: slotInput([]) }, { token: company.hrToken });
    expect(none.extensions.fields?.map((f) => f.field)).toEqual(['input.requiredSkillIds']);
  });
});
