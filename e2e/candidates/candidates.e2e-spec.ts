import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLList, GraphQLNonNull, GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import { auditEvents, countQueries, createCompany, graphql, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import {
  completeInput,
  countAudit,
  createCandidate,
  CREATE,
  ERASE,
  GET,
  LIST,
  operatorOf,
  randomCodiceFiscale,
  RECONFIRM,
  TO_RECONFIRM,
  tokenOf,
  UPDATE,
  WITHDRAW,
  type CandidateView,
  type OperatorSession,
} from './operations';

const IDENTITY_FIELD = /name|mail|phone|tel|fiscal|codice|cf$|birth|nascita|address|indirizzo|street|hmac|personkey|iban|health|diagnos|disab|religio|ethnic|income|reddito|judicial/i;

function unwrap(type: GraphQLOutputType): GraphQLOutputType {
  return type instanceof GraphQLNonNull || type instanceof GraphQLList ? unwrap(type.ofType as GraphQLOutputType) : type;
}

describe('candidate profiles: anonymity, scope, audit and the personal-data guard', () => {
  let api: TestApp;
  let a: OperatorSession;
  let b: OperatorSession;

  beforeAll(async () => {
    api = await startApi();
    a = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE');
    b = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
  });
  afterAll(() => api.close());

  describe('no identity, by construction', () => {
    it('has no field in the Candidate type (or its experiences and languages) that could hold a name, contact, birth date, address or codice fiscale', () => {
      const schema = api.app.get(GraphQLSchemaHost).schema;
      const candidate = schema.getType('Candidate') as GraphQLObjectType;
      const fields = Object.values(candidate.getFields());
      expect(fields.length).toBeGreaterThan(20);
      const nested = ['CandidateExperience', 'CandidateLanguage'].flatMap((name) => Object.values((schema.getType(name) as GraphQLObjectType).getFields()));
      const offending = [...fields, ...nested].map((field) => field.name).filter((name) => IDENTITY_FIELD.test(name));
      expect(offending).toEqual([]);
      // The walk is real: it sees the nested types through the Candidate fields.
      expect(fields.map((field) => unwrap(field.type).toString())).toEqual(expect.arrayContaining(['CandidateExperience', 'CandidateLanguage']));
      // And the pattern would catch the usual suspects.
      for (const name of ['firstName', 'email', 'phoneNumber', 'fiscalCode', 'codiceFiscale', 'birthDate', 'address', 'personKey']) {
        expect(name).toMatch(IDENTITY_FIELD);
      }
    });

    it('has no column in the candidate table for identity, only the keyed person_key that no query returns', async () => {
      const columns = ((await api.dataSource.query(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'candidate'`,
      )) as { name: string }[]).map((column) => column.name);
      expect(columns).toContain('person_key');
      expect(columns.filter((name) => name !== 'person_key' && IDENTITY_FIELD.test(name.replace(/_/g, '')))).toEqual([]);
    });
  });

  describe('creation', () => {
    it('stores a complete profile as ACTIVE with completeness 100 and a channel-district-year-sequence code, audited', async () => {
      const year = new Date().getUTCFullYear();
      const first = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale()));
      const second = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale()));
      expect(first).toMatchObject({ status: 'ACTIVE', completeness: 100, organisationId: a.organisationId, residenceDistrictCode: 'SAVENA_IDICE' });
      expect(first.publicCode).toMatch(new RegExp(`^SST-SAVENA_IDICE-${year}-\\d{4}$`));
      expect(Number(second.publicCode.slice(-4))).toBe(Number(first.publicCode.slice(-4)) + 1);
      expect(first.freeSkillLabels).toEqual(['cucito a macchina']);
      expect(first.activeMeasures).toEqual(['NONE']);
      const caritas = await createCandidate(api.server, b.token, completeInput(randomCodiceFiscale()));
      expect(caritas.publicCode).toBe(`CAR-SAVENA_IDICE-${year}-0001`);
      expect(await auditEvents(api.dataSource, 'candidate.created', first.id)).toEqual([
        expect.objectContaining({ actorId: a.userId, actorRole: 'OPERATOR', subjectType: 'candidate' }),
      ]);
    });

    it('gives distinct sequence numbers to profiles created at the same moment', async () => {
      const operator = await operatorOf(api.server, api.dataSource, 'IMOLA');
      const created = await Promise.all(Array.from({ length: 8 }, () => createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale()))));
      const sequences = created.map((candidate) => Number(candidate.publicCode.slice(-4))).sort((x, y) => x - y);
      expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('keeps an incomplete profile STALE, with its completeness, until it is completed', async () => {
      const candidate = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale(), { languages: [], hoursPerWeek: null }));
      expect(candidate.status).toBe('STALE');
      expect(candidate.completeness).toBeLessThan(100);
      const fixed = await graphql<{ updateCandidate: CandidateView }>(api.server, UPDATE, { id: candidate.id, input: { languages: [{ language: 'it', level: 'A2' }], hoursPerWeek: 20 } }, { token: a.token });
      expect(fixed.data?.updateCandidate).toMatchObject({ status: 'ACTIVE', completeness: 100 });
    });

    it('refuses unknown skills, comuni and codici fiscali, creating nothing', async () => {
      const before = await countCandidates();
      const unknownSkill = await graphql(api.server, CREATE, { input: completeInput(randomCodiceFiscale(), { skillIds: ['non-esiste'] }) }, { token: a.token });
      expect(unknownSkill.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_SKILL' });
      const unknownComune = await graphql(api.server, CREATE, { input: completeInput(randomCodiceFiscale(), { residenceComuneCode: 'MILANO' }) }, { token: a.token });
      expect(unknownComune.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_COMUNE' });
      const badCf = await graphql(api.server, CREATE, { input: completeInput('RSSMRA80A01A944X') }, { token: a.token });
      expect(badCf.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CODICE_FISCALE' });
      expect(JSON.stringify(badCf)).not.toContain('RSSMRA80A01A944X');
      const noneAndOthers = await graphql(api.server, CREATE, { input: completeInput(randomCodiceFiscale(), { activeMeasures: ['NONE', 'LR_14_2015_PATH'] }) }, { token: a.token });
      expect(noneAndOthers.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NONE_WITH_OTHER_MEASURES' });
      const unknownField = await graphql(api.server, CREATE, { input: completeInput(randomCodiceFiscale(), { firstName: 'Mario' }) }, { token: a.token });
      expect(unknownField.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(await countCandidates()).toBe(before);
    });
  });

  describe('the personal-data guard on every free text', () => {
    const samples: [string, string][] = [
      ['EMAIL', 'scrivere a mario.rossi@gmail.com'],
      ['PHONE', 'cell 333 123 4567'],
      ['PHONE', 'tel. +39 051 123 4567'],
      ['CODICE_FISCALE', 'cf RSS MRA 80A01 A944I'],
      ['IBAN', 'IT60 X054 2811 1010 0000 0123 456'],
      ['STREET_ADDRESS', 'abita in via Roma 12'],
    ];
    const fields: [string, (text: string) => Record<string, unknown>][] = [
      ['input.notes', (text) => ({ notes: text })],
      ['input.freeSkillLabels.0', (text) => ({ freeSkillLabels: [text.slice(0, 60)] })],
      ['input.experiences.0.occupation', (text) => ({ experiences: [{ occupation: text, months: 3 }] })],
      ['input.experiences.0.description', (text) => ({ experiences: [{ occupation: 'magazziniere', months: 3, description: text }] })],
    ];

    it.each(fields)('refuses each kind of personal data in %s, naming the field and the kind, never echoing it', async (field, build) => {
      const before = await countCandidates();
      for (const [kind, text] of samples) {
        const response = await graphql(api.server, CREATE, { input: completeInput(randomCodiceFiscale(), build(text)) }, { token: a.token, language: 'en' });
        const error = response.errors?.[0];
        expect(response.data).toBeNull();
        expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSONAL_DATA_IN_TEXT' });
        expect(error?.extensions.personalDataKinds).toContain(kind);
        expect(error?.extensions.fields?.map((f) => f.field)).toEqual([field]);
        expect(error?.message).toContain(field);
        expect(error?.extensions.messages?.it).toContain('dati personali');
        const body = JSON.stringify(response);
        for (const piece of ['mario.rossi', '4567', 'A944I', '0123', 'Roma 12']) expect(body).not.toContain(piece);
      }
      expect(await countCandidates()).toBe(before);
    });

    it('accepts ordinary text with numbers, dates and hours', async () => {
      const candidate = await createCandidate(
        api.server,
        a.token,
        completeInput(randomCodiceFiscale(), {
          notes: 'disponibile dal 01/03, turni 8-14; 20 ore settimanali dal 2015 al 2019; corso HACCP 12 ore',
          experiences: [{ occupation: 'magazziniere', months: 24, endYear: 2022, description: 'carrello elevatore, turni 6-14 e 14-22, squadra di 12 persone' }],
        }),
      );
      expect(candidate.notes).toContain('turni 8-14');
    });
  });

  describe('scope', () => {
    let ofA: CandidateView;
    beforeAll(async () => {
      ofA = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale(), { notes: 'nota originale' }));
    });

    it("lets an operator of another organisation neither read nor change A's profile, which stays as it was", async () => {
      for (const [query, variables] of [
        [GET, { id: ofA.id }],
        [UPDATE, { id: ofA.id, input: { notes: 'cambiata da B' } }],
        [RECONFIRM, { id: ofA.id }],
        [WITHDRAW, { id: ofA.id }],
        [ERASE, { id: ofA.id }],
      ] as const) {
        const response = await graphql(api.server, query, variables, { token: b.token });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CANDIDATE_NOT_FOUND' });
      }
      const list = await graphql<{ candidates: { nodes: CandidateView[] } }>(api.server, LIST, { first: 100 }, { token: b.token });
      expect(list.data?.candidates.nodes.map((node) => node.id)).not.toContain(ofA.id);
      const stored = await graphql<{ candidate: CandidateView }>(api.server, GET, { id: ofA.id }, { token: a.token });
      expect(stored.data?.candidate).toMatchObject({ notes: 'nota originale', status: 'ACTIVE' });
    });

    it.each(['ADMIN', 'COMPANY_HR', 'BOARD_MEMBER', 'DISTRICT_COORDINATOR'])('refuses %s every candidate query and mutation but erasure (admin)', async (role) => {
      const companyId = await createCompany(api.dataSource);
      const scope: Record<string, string> =
        role === 'COMPANY_HR' || role === 'BOARD_MEMBER' ? { companyId } : role === 'DISTRICT_COORDINATOR' ? { districtCode: 'SAVENA_IDICE' } : {};
      const token = await tokenOf(api.server, api.dataSource, role, scope);
      const operations: [string, Record<string, unknown>][] = [
        [GET, { id: ofA.id }],
        [LIST, { first: 10 }],
        [TO_RECONFIRM, {}],
        [CREATE, { input: completeInput(randomCodiceFiscale()) }],
        [UPDATE, { id: ofA.id, input: { notes: 'x' } }],
        [RECONFIRM, { id: ofA.id }],
        [WITHDRAW, { id: ofA.id }],
      ];
      if (role !== 'ADMIN') operations.push([ERASE, { id: ofA.id }]);
      for (const [query, variables] of operations) {
        const response = await graphql(api.server, query, variables, { token });
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' });
      }
    });

    it('refuses anonymous callers', async () => {
      expect((await graphql(api.server, GET, { id: ofA.id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('every read is audited', () => {
    it('writes one candidate.read per profile read, single or in a list, with the actor', async () => {
      const operator = await operatorOf(api.server, api.dataSource, 'PIANURA_EST');
      const created = [];
      for (let i = 0; i < 3; i++) created.push(await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale())));
      const before = await countAudit(api.dataSource, 'candidate.read');

      await graphql(api.server, GET, { id: created[0].id }, { token: operator.token });
      expect(await countAudit(api.dataSource, 'candidate.read')).toBe(before + 1);
      expect((await auditEvents(api.dataSource, 'candidate.read', created[0].id))[0]).toMatchObject({ actorId: operator.userId, actorRole: 'OPERATOR' });

      const page = await graphql<{ candidates: { nodes: CandidateView[]; pageInfo: { endCursor: string } } }>(api.server, LIST, { first: 2 }, { token: operator.token });
      expect(page.data?.candidates.nodes).toHaveLength(2);
      expect(await countAudit(api.dataSource, 'candidate.read')).toBe(before + 3);
      const next = await graphql<{ candidates: { nodes: CandidateView[] } }>(api.server, LIST, { first: 2, after: page.data?.candidates.pageInfo.endCursor }, { token: operator.token });
      expect(next.data?.candidates.nodes).toHaveLength(1);
      expect(await countAudit(api.dataSource, 'candidate.read')).toBe(before + 4);
      for (const candidate of created) expect((await auditEvents(api.dataSource, 'candidate.read', candidate.id)).length).toBeGreaterThanOrEqual(1);

      // A refused read is not a read.
      await graphql(api.server, GET, { id: created[0].id }, { token: a.token });
      expect(await countAudit(api.dataSource, 'candidate.read')).toBe(before + 4);
    });
  });

  describe('bad input loses nothing', () => {
    it('leaves the stored profile unchanged when an update is refused, whatever the reason', async () => {
      const candidate = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale(), { notes: 'turno mattina' }));
      const refused: Record<string, unknown>[] = [
        { notes: 'chiamare 3331234567', hoursPerWeek: 10 },
        { skillIds: ['non-esiste'], hoursPerWeek: 10 },
        { residenceComuneCode: 'ROMA', hoursPerWeek: 10 },
        { hoursPerWeek: 500 },
        { ageBand: 'AGE_99' },
        { experiences: [{ occupation: 'cuoco', months: 3, description: 'IBAN IT60X0542811101000000123456' }], hoursPerWeek: 10 },
      ];
      for (const input of refused) {
        const response = await graphql(api.server, UPDATE, { id: candidate.id, input }, { token: a.token });
        expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      }
      const stored = await graphql<{ candidate: CandidateView }>(api.server, GET, { id: candidate.id }, { token: a.token });
      const { status: _s, ...expected } = candidate;
      expect(stored.data?.candidate).toMatchObject({ ...expected, notes: 'turno mattina', hoursPerWeek: 30 });
    });

    it('updates only the fields given, and null clears an optional one', async () => {
      const candidate = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale()));
      const response = await graphql<{ updateCandidate: CandidateView }>(api.server, UPDATE, { id: candidate.id, input: { notes: null, shifts: ['EVENING'] } }, { token: a.token });
      expect(response.data?.updateCandidate).toMatchObject({ notes: null, shifts: ['EVENING'], skillIds: candidate.skillIds, hoursPerWeek: 30 });
      expect(await auditEvents(api.dataSource, 'candidate.updated', candidate.id)).toEqual([
        expect.objectContaining({ details: { changed: ['notes', 'shifts'] } }),
      ]);
    });
  });

  describe('withdrawal and erasure', () => {
    it('withdraws a profile, which then cannot be changed', async () => {
      const candidate = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale()));
      const withdrawn = await graphql<{ withdrawCandidate: CandidateView }>(api.server, WITHDRAW, { id: candidate.id }, { token: a.token });
      expect(withdrawn.data?.withdrawCandidate.status).toBe('WITHDRAWN');
      const update = await graphql(api.server, UPDATE, { id: candidate.id, input: { notes: 'x' } }, { token: a.token });
      expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CANDIDATE_WITHDRAWN' });
    });

    it('erases a profile on request of its operator or an admin, leaving only the audit event', async () => {
      const adminToken = await tokenOf(api.server, api.dataSource, 'ADMIN');
      const mine = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale()));
      const other = await createCandidate(api.server, a.token, completeInput(randomCodiceFiscale()));
      expect((await graphql<{ eraseCandidate: string }>(api.server, ERASE, { id: mine.id }, { token: a.token })).data?.eraseCandidate).toBe(mine.id);
      expect((await graphql<{ eraseCandidate: string }>(api.server, ERASE, { id: other.id }, { token: adminToken })).data?.eraseCandidate).toBe(other.id);
      const rows = (await api.dataSource.query('SELECT id FROM candidate WHERE id = ANY($1)', [[mine.id, other.id]])) as unknown[];
      expect(rows).toEqual([]);
      expect((await graphql(api.server, GET, { id: mine.id }, { token: a.token })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await auditEvents(api.dataSource, 'candidate.erased', other.id)).toEqual([expect.objectContaining({ actorRole: 'ADMIN' })]);
    });
  });

  describe('lists cost the same number of queries whatever their length', () => {
    it('batches skills, territory, coordination links and requests per page (DataLoaders, no N+1)', async () => {
      const operator = await operatorOf(api.server, api.dataSource, 'APPENNINO_BOLOGNESE');
      const query = `query { candidates(first: 50) { nodes { id skills { id label } residenceDistrict { name } residenceComune { name }
        coordinatedWith { organisation { name } } coordinationRequest { status } coordinationRequests { id requestingOrganisation { name } } } } }`;
      const queriesFor = async () => (await countQueries(api.dataSource, () => graphql(api.server, query, {}, { token: operator.token }))).queries.length;
      for (let i = 0; i < 2; i++) await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'VERGATO' }));
      const few = await queriesFor();
      for (let i = 0; i < 6; i++) await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'VERGATO' }));
      expect(await queriesFor()).toBe(few);
    });
  });

  async function countCandidates(): Promise<number> {
    const [row] = (await api.dataSource.query('SELECT count(*)::int AS n FROM candidate')) as { n: number }[];
    return row.n;
  }
});
