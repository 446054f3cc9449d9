import { Clock } from '@ipl/core';
import { GapSnapshotJob } from '@ipl/reports';
import { auditEvents, createUser, errorOf, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, createCandidate, operatorOf, randomCodiceFiscale } from '../candidates/operations';
import { admittedCompany, openSlot, type Company } from '../proposals/fixtures';
import { addToBoard, cloneCandidates, organisationWithProfile, tokenFor } from '../reports/fixtures';

const FIELDS = 'id companyId period version status notes submittedAt reviewedAt priority lines { position occupation skillIds headCount districtCode kind }';
const CREATE = `mutation($input: CreateNeedsAnalysisInput!) { createNeedsAnalysis(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: NeedsAnalysisContentInput!) { updateNeedsAnalysis(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitNeedsAnalysis(id: $id) { ${FIELDS} } }`;
const REVIEW = `mutation($input: ReviewNeedsAnalysisInput!) { reviewNeedsAnalysis(input: $input) { ${FIELDS} } }`;
const LIST = `query($period: String, $status: NeedsAnalysisStatus) { needsAnalyses(first: 50, period: $period, status: $status) { totalCount nodes { ${FIELDS} } } }`;
const HISTORY = 'query($id: ID!) { needsAnalysisReviews(analysisId: $id) { action comment priority actorCompanyId } }';
const GAPS = `query($period: String!, $district: String, $group: String) { gaps(period: $period, districtCode: $district, skillGroupCode: $group) {
  period districtCode skillGroupCode gaps { skillId needsHeadCount openSlotOpenings demand supply gap
    previous { period needsHeadCount openSlotOpenings demand supply gap } } } }`;
const GAPS_CSV = 'query($period: String!, $district: String, $group: String) { gapsCsv(period: $period, districtCode: $district, skillGroupCode: $group) }';

