import { auditEvents, createUser, errorOf, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { admittedCompany, type Company } from '../proposals/fixtures';
import { addToBoard, organisationWithProfile, tokenFor } from '../reports/fixtures';

const FIELDS = 'id companyId period version status notes submittedAt reviewedAt priority lines { position occupation skillIds headCount districtCode kind }';
const CREATE = `mutation($input: CreateNeedsAnalysisInput!) { createNeedsAnalysis(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: NeedsAnalysisContentInput!) { updateNeedsAnalysis(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitNeedsAnalysis(id: $id) { ${FIELDS} } }`;
const REVIEW = `mutation($input: ReviewNeedsAnalysisInput!) { reviewNeedsAnalysis(input: $input) { ${FIELDS} } }`;
const LIST = `query($period: String, $status: NeedsAnalysisStatus) { needsAnalyses(first: 50, period: $period, status: $status) { totalCount nodes { ${FIELDS} } } }`;
const HISTORY = 'query($id: ID!) { needsAnalysisReviews(analysisId: $id) { action comment priority actorCompanyId } }';
const GAPS = `query($period: String!, $district: String, $group: String) { gaps(period: $period, districtCode: $district, skillGroupCode: $group) {
  period districtCode skillGroupCode gaps { skillId needsHeadCount openSlotOpenings demand supply gap previous { period needsHeadCount } } } }`;

interface Analysis { id: string; status: string; version: number; priority: string | null; reviewedAt: string | null; lines: unknown[] }

const LINES = [
  { occupation: 'aiuto cuoco', skillIds: ['aiuto-cuoco', 'lavaggio-stoviglie'], headCount: 3, districtCode: 'BOLOGNA', kind: 'TIROCINIO' },
  { occupation: 'addetto pulizie', skillIds: ['pulizia-uffici'], headCount: 2, districtCode: 'IMOLA', kind: 'JOB' },
];

describe('needs analyses, board review and gaps', () => {
  let api: TestApp;
  let adminToken: string;
  let company: Company;
  let boardCompany: Company;
  let boardToken: string;
  let submitted: Analysis;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await admittedCompany(api, adminToken);
    boardCompany = await admittedCompany(api, adminToken);
    await addToBoard(api, adminToken, boardCompany.companyId);
    boardToken = await tokenFor(api, 'BOARD_MEMBER', { companyId: boardCompany.companyId });
  });
  afterAll(() => api.close());

  it('lets HR draft, edit and submit; a submitted analysis is read-only; a new version supersedes it', async () => {
    const { createNeedsAnalysis: draft } = await graphqlOk<{ createNeedsAnalysis: Analysis }>(api.server, CREATE, { input: { period: '2026-Q1', lines: LINES.slice(0, 1) } }, { token: company.hrToken });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1 });
    expect((await errorOf(api.server, CREATE, { input: { period: '2026-Q1', lines: LINES } }, { token: company.hrToken })).extensions.reason).toBe('DRAFT_EXISTS');
    const { updateNeedsAnalysis: edited } = await graphqlOk<{ updateNeedsAnalysis: Analysis }>(api.server, UPDATE, { id: draft.id, input: { lines: LINES, notes: 'picchi stagionali in estate' } }, { token: company.hrToken });
    expect(edited.lines).toHaveLength(2);
    // The board never sees a draft.
    expect((await graphqlOk<{ needsAnalyses: { totalCount: number } }>(api.server, LIST, {}, { token: boardToken })).needsAnalyses.totalCount).toBe(0);
    submitted = (await graphqlOk<{ submitNeedsAnalysis: Analysis }>(api.server, SUBMIT, { id: draft.id }, { token: company.hrToken })).submitNeedsAnalysis;
    expect(submitted.status).toBe('SUBMITTED');
    expect((await errorOf(api.server, UPDATE, { id: draft.id, input: { lines: LINES } }, { token: company.hrToken })).extensions.reason).toBe('NOT_EDITABLE');

    const { createNeedsAnalysis: v2 } = await graphqlOk<{ createNeedsAnalysis: Analysis }>(api.server, CREATE, { input: { period: '2026-Q1', lines: LINES } }, { token: company.hrToken });
    expect(v2.version).toBe(2);
    await graphqlOk(api.server, SUBMIT, { id: v2.id }, { token: company.hrToken });
    const mine = (await graphqlOk<{ needsAnalyses: { nodes: Analysis[] } }>(api.server, LIST, { period: '2026-Q1' }, { token: company.hrToken })).needsAnalyses.nodes;
    expect(mine.map((a) => [a.version, a.status])).toEqual([[2, 'SUBMITTED'], [1, 'SUPERSEDED']]);
    submitted = { ...submitted, id: v2.id };
  });

  it('refuses notes with personal data and unknown skills or districts', async () => {
    const bad = await errorOf(api.server, CREATE, { input: { period: '2026-Q2', lines: LINES, notes: 'chiamare mario.rossi@example.com' } }, { token: company.hrToken });
    expect(bad.extensions.reason).toBe('PERSONAL_DATA_IN_TEXT');
    expect((await errorOf(api.server, CREATE, { input: { period: '2026-Q2', lines: [{ ...LINES[0], districtCode: 'ATLANTIDE' }] } }, { token: company.hrToken })).extensions.reason).toBe('UNKNOWN_DISTRICT');
    expect((await errorOf(api.server, CREATE, { input: { period: '2026-Q9', lines: LINES } }, { token: company.hrToken })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a board member see submitted analyses of every company, mark reviewed, comment and set a priority, keeping the history', async () => {
    const seen = (await graphqlOk<{ needsAnalyses: { nodes: Analysis[] } }>(api.server, LIST, {}, { token: boardToken })).needsAnalyses.nodes;
    expect(seen.map((a) => a.id)).toEqual([submitted.id]);
    await graphqlOk(api.server, REVIEW, { input: { analysisId: submitted.id, reviewed: true, comment: 'Da collegare ai corsi HACCP' } }, { token: boardToken });
    const { reviewNeedsAnalysis } = await graphqlOk<{ reviewNeedsAnalysis: Analysis }>(api.server, REVIEW, { input: { analysisId: submitted.id, priority: 'HIGH' } }, { token: boardToken });
    expect(reviewNeedsAnalysis.priority).toBe('HIGH');
    expect(reviewNeedsAnalysis.reviewedAt).not.toBeNull();
    const { needsAnalysisReviews } = await graphqlOk<{ needsAnalysisReviews: { action: string }[] }>(api.server, HISTORY, { id: submitted.id }, { token: adminToken });
    expect(needsAnalysisReviews.map((r) => r.action)).toEqual(['REVIEWED', 'COMMENTED', 'PRIORITY_SET']);
    expect(await auditEvents(api.dataSource, 'needs.reviewed', submitted.id)).toHaveLength(2);
    // HR cannot review; the company's HR does not see the board's history.
    expect((await errorOf(api.server, REVIEW, { input: { analysisId: submitted.id, reviewed: true } }, { token: company.hrToken })).extensions.code).toBe('FORBIDDEN');
    expect((await errorOf(api.server, HISTORY, { id: submitted.id }, { token: company.hrToken })).extensions.code).toBe('FORBIDDEN');
  });

  it('computes the gaps by hand: needs + open openings against active consented profiles, biggest first, with the needs of earlier periods', async () => {
    // An earlier period: 1 aiuto cuoco in BOLOGNA for 2025-Q4.
    const { createNeedsAnalysis: old } = await graphqlOk<{ createNeedsAnalysis: Analysis }>(
      api.server, CREATE, { input: { period: '2025-Q4', lines: [{ ...LINES[0], skillIds: ['aiuto-cuoco'], headCount: 1 }] } }, { token: company.hrToken });
    await graphqlOk(api.server, SUBMIT, { id: old.id }, { token: company.hrToken });
    // Two active profiles with aiuto-cuoco and lavaggio-stoviglie live in SAVENA_IDICE (fixture comune San Lazzaro).
    await organisationWithProfile(api, 'SAVENA_IDICE', 'SOCIAL_SERVICES');
    await organisationWithProfile(api, 'SAVENA_IDICE', 'CARITAS');

    const bologna = (await graphqlOk<{ gaps: { gaps: unknown[] } }>(api.server, GAPS, { period: '2026-Q1', district: 'BOLOGNA', group: 'RISTORAZIONE' }, { token: boardToken })).gaps;
    expect(bologna.gaps).toEqual([
      { skillId: 'aiuto-cuoco', needsHeadCount: 3, openSlotOpenings: 0, demand: 3, supply: 0, gap: 3, previous: [{ period: '2025-Q2', needsHeadCount: 0 }, { period: '2025-Q3', needsHeadCount: 0 }, { period: '2025-Q4', needsHeadCount: 1 }] },
      { skillId: 'lavaggio-stoviglie', needsHeadCount: 3, openSlotOpenings: 0, demand: 3, supply: 0, gap: 3, previous: [{ period: '2025-Q2', needsHeadCount: 0 }, { period: '2025-Q3', needsHeadCount: 0 }, { period: '2025-Q4', needsHeadCount: 0 }] },
    ]);
    const savena = (await graphqlOk<{ gaps: { gaps: { skillId: string; supply: number; gap: number }[] } }>(api.server, GAPS, { period: '2026-Q1', district: 'SAVENA_IDICE', group: 'RISTORAZIONE' }, { token: boardToken })).gaps;
    expect(savena.gaps.map((g) => [g.skillId, g.supply, g.gap])).toEqual([['aiuto-cuoco', 2, -2], ['lavaggio-stoviglie', 2, -2]]);
  });

  it('keeps a coordinator to their own district in the gaps, and refuses HR and operators', async () => {
    const coordinator = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'IMOLA' });
    const theirs = (await graphqlOk<{ gaps: { districtCode: string; gaps: { skillId: string; needsHeadCount: number }[] } }>(api.server, GAPS, { period: '2026-Q1', district: 'BOLOGNA' }, { token: coordinator })).gaps;
    expect(theirs.districtCode).toBe('IMOLA');
    expect(theirs.gaps.map((g) => [g.skillId, g.needsHeadCount])).toEqual([['pulizia-uffici', 2]]);
    expect((await errorOf(api.server, GAPS, { period: '2026-Q1' }, { token: company.hrToken })).extensions.code).toBe('FORBIDDEN');
  });
});
