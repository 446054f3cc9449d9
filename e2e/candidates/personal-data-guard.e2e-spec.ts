import { createUser, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { APPLY, companyWithHr, DECLARED, type CompanyWithHr } from '../albo/fixtures';
import { addToBoard, tokenFor } from '../reports/fixtures';
import {
  ACCEPT, act, admittedCompany, candidateOf, CHECK_IN, DECLINE, END, INTERRUPT, openSlot, operator, propose, PROPOSE, REQUEST, START, WITHDRAW,
  type Company,
} from '../proposals/fixtures';
import { completeInput, CREATE, randomCodiceFiscale, UPDATE, type OperatorSession } from './operations';

const CREATE_ANALYSIS = 'mutation($input: CreateNeedsAnalysisInput!) { createNeedsAnalysis(input: $input) { id } }';
const SUBMIT_ANALYSIS = 'mutation($id: ID!) { submitNeedsAnalysis(id: $id) { id } }';
const REVIEW_ANALYSIS = 'mutation($input: ReviewNeedsAnalysisInput!) { reviewNeedsAnalysis(input: $input) { id } }';
const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id needs { id } } }';
const OFFER_SUPPORT = 'mutation($input: OfferProjectSupportInput!) { offerProjectSupport(input: $input) { id } }';

const LINE = { occupation: 'aiuto cuoco', skillIds: ['aiuto-cuoco'], headCount: 2, districtCode: 'BOLOGNA', kind: 'TIROCINIO' };
const PROJECT = { atecoSection: 'I', districtCode: 'RENO_LAVINO_SAMOGGIA', description: 'Laboratorio di pasta fresca di una cooperativa sociale', needs: [{ kind: 'MENTORING' }] };

/** A person's name and a health service: what the first guard let through to HR. */
const NAME_AND_HEALTH = 'Colloquio con la signora Fatima, seguita dal CSM';
const NAME_AND_HEALTH_PIECES = ['Fatima', 'CSM'];

/** One text per kind the first guard missed, with the pieces an answer must never echo. */
const EVERY_NEW_KIND: [kind: string, text: string, piece: string][] = [
  ['PERSON_NAME', 'Colloquio con Ahmed Benali confermato', 'Benali'],
  ['DATE_OF_BIRTH', 'nato il 3 aprile 1985, disponibile da subito', '1985'],
  ['WEB_ADDRESS', 'lo trovate su instagram mario_85', 'mario_85'],
  ['IDENTITY_DOCUMENT', 'permesso di soggiorno n. I12345678', 'I12345678'],
  ['CODICE_FISCALE', 'cf RSSMRA85T10 per la convenzione', 'RSSMRA85T10'],
  ['EMAIL', 'scrivere a mario (at) gmail.com', 'gmail'],
  ['STREET_ADDRESS', 'abita in via Mazzini con la famiglia', 'Mazzini'],
  ['HEALTH', 'in carico al SerD, terapia con metadone', 'metadone'],
];

interface GuardedField {
  /** The input path the error must name. */
  field: string;
  send: (text: string) => ReturnType<typeof graphql>;
  /** What the write would change, read straight from PostgreSQL. */
  stored: () => Promise<unknown>;
}