interface Gap { skillId: string; supply: number | null; gap: number | null; previous: unknown[] }
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

  it('computes the gaps and their movement by hand over two snapshotted quarters; a small supply is withheld at every snapshot, so no total or movement gives it back', async () => {
    const clock = jest.spyOn(api.app.get(Clock), 'now');
    const at = (iso: string): void => void clock.mockReturnValue(new Date(iso));
    const job = api.app.get(GapSnapshotJob);
    // Operators reconfirm their profiles; here in SQL (freshness has its own tests).
    const reconfirmAll = () => api.dataSource.query(`UPDATE candidate SET reconfirm_due_at = '2027-01-01'`);
    const openings = (taken: number) => api.dataSource.query('UPDATE slot SET openings_taken = $2 WHERE id = $1', [slot, taken]);
    const cook = { ...LINES[0], skillIds: ['aiuto-cuoco'] };
    const submitNeeds = async (period: string, lines: unknown[]): Promise<void> => {
      const { createNeedsAnalysis } = await graphqlOk<{ createNeedsAnalysis: Analysis }>(api.server, CREATE, { input: { period, lines } }, { token: company.hrToken });
      await graphqlOk(api.server, SUBMIT, { id: createNeedsAnalysis.id }, { token: company.hrToken });
    };

    // 2025-Q4, no snapshot: needs only. 2026-Q1 needs are the analysis above (3 + 3 in BOLOGNA).
    await submitNeeds('2025-Q4', [{ ...cook, headCount: 1 }]);
    // During 2026-Q1: BOLOGNA 3 profiles [aiuto-cuoco]; SAVENA_IDICE 5 profiles [aiuto-cuoco, lavaggio-stoviglie];
    // one OPEN slot in BOLOGNA requiring aiuto-cuoco with 4 openings.
    at('2026-03-10T10:00:00+01:00');
    const bologna = await operatorOf(api.server, api.dataSource, 'BOLOGNA');
    const cookOnly = await createCandidate(api.server, bologna.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'BOLOGNA', skillIds: ['aiuto-cuoco'] }));
    await cloneCandidates(api, cookOnly.id, 2);
    const savena = await organisationWithProfile(api, 'SAVENA_IDICE', 'CARITAS');
    await cloneCandidates(api, savena.candidateId, 4);
    const slot = await openSlot(api, company, 4, { requiredSkillIds: ['aiuto-cuoco'], niceToHaveSkillIds: [], comuneCode: 'BOLOGNA' });
    await reconfirmAll();
    at('2026-04-01T00:05:00+02:00');
    expect(await job.run()).toEqual({ period: '2026-Q1', taken: true });

    // During 2026-Q2: BOLOGNA +4 profiles [both skills]; one opening taken; needs 2 aiuto cuoco.
    at('2026-05-10T10:00:00+02:00');
    const both = await createCandidate(api.server, bologna.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'BOLOGNA' }));
    await cloneCandidates(api, both.id, 3);
    await openings(1);
    await submitNeeds('2026-Q2', [{ ...cook, headCount: 2 }]);
    await reconfirmAll();
    // A later run in the quarter leaves the 2026-Q1 snapshot as it was taken.
    expect(await job.run()).toEqual({ period: '2026-Q1', taken: false });
    at('2026-07-01T00:05:00+02:00');
    expect(await job.run()).toEqual({ period: '2026-Q2', taken: true });
    expect(await job.run()).toEqual({ period: '2026-Q2', taken: false });

    // Now, in 2026-Q3: BOLOGNA +1 profile [aiuto-cuoco]; a second opening taken; needs 6 aiuto cuoco and 2 lavaggio.
    at('2026-07-15T10:00:00+02:00');
    await cloneCandidates(api, cookOnly.id, 1);
    await openings(2);
    await submitNeeds('2026-Q3', [{ ...cook, headCount: 6 }, { ...LINES[0], skillIds: ['lavaggio-stoviglie'], headCount: 2 }]);

    const gapsOf = async (district: string | null, token = boardToken, period = '2026-Q3'): Promise<Gap[]> =>
      (await graphqlOk<{ gaps: { gaps: Gap[] } }>(api.server, GAPS, { period, district, group: 'RISTORAZIONE' }, { token })).gaps.gaps;
    const none = (period: string, needsHeadCount: number) => ({ period, needsHeadCount, openSlotOpenings: null, demand: null, supply: null, gap: null });
    const point = (period: string, needsHeadCount: number, openSlotOpenings: number, supply: number | null) => {
      const demand = needsHeadCount + openSlotOpenings;
      return { period, needsHeadCount, openSlotOpenings, demand, supply, gap: supply === null ? null : demand - supply };
    };

    // Supply, district × skill, with column totals (all districts):
    //   now      aiuto-cuoco BOLOGNA 8, SAVENA 5 (13)   lavaggio BOLOGNA 4, SAVENA 5 (9)
    //   2026-Q1  aiuto-cuoco BOLOGNA 3, SAVENA 5 (8)    lavaggio SAVENA 5 (5)
    //   2026-Q2  aiuto-cuoco BOLOGNA 7, SAVENA 5 (12)   lavaggio BOLOGNA 4, SAVENA 5 (9)
    // One pattern for now and every snapshot: BOLOGNA is small in aiuto-cuoco (Q1) and lavaggio
    // (now, Q2), so BOLOGNA and its complement SAVENA are withheld in both skills at every state.
    // Alone, Q2 published aiuto-cuoco 7 and 5 beside Q1's total 8: with SAVENA steady, Q1's 3.
    // Openings in BOLOGNA: 4 at the end of Q1, 3 at the end of Q2, 2 now.
    const inBologna = await gapsOf('BOLOGNA');
    expect(inBologna).toEqual([
      // Suppressed gaps rank by their demand.
      { skillId: 'aiuto-cuoco', needsHeadCount: 6, openSlotOpenings: 2, demand: 8, supply: null, gap: null,
        previous: [none('2025-Q4', 1), point('2026-Q1', 3, 4, null), point('2026-Q2', 2, 3, null)] },
      { skillId: 'lavaggio-stoviglie', needsHeadCount: 2, openSlotOpenings: 0, demand: 2, supply: null, gap: null,
        previous: [none('2025-Q4', 0), point('2026-Q1', 3, 0, null), point('2026-Q2', 0, 0, null)] },
    ]);
    expect(await gapsOf(null)).toEqual([
      { skillId: 'aiuto-cuoco', needsHeadCount: 6, openSlotOpenings: 2, demand: 8, supply: 13, gap: -5,
        previous: [none('2025-Q4', 1), point('2026-Q1', 3, 4, 8), point('2026-Q2', 2, 3, 12)] },
      { skillId: 'lavaggio-stoviglie', needsHeadCount: 2, openSlotOpenings: 0, demand: 2, supply: 9, gap: -7,
        previous: [none('2025-Q4', 0), point('2026-Q1', 3, 0, 5), point('2026-Q2', 0, 0, 9)] },
    ]);
    // Every total of every district is BOLOGNA + SAVENA_IDICE, both hidden at every state: any split fits.
    const inSavena = await gapsOf('SAVENA_IDICE');
    expect(inSavena.map((g) => [g.skillId, g.supply, g.gap])).toEqual([['aiuto-cuoco', null, null], ['lavaggio-stoviglie', null, null]]);
    expect(inSavena.flatMap((g) => (g.previous as { supply: number | null }[]).map((p) => p.supply))).toEqual([null, null, null, null, null, null]);
    // The same suppression for the district's coordinator (whatever district they ask) and for an admin.
    const coordinator = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'BOLOGNA' });
    expect(await gapsOf('IMOLA', coordinator)).toEqual(inBologna);
    expect(await gapsOf('BOLOGNA', adminToken)).toEqual(inBologna);
    // A half-year ends with its second quarter: 2026-H1 reads the 2026-Q2 snapshot.
    const halfYear = (await gapsOf('BOLOGNA', boardToken, '2026-H2')).find((g) => g.skillId === 'aiuto-cuoco');
    expect(halfYear?.previous).toEqual([none('2025-H1', 0), none('2025-H2', 0), point('2026-H1', 0, 3, null)]);

    const { gapsCsv } = await graphqlOk<{ gapsCsv: string }>(api.server, GAPS_CSV, { period: '2026-Q3', district: 'BOLOGNA', group: 'RISTORAZIONE' }, { token: boardToken });
    const history = ['2025-Q4', '2026-Q1', '2026-Q2'].flatMap((p) => ['needs', 'openings', 'demand', 'supply', 'gap'].map((name) => `${name}_${p}`));
    expect(gapsCsv.split('\n')).toEqual([
      ['skill_id', 'skill_group', 'needs_head_count', 'open_slot_openings', 'demand', 'supply', 'gap', ...history].join(','),
      'aiuto-cuoco,RISTORAZIONE,6,2,8,*,*,1,,,,,3,4,7,*,*,2,3,5,*,*',
      'lavaggio-stoviglie,RISTORAZIONE,2,0,2,*,*,0,,,,,3,0,3,*,*,0,0,0,*,*',
      '',
    ]);
    clock.mockRestore();
  });

  it('keeps a coordinator to their own district in the gaps, and refuses HR and operators', async () => {
    const coordinator = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'IMOLA' });
    const theirs = (await graphqlOk<{ gaps: { districtCode: string; gaps: { skillId: string; needsHeadCount: number }[] } }>(api.server, GAPS, { period: '2026-Q1', district: 'BOLOGNA' }, { token: coordinator })).gaps;
    expect(theirs.districtCode).toBe('IMOLA');
    expect(theirs.gaps.map((g) => [g.skillId, g.needsHeadCount])).toEqual([['pulizia-uffici', 2]]);
    expect((await errorOf(api.server, GAPS, { period: '2026-Q1' }, { token: company.hrToken })).extensions.code).toBe('FORBIDDEN');
  });

  it('answers a re-ask of the gaps after one new profile with the same supply; once five profiles changed, with the new one', async () => {
    const clock = jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-07-20T10:00:00+02:00'));
    const ask = async (): Promise<Gap[]> =>
      (await graphqlOk<{ gaps: { gaps: Gap[] } }>(api.server, GAPS, { period: '2026-Q3', district: null, group: 'RISTORAZIONE' }, { token: boardToken })).gaps.gaps;
    const cookSupply = (gaps: Gap[]): number | null | undefined => gaps.find((g) => g.skillId === 'aiuto-cuoco')?.supply;
    const before = await ask();
    expect(cookSupply(before)).toBe(13);
    const operator = await operatorOf(api.server, api.dataSource, 'BOLOGNA');
    const newCook = () => createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'BOLOGNA', skillIds: ['aiuto-cuoco'] }));
    await newCook();
    // One more person with the skill: a live count would read 14 and tell who just arrived.
    expect(await ask()).toEqual(before);
    for (let i = 0; i < 4; i += 1) await newCook();
    expect(cookSupply(await ask())).toBe(18);
    clock.mockRestore();
  });
});
