import { Clock } from '@ipl/core';
import { SlotsStaleJob } from '@ipl/slots';
import { createUser, errorOf, graphql, graphqlOk, mailsTo, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import {
  admitted,
  anySkillIds,
  CREATE_COMPANY,
  CREATE_SLOT,
  companyWithHr,
  partitaIva,
  PUBLISH_SLOT,
  slotInput,
  VERIFY,
} from '../albo/fixtures';

const DAY_MS = 86_400_000;
const ALBO = `{ albo(first: 50) { totalCount nodes { companyId legalName logoNumber sector { code } comune { name } district { code } sections { code } } } }`;

/** The "Done when" of the issue, walked end to end through the API. */
describe('companies, Albo and slots: the issue walk', () => {
  let api: TestApp;
  let adminToken: string;
  let skills: string[];

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    skills = await anySkillIds(api);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const count = async (table: string) => Number(((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n);

  it('walks from application to a published tirocinio, public Albo, refusals, logo expiry and a stale slot', async () => {
    // HR of a new company applies to the Albo; the admin admits it.
    const forno = await companyWithHr(api, adminToken, { legalName: 'Forno del Reno S.r.l.' });
    const logoNumber = await admitted(api, adminToken, forno);
    expect(logoNumber).toMatch(/^AI-\d{4}-\d{5}$/);

    // HR publishes a tirocinio in Casalecchio di Reno.
    const { createSlot } = await graphqlOk<{ createSlot: { id: string; status: string } }>(
      api.server, CREATE_SLOT, { input: slotInput(skills) }, { token: forno.hrToken },
    );
    expect(createSlot.status).toBe('DRAFT');
    const { publishSlot } = await graphqlOk<{ publishSlot: { status: string } }>(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: forno.hrToken });
    expect(publishSlot.status).toBe('OPEN');

    // The public Albo list shows the company, without a login.
    const { albo } = await graphqlOk<{ albo: { nodes: Record<string, unknown>[] } }>(api.server, ALBO);
    expect(albo.nodes).toContainEqual({
      companyId: forno.companyId,
      legalName: 'Forno del Reno S.r.l.',
      logoNumber,
      sector: { code: 'C' },
      comune: { name: 'Casalecchio di Reno' },
      district: { code: 'RENO_LAVINO_SAMOGGIA' },
      sections: [{ code: 'INCLUSIONE_LAVORATIVA' }],
    });

    // A company neither admitted nor on the board keeps its draft but cannot publish.
    const other = await companyWithHr(api, adminToken, { legalName: 'Officina Altrove S.n.c.' });
    const { createSlot: otherDraft } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills) }, { token: other.hrToken });
    const refused = await errorOf(api.server, PUBLISH_SLOT, { id: otherDraft.id }, { token: other.hrToken });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMPANY_NOT_ELIGIBLE' });
    expect(refused.message).toMatch(/Albo/);
    const stillDraft = await graphqlOk<{ slot: { status: string } }>(api.server, 'query($id: ID!) { slot(id: $id) { status } }', { id: otherDraft.id }, { token: other.hrToken });
    expect(stillDraft.slot.status).toBe('DRAFT');

    // HR of another company can neither see a draft nor edit a slot.
    const { createSlot: fornoDraft } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills) }, { token: forno.hrToken });
    const SLOT = 'query($id: ID!) { slot(id: $id) { id title } }';
    const UPDATE = 'mutation($id: ID!, $input: UpdateSlotInput!) { updateSlot(id: $id, input: $input) { id } }';
    expect((await errorOf(api.server, SLOT, { id: fornoDraft.id }, { token: other.hrToken })).extensions.code).toBe('NOT_FOUND');
    expect((await errorOf(api.server, UPDATE, { id: fornoDraft.id, input: { title: 'Preso!' } }, { token: other.hrToken })).extensions.code).toBe('NOT_FOUND');
    expect((await errorOf(api.server, UPDATE, { id: createSlot.id, input: { title: 'Preso!' } }, { token: other.hrToken })).extensions.code).toBe('NOT_FOUND');
    expect((await errorOf(api.server, PUBLISH_SLOT, { id: fornoDraft.id }, { token: other.hrToken })).extensions.code).toBe('NOT_FOUND');
    const list = await graphqlOk<{ slots: { nodes: { id: string }[] } }>(api.server, '{ slots(first: 100) { nodes { id } } }', {}, { token: other.hrToken });
    expect(list.slots.nodes.map((slot) => slot.id)).toContain(createSlot.id);
    expect(list.slots.nodes.map((slot) => slot.id)).not.toContain(fornoDraft.id);

    // Invalid partita IVA, unknown comune, openings 0, hours 60: BAD_USER_INPUT naming the field, nothing written.
    const [companiesBefore, slotsBefore] = [await count('company'), await count('slot')];
    const badCompany = await errorOf(api.server, CREATE_COMPANY, {
      input: { legalName: 'Sbagliata S.r.l.', partitaIva: '12345678901', atecoCode: '10.71', sizeBand: 'MICRO', contactEmail: 'a@b.example', sites: [{ comuneCode: 'BOLOGNA' }] },
    }, { token: adminToken });
    expect(badCompany.extensions.code).toBe('BAD_USER_INPUT');
    expect(badCompany.extensions.fields?.map((f) => f.field)).toEqual(['input.partitaIva']);
    for (const [change, field] of [
      [{ comuneCode: 'ATLANTIDE' }, 'input.comuneCode'],
      [{ openings: 0 }, 'input.openings'],
      [{ hoursPerWeek: 60 }, 'input.hoursPerWeek'],
    ] as const) {
      const error = await errorOf(api.server, CREATE_SLOT, { input: slotInput(skills, change) }, { token: forno.hrToken });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields?.map((f) => f.field)).toEqual([field]);
      expect(error.message).toContain(field);
    }
    expect([await count('company'), await count('slot')]).toEqual([companiesBefore, slotsBefore]);

    // An unchanged slot past the stale limit: reminded after 90 days, unpublished 30 days later.
    const clock = api.app.get(Clock);
    const stale = api.app.get(SlotsStaleJob);
    const start = Date.now();
    const now = jest.spyOn(clock, 'now');
    now.mockReturnValue(new Date(start + 89 * DAY_MS));
    expect(await stale.run()).toEqual({ reminded: 0, unpublished: 0 });
    now.mockReturnValue(new Date(start + 91 * DAY_MS));
    expect((await stale.run()).reminded).toBeGreaterThanOrEqual(1);
    now.mockReturnValue(new Date(start + 120 * DAY_MS));
    expect((await stale.run()).unpublished).toBe(0);
    now.mockReturnValue(new Date(start + 122 * DAY_MS));
    expect((await stale.run()).unpublished).toBeGreaterThanOrEqual(1);
    const unpublished = await graphqlOk<{ slot: { status: string; unpublishedAt: string | null } }>(
      api.server, 'query($id: ID!) { slot(id: $id) { status unpublishedAt } }', { id: createSlot.id }, { token: forno.hrToken },
    );
    expect(unpublished.slot.status).toBe('DRAFT');
    expect(unpublished.slot.unpublishedAt).not.toBeNull();
    expect((await mailsTo(api.dataSource, forno.contactEmail)).map((mail) => mail.kind)).toEqual(['slot.stale_reminder', 'slot.unpublished']);
    now.mockRestore();

    // A logo number checked publicly answers valid, then expired after its term (3 years by default).
    const valid = await graphqlOk<{ verifyAlboLogo: { status: string; legalName: string } }>(api.server, VERIFY, { n: logoNumber });
    expect(valid.verifyAlboLogo).toMatchObject({ status: 'VALID', legalName: 'Forno del Reno S.r.l.' });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + (3 * 365 + 2) * DAY_MS));
    const expired = await graphqlOk<{ verifyAlboLogo: { status: string } }>(api.server, VERIFY, { n: logoNumber });
    expect(expired.verifyAlboLogo.status).toBe('EXPIRED');
    const unknown = await graphqlOk<{ verifyAlboLogo: { status: string } }>(api.server, VERIFY, { n: 'AI-1999-00000' });
    expect(unknown.verifyAlboLogo.status).toBe('UNKNOWN');
  });

  it('refuses a duplicate partita IVA through the API as well', async () => {
    const iva = partitaIva();
    const input = { legalName: 'Doppia S.r.l.', partitaIva: iva, atecoCode: '47.11', sizeBand: 'MICRO', contactEmail: 'a@b.example', sites: [{ comuneCode: 'BOLOGNA' }] };
    await graphqlOk(api.server, CREATE_COMPANY, { input }, { token: adminToken });
    const response = await graphql(api.server, CREATE_COMPANY, { input }, { token: adminToken });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PARTITA_IVA_TAKEN' });
  });
});