describe('the personal-data guard on every free text that HR or another organisation reads', () => {
  let api: TestApp;
  let company: Company;
  let applicant: CompanyWithHr;
  let op: OperatorSession;
  let boardToken: string;
  let slotId: string;
  let freshCandidateId: string;
  let proposedId: string;
  let startedId: string;
  let submittedAnalysisId: string;
  let needId: string;

  const query = (sql: string, parameters: unknown[] = []) => api.dataSource.query(sql, parameters) as Promise<unknown[]>;

  const proposal = (id: string) => query('SELECT status, note, closing_note, feedback, outcome FROM proposal WHERE id = $1', [id]);
  const send = (mutation: string, token: () => string, input: (text: string) => Record<string, unknown>) => (text: string) =>
    graphql(api.server, mutation, { input: input(text) }, { token: token(), language: 'en' });
  const sendProfile = (input: (text: string) => Record<string, unknown>) => (text: string) =>
    graphql(api.server, CREATE, { input: completeInput(randomCodiceFiscale(), input(text)) }, { token: op.token, language: 'en' });
  const candidates = () => query('SELECT count(*)::int AS n FROM candidate');
  const fields: [name: string, guarded: GuardedField][] = [
    // proposals: what each side writes for the other
    ['proposeCandidate note', { field: 'input.note', send: send(PROPOSE, () => op.token, (note) => ({ slotId, candidateId: freshCandidateId, note })), stored: () => query('SELECT count(*)::int AS n FROM proposal WHERE candidate_id = $1', [freshCandidateId]) }],
    ['requestCandidate note (HR)', { field: 'input.note', send: send(REQUEST, () => company.hrToken, (note) => ({ slotId, candidateId: freshCandidateId, note })), stored: () => query('SELECT count(*)::int AS n FROM proposal WHERE candidate_id = $1', [freshCandidateId]) }],
    ['declineProposal note (HR)', { field: 'input.note', send: send(DECLINE, () => company.hrToken, (note) => ({ proposalId: proposedId, reason: 'OTHER', note })), stored: () => proposal(proposedId) }],
    ['withdrawProposal note', { field: 'input.note', send: send(WITHDRAW, () => op.token, (note) => ({ proposalId: proposedId, note })), stored: () => proposal(proposedId) }],
    ['recordCheckIn note (HR, at risk)', { field: 'input.note', send: send(CHECK_IN, () => company.hrToken, (note) => ({ proposalId: startedId, state: 'AT_RISK', note })), stored: () => query('SELECT count(*)::int AS n FROM proposal_check_in WHERE proposal_id = $1', [startedId]) }],
    ['recordCheckIn note (operator)', { field: 'input.note', send: send(CHECK_IN, () => op.token, (note) => ({ proposalId: startedId, state: 'FINE', note })), stored: () => query('SELECT count(*)::int AS n FROM proposal_check_in WHERE proposal_id = $1', [startedId]) }],
    ['interruptPath note', { field: 'input.note', send: send(INTERRUPT, () => op.token, (note) => ({ proposalId: startedId, reason: 'OTHER', note })), stored: () => proposal(startedId) }],
    ['endPath feedback (HR)', { field: 'input.feedback', send: send(END, () => company.hrToken, (feedback) => ({ proposalId: startedId, outcome: 'COMPLETED', jobFollowed: false, feedback })), stored: () => proposal(startedId) }],
    // candidate profiles, read by HR in matches and proposals
    ['createCandidate notes', { field: 'input.notes', send: sendProfile((notes) => ({ notes })), stored: candidates }],
    ['createCandidate freeSkillLabels', { field: 'input.freeSkillLabels.0', send: sendProfile((label) => ({ freeSkillLabels: [label] })), stored: candidates }],
    ['createCandidate experience occupation', { field: 'input.experiences.0.occupation', send: sendProfile((occupation) => ({ experiences: [{ occupation, months: 6 }] })), stored: candidates }],
    ['createCandidate experience description', { field: 'input.experiences.0.description', send: sendProfile((description) => ({ experiences: [{ occupation: 'magazziniere', months: 6, description }] })), stored: candidates }],
    [
      'updateCandidate notes',
      {
        field: 'input.notes',
        send: (notes) => graphql(api.server, UPDATE, { id: freshCandidateId, input: { notes } }, { token: op.token, language: 'en' }),
        stored: () => query('SELECT notes FROM candidate WHERE id = $1', [freshCandidateId]),
      },
    ],
    // needs analyses and their review, read by every board company
    ['createNeedsAnalysis notes (HR)', { field: 'input.notes', send: send(CREATE_ANALYSIS, () => company.hrToken, (notes) => ({ period: '2026-Q2', lines: [LINE], notes })), stored: () => query('SELECT count(*)::int AS n FROM needs_analysis') }],
    ['createNeedsAnalysis line occupation (HR)', { field: 'input.lines.0.occupation', send: send(CREATE_ANALYSIS, () => company.hrToken, (occupation) => ({ period: '2026-Q2', lines: [{ ...LINE, occupation }] })), stored: () => query('SELECT count(*)::int AS n FROM needs_analysis') }],
    ['reviewNeedsAnalysis comment (board)', { field: 'input.comment', send: send(REVIEW_ANALYSIS, () => boardToken, (comment) => ({ analysisId: submittedAnalysisId, comment })), stored: () => query('SELECT count(*)::int AS n FROM needs_review') }],
    // entrepreneurial projects, read by the board, and the board's offers, read by the organisation
    ['createProject description', { field: 'input.description', send: send(CREATE_PROJECT, () => op.token, (description) => ({ ...PROJECT, description })), stored: () => query('SELECT count(*)::int AS n FROM project') }],
    ['createProject need detail', { field: 'input.needs.0.detail', send: send(CREATE_PROJECT, () => op.token, (detail) => ({ ...PROJECT, needs: [{ kind: 'MENTORING', detail }] })), stored: () => query('SELECT count(*)::int AS n FROM project') }],
    ['offerProjectSupport note (board)', { field: 'input.note', send: send(OFFER_SUPPORT, () => boardToken, (note) => ({ needId, note })), stored: () => query('SELECT count(*)::int AS n FROM project_offer') }],
    // the Albo application: the inclusive path the company ran, read by the Albo office
    [
      'applyToAlbo inclusivePathNote (HR)',
      {
        field: 'input.declarations.inclusivePathNote',
        send: send(APPLY, () => applicant.hrToken, (inclusivePathNote) => ({ sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: { ...DECLARED, inclusivePathNote } })),
        stored: () => query('SELECT count(*)::int AS n FROM albo_membership WHERE company_id = $1', [applicant.companyId]),
      },
    ],
  ];

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await admittedCompany(api, adminToken);
    const boardCompany = await admittedCompany(api, adminToken);
    await addToBoard(api, adminToken, boardCompany.companyId);
    boardToken = await tokenFor(api, 'BOARD_MEMBER', { companyId: boardCompany.companyId });
    applicant = await companyWithHr(api, adminToken);
    op = await operator(api);
    slotId = await openSlot(api, company, 5);

    freshCandidateId = await candidateOf(api, op);
    proposedId = (await propose(api, op.token, slotId, await candidateOf(api, op))).id;
    startedId = (await propose(api, op.token, slotId, await candidateOf(api, op))).id;
    await act(api, ACCEPT, { proposalId: startedId }, company.hrToken);
    await act(api, START, { proposalId: startedId }, company.hrToken);

    const { createNeedsAnalysis } = await graphqlOk<{ createNeedsAnalysis: { id: string } }>(api.server, CREATE_ANALYSIS, { input: { period: '2026-Q1', lines: [LINE] } }, { token: company.hrToken });
    await graphqlOk(api.server, SUBMIT_ANALYSIS, { id: createNeedsAnalysis.id }, { token: company.hrToken });
    submittedAnalysisId = createNeedsAnalysis.id;
    const { createProject } = await graphqlOk<{ createProject: { needs: { id: string }[] } }>(api.server, CREATE_PROJECT, { input: PROJECT }, { token: op.token });
    needId = createProject.needs[0].id;

  });
  afterAll(() => api.close());

  async function expectRefused(guarded: GuardedField, text: string, kinds: string[], pieces: string[]): Promise<void> {
    const before = await guarded.stored();
    const response = await guarded.send(text);
    const error = response.errors?.[0];
    expect(response.data).toBeNull();
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSONAL_DATA_IN_TEXT' });
    expect(error?.extensions.fields?.map((f) => f.field)).toEqual([guarded.field]);
    expect(error?.extensions.personalDataKinds).toEqual(expect.arrayContaining(kinds));
    expect(error?.message).toContain(guarded.field);
    const body = JSON.stringify(response);
    for (const piece of pieces) expect(body).not.toContain(piece);
    expect(await guarded.stored()).toEqual(before);
  }

  it.each(fields)('refuses a name and a health service in %s, naming the field and the kinds, writing nothing', async (_name, guarded) => {
    await expectRefused(guarded, NAME_AND_HEALTH, ['PERSON_NAME', 'HEALTH'], NAME_AND_HEALTH_PIECES);
  });

  it.each(EVERY_NEW_KIND)('refuses %s in proposal and check-in notes: %p', async (kind, text, piece) => {
    const [[, proposeNote], , , , [, checkInNote]] = fields;
    await expectRefused(proposeNote, text, [kind], [piece]);
    await expectRefused(checkInNote, text, [kind], [piece]);
  });

  it('still takes the notes operators and HR really write', async () => {
    const note = 'Ha bisogno di un tutor e di un inserimento graduale; no turni notturni, patente B, disponibile da gennaio 2026';
    await act(api, CHECK_IN, { proposalId: startedId, state: 'FINE', note: 'Buona puntualità, lavora bene con il carrello elevatore' }, op.token);
    expect((await propose(api, op.token, slotId, freshCandidateId, { note })).status).toBe('PROPOSED');
    const inclusivePathNote = 'Tirocinio di 6 mesi in magazzino nel 2024, concluso con un contratto a tempo determinato';
    await graphqlOk(api.server, APPLY, { input: { sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: { ...DECLARED, inclusivePathNote } } }, { token: applicant.hrToken });
  });
});
