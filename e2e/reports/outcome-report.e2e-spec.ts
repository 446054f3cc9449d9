import { createUser, errorOf, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { admittedCompany, openSlot, type Company } from '../proposals/fixtures';
import { addToBoard, cloneCandidates, insertPath, organisationWithProfile, OUTCOME_CSV, OUTCOME_REPORT, tokenFor } from './fixtures';

interface Row { key: string; cells: (number | null)[]; total: number | null }
interface Table { name: string; columnKeys: string[]; rows: Row[]; columnTotals: (number | null)[]; grandTotal: number | null }
interface Report { period: string; districtCode: string | null; tables: Table[]; rates: Record<string, number | string | null>[] }

const DISTRICTS = ['APPENNINO_BOLOGNESE', 'BOLOGNA', 'IMOLA', 'PIANURA_EST', 'PIANURA_OVEST', 'RENO_LAVINO_SAMOGGIA', 'SAVENA_IDICE'];
const ZERO = [0, 0, 0, 0, 0, 0];
const zeroRows = (except: Record<string, Omit<Row, 'key'>>): Row[] =>
  DISTRICTS.map((key) => ({ key, ...(except[key] ?? { cells: ZERO, total: 0 }) }));

/**
 * A small cohort computed by hand (period 2026-Q1, people = distinct profiles):
 *   BOLOGNA  SOCIAL_SERVICES  TIROCINIO: 6 proposed; 5 started (2 COMPLETED, 1 HIRED, 1 INTERRUPTED, 1 STARTED); 1 EXPIRED
 *   BOLOGNA  CARITAS          TIROCINIO: 4 proposed, all DECLINED (SKILLS_MISMATCH)       ← the cell of 4
 *   IMOLA    SOCIAL_SERVICES  JOB:       7 proposed, still PROPOSED
 *   and one BOLOGNA proposal of 2025-Q4, outside the period.
 */
describe('reports: outcome report with small-cell suppression', () => {
  let api: TestApp;
  let adminToken: string;
  let company: Company;
  let report: Report;
  let candidateId: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await admittedCompany(api, adminToken);
    const tirocinio = await openSlot(api, company, 20);
    const job = await openSlot(api, company, 20, { kind: 'JOB' });
    const bolognaSs = await organisationWithProfile(api, 'BOLOGNA', 'SOCIAL_SERVICES');
    const bolognaCaritas = await organisationWithProfile(api, 'BOLOGNA', 'CARITAS');
    const imolaSs = await organisationWithProfile(api, 'IMOLA', 'SOCIAL_SERVICES');
    candidateId = bolognaSs.candidateId;
    const path = (op: typeof bolognaSs, slotId: string) => (id: string, status: string, extra: Record<string, unknown> = {}) =>
      insertPath(api, { slotId, companyId: company.companyId, organisationId: op.organisationId, operatorUserId: op.userId, candidateId: id, status, createdAt: '2026-02-10T10:00:00+01:00', ...extra });

    const ss = [bolognaSs.candidateId, ...(await cloneCandidates(api, bolognaSs.candidateId, 6))];
    const ssPath = path(bolognaSs, tirocinio);
    await ssPath(ss[0], 'COMPLETED', { started: true, outcome: 'COMPLETED' });
    await ssPath(ss[1], 'COMPLETED', { started: true, outcome: 'PARTLY_COMPLETED' });
    await ssPath(ss[2], 'HIRED', { started: true });
    await ssPath(ss[3], 'INTERRUPTED', { started: true, interruptionReason: 'PERSON_LEFT' });
    await ssPath(ss[4], 'STARTED', { started: true });
    await ssPath(ss[5], 'EXPIRED');
    await ssPath(ss[6], 'PROPOSED', { createdAt: '2025-12-20T10:00:00+01:00' });

    const caritas = [bolognaCaritas.candidateId, ...(await cloneCandidates(api, bolognaCaritas.candidateId, 3))];
    for (const id of caritas) await path(bolognaCaritas, tirocinio)(id, 'DECLINED', { declineReason: 'SKILLS_MISMATCH' });

    const imola = [imolaSs.candidateId, ...(await cloneCandidates(api, imolaSs.candidateId, 6))];
    for (const id of imola) await path(imolaSs, job)(id, 'PROPOSED');

    report = (await graphqlOk<{ outcomeReport: Report }>(api.server, OUTCOME_REPORT, { period: '2026-Q1' }, { token: adminToken })).outcomeReport;
  });
  afterAll(() => api.close());

  const table = (name: string, from: Report = report): Table => {
    const found = from.tables.find((t) => t.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  };

  it('publishes the PROPOSED table computed by hand: the 4 and its complements hidden, the totals unable to give it back', () => {
    const proposed = table('PROPOSED');
    expect(proposed.columnKeys).toEqual([
      'SOCIAL_SERVICES/TIROCINIO', 'SOCIAL_SERVICES/AVVICINAMENTO_AL_LAVORO', 'SOCIAL_SERVICES/JOB',
      'CARITAS/TIROCINIO', 'CARITAS/AVVICINAMENTO_AL_LAVORO', 'CARITAS/JOB',
    ]);
    expect(proposed.rows).toEqual(zeroRows({
      BOLOGNA: { cells: [null, 0, 0, null, 0, 0], total: 10 },
      IMOLA: { cells: [0, 0, 7, 0, 0, 0], total: 7 },
    }));
    expect(proposed.columnTotals).toEqual([null, 0, 7, null, 0, 0]);
    expect(proposed.grandTotal).toBe(17);
    // What a reader can solve: BOLOGNA row a + b = 10, column totals A + B = 10, with a = A and
    // b = B; every b from 0 to 10 fits, so the 4 is not determined.
    const published = JSON.stringify(proposed);
    expect(published).not.toContain('4');
    expect(published).not.toMatch(/\b6\b/);
  });

  it('publishes the other measures, the coded reasons and the assessments as computed by hand', () => {
    expect(table('STARTED').rows).toEqual(zeroRows({ BOLOGNA: { cells: [5, 0, 0, 0, 0, 0], total: 5 } }));
    expect(table('STARTED').grandTotal).toBe(5);
    for (const small of ['COMPLETED', 'HIRED', 'INTERRUPTED', 'EXPIRED']) {
      const t = table(small);
      expect(t.rows).toEqual(zeroRows({ BOLOGNA: { cells: [null, 0, 0, 0, 0, 0], total: null } }));
      expect(t.columnTotals).toEqual([null, 0, 0, 0, 0, 0]);
      expect(t.grandTotal).toBeNull();
    }
    const declines = table('DECLINE_REASONS');
    expect(declines.columnKeys).toEqual(['SOCIAL_SERVICES', 'CARITAS']);
    expect(declines.rows.find((r) => r.key === 'SKILLS_MISMATCH')).toEqual({ key: 'SKILLS_MISMATCH', cells: [0, null], total: null });
    expect(declines.grandTotal).toBeNull();
    expect(table('INTERRUPTION_REASONS').rows.find((r) => r.key === 'PERSON_LEFT')?.cells).toEqual([null, 0]);
    expect(table('ASSESSMENTS').rows.map((r) => r.total)).toEqual([null, null, 0]);
    expect(report.rates.find((r) => r.key === 'BOLOGNA')).toEqual({ key: 'BOLOGNA', started: 0.5, completed: null, hired: null, interrupted: null, expired: null });
    expect(report.rates.find((r) => r.key === 'IMOLA')).toEqual({ key: 'IMOLA', started: 0, completed: null, hired: null, interrupted: null, expired: 0 });
  });

  it('shows a coordinator only their own district: their row of the metropolitan table', async () => {
    const token = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'BOLOGNA' });
    const mine = (await graphqlOk<{ outcomeReport: Report }>(api.server, OUTCOME_REPORT, { period: '2026-Q1' }, { token })).outcomeReport;
    expect(mine.districtCode).toBe('BOLOGNA');
    const proposed = table('PROPOSED', mine);
    expect(proposed.rows).toEqual([{ key: 'BOLOGNA', cells: [null, 0, 0, null, 0, 0], total: 10 }]);
    expect(proposed.columnTotals).toEqual([null, 0, 0, null, 0, 0]);
    expect(proposed.grandTotal).toBe(10);
    expect(mine.rates.map((r) => r.key)).toEqual(['BOLOGNA']);
    const imola = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'IMOLA' });
    const theirs = (await graphqlOk<{ outcomeReport: Report }>(api.server, OUTCOME_REPORT, { period: '2026-Q1' }, { token: imola })).outcomeReport;
    expect(table('PROPOSED', theirs).rows).toEqual([{ key: 'IMOLA', cells: [0, 0, 7, 0, 0, 0], total: 7 }]);
  });

  it('exports the same published table as CSV, suppressed counts as *', async () => {
    const { outcomeReportCsv } = await graphqlOk<{ outcomeReportCsv: string }>(api.server, OUTCOME_CSV, { period: '2026-Q1' }, { token: adminToken });
    const block = outcomeReportCsv.split('\n\n')[0].split('\n');
    expect(block[0]).toBe('PROPOSED (DISTRICT x CHANNEL/KIND),SOCIAL_SERVICES/TIROCINIO,SOCIAL_SERVICES/AVVICINAMENTO_AL_LAVORO,SOCIAL_SERVICES/JOB,CARITAS/TIROCINIO,CARITAS/AVVICINAMENTO_AL_LAVORO,CARITAS/JOB,TOTAL');
    expect(block).toContain('BOLOGNA,*,0,0,*,0,0,10');
    expect(block).toContain('IMOLA,0,0,7,0,0,0,7');
    expect(block.at(-1)).toBe('TOTAL,*,0,7,*,0,0,17');
  });

  it('refuses the report to operators, HR and board members, and an invalid period', async () => {
    const [op] = (await api.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE role = 'OPERATOR' LIMIT 1`)) as { id: string }[];
    const scopes: Record<string, Record<string, string>> = {
      OPERATOR: { organisationId: op.id, districtCode: 'BOLOGNA' },
      COMPANY_HR: { companyId: company.companyId },
      BOARD_MEMBER: { companyId: company.companyId },
    };
    for (const [role, scope] of Object.entries(scopes)) {
      const token = await tokenFor(api, role, scope);
      expect((await errorOf(api.server, OUTCOME_CSV, { period: '2026-Q1' }, { token })).extensions.code).toBe('FORBIDDEN');
    }
    for (const period of ['2026-Q7', '0000-Q1']) expect((await errorOf(api.server, OUTCOME_REPORT, { period }, { token: adminToken })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a board member (and a coordinator) any single candidate with FORBIDDEN', async () => {
    await addToBoard(api, adminToken, company.companyId);
    const board = await tokenFor(api, 'BOARD_MEMBER', { companyId: company.companyId });
    const coordinator = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'BOLOGNA' });
    for (const token of [board, coordinator]) {
      for (const query of [
        'query($id: ID!) { candidate(id: $id) { id publicCode } }',
        'query { candidates(first: 5) { nodes { id } } }',
      ]) {
        const response = await graphql(api.server, query, { id: candidateId }, { token });
        expect(response.data).toBeNull();
        expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
  });
});

/**
 * Every question a caller can put side by side (2027):
 *   BOLOGNA SOCIAL_SERVICES TIROCINIO: Q1 6 people, 5 of them STARTED; Q2 3 people PROPOSED  ← the small Q2 cell
 *   IMOLA   SOCIAL_SERVICES JOB:       Q1 7 people, Q2 8 people, PROPOSED
 *   IMOLA   SOCIAL_SERVICES TIROCINIO: Q1 2 people, PROPOSED                         ← small, in BOLOGNA's column
 * Each table alone publishes Q2's BOLOGNA row beside H1 and Q1 whole, and H1 − Q1 gave back its 3;
 * a coordinator's one-row table published BOLOGNA's 6 that the metropolitan table withholds to
 * protect IMOLA's 2 (its column total 8 published), giving the 2 back.
 */
describe('reports: outcome report under every combination of periods, scopes and asks', () => {
  let api: TestApp;
  let adminToken: string;
  let coordinatorToken: string;
  let bolognaSs: Awaited<ReturnType<typeof organisationWithProfile>>;
  let startedQ1: string[];

  const ask = async (period: string, token = adminToken): Promise<Report> =>
    (await graphqlOk<{ outcomeReport: Report }>(api.server, OUTCOME_REPORT, { period }, { token })).outcomeReport;
  /** Every figure of a table in one list, margins included, in a fixed order. */
  const figures = (t: Table): (number | null)[] => [...t.rows.flatMap((row) => [...row.cells, row.total]), ...t.columnTotals, t.grandTotal];

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    coordinatorToken = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'BOLOGNA' });
    const company = await admittedCompany(api, adminToken);
    const tirocinio = await openSlot(api, company, 20);
    const job = await openSlot(api, company, 20, { kind: 'JOB' });
    bolognaSs = await organisationWithProfile(api, 'BOLOGNA', 'SOCIAL_SERVICES');
    const imolaSs = await organisationWithProfile(api, 'IMOLA', 'SOCIAL_SERVICES');
    const path = (op: typeof bolognaSs, slotId: string, createdAt: string) => (id: string, status: string, extra: Record<string, unknown> = {}) =>
      insertPath(api, { slotId, companyId: company.companyId, organisationId: op.organisationId, operatorUserId: op.userId, candidateId: id, status, createdAt, ...extra });

    const bologna = [bolognaSs.candidateId, ...(await cloneCandidates(api, bolognaSs.candidateId, 8))];
    startedQ1 = bologna.slice(0, 5);
    for (const id of startedQ1) await path(bolognaSs, tirocinio, '2027-02-10T10:00:00+01:00')(id, 'STARTED', { started: true });
    await path(bolognaSs, tirocinio, '2027-02-10T10:00:00+01:00')(bologna[5], 'PROPOSED');
    for (const id of bologna.slice(6)) await path(bolognaSs, tirocinio, '2027-05-10T10:00:00+02:00')(id, 'PROPOSED');
    const imola = [imolaSs.candidateId, ...(await cloneCandidates(api, imolaSs.candidateId, 14))];
    for (const id of imola.slice(0, 7)) await path(imolaSs, job, '2027-02-10T10:00:00+01:00')(id, 'PROPOSED');
    for (const id of imola.slice(7)) await path(imolaSs, job, '2027-05-10T10:00:00+02:00')(id, 'PROPOSED');
    for (const id of imola.slice(0, 2)) await path(imolaSs, tirocinio, '2027-02-10T10:00:00+01:00')(id, 'PROPOSED');
  });
  afterAll(() => api.close());

  it('withholds the same entries in Q1, Q2 and H1, so H1 − Q1 no longer gives back Q2’s small cell', async () => {
    const [q1, q2, h1] = await Promise.all(['2027-Q1', '2027-Q2', '2027-H1'].map((period) => ask(period)));
    const proposed = (report: Report) => tableOf(report, 'PROPOSED').rows.find((row) => row.key === 'BOLOGNA')?.cells[0];
    expect(proposed(q2)).toBeNull();
    for (const name of q1.tables.map((t) => t.name)) {
      const [a, b, h] = [q1, q2, h1].map((report) => figures(tableOf(report, name)));
      // One pattern: withheld at the same places in all three...
      expect(b.map((value) => value === null)).toEqual(a.map((value) => value === null));
      expect(h.map((value) => value === null)).toEqual(a.map((value) => value === null));
      // ...so no withheld figure of one is a difference of two published ones, and H1 is the sum of its quarters.
      h.forEach((value, i) => value !== null && expect(value).toBe((a[i] as number) + (b[i] as number)));
    }
    expect(tableOf(h1, 'PROPOSED').grandTotal).toBe(26);
  });

  it('gives a coordinator exactly their row of the metropolitan table, blanks included', async () => {
    for (const period of ['2027-Q1', '2027-Q2', '2027-H1']) {
      const [whole, mine] = await Promise.all([ask(period), ask(period, coordinatorToken)]);
      for (const name of ['PROPOSED', 'STARTED', 'INTERRUPTED']) {
        const row = tableOf(whole, name).rows.find((r) => r.key === 'BOLOGNA');
        expect(tableOf(mine, name).rows).toEqual([row]);
        expect(tableOf(mine, name).columnTotals).toEqual(row?.cells);
      }
    }
  });

  it('answers a re-ask after one person’s transition with the same figures; after five people changed, with the new ones', async () => {
    const before = await Promise.all([ask('2027-Q1'), ask('2027-Q1', coordinatorToken), ask('2027-H1')]);
    const interrupt = async (candidateId: string): Promise<void> => {
      const [{ id }] = (await api.dataSource.query('SELECT id FROM proposal WHERE candidate_id = $1', [candidateId])) as { id: string }[];
      await graphqlOk(api.server, 'mutation($input: InterruptPathInput!) { interruptPath(input: $input) { id status } }', { input: { proposalId: id, reason: 'PERSON_LEFT' } }, { token: bolognaSs.token });
    };
    await interrupt(startedQ1[0]);
    // One person moved from STARTED to INTERRUPTED (PERSON_LEFT): no published figure may tell.
    expect(await Promise.all([ask('2027-Q1'), ask('2027-Q1', coordinatorToken), ask('2027-H1')])).toEqual(before);
    for (const id of startedQ1.slice(1, 4)) await interrupt(id);
    expect(await ask('2027-Q1')).toEqual(before[0]);
    await interrupt(startedQ1[4]);
    const after = await ask('2027-Q1');
    expect(tableOf(after, 'INTERRUPTED').rows.find((row) => row.key === 'BOLOGNA')).toEqual({ key: 'BOLOGNA', cells: [5, 0, 0, 0, 0, 0], total: 5 });
    expect(tableOf(after, 'INTERRUPTION_REASONS').rows.find((row) => row.key === 'PERSON_LEFT')).toEqual({ key: 'PERSON_LEFT', cells: [5, 0], total: 5 });
  });
});

function tableOf(report: Report, name: string): Table {
  const found = report.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

/**
 * A reason table beside its measure table (2028-Q1, BOLOGNA, all INTERRUPTED for PERSON_LEFT):
 *   SOCIAL_SERVICES TIROCINIO 3 ← small    SOCIAL_SERVICES JOB 8    CARITAS TIROCINIO 7
 * Each table alone withheld the 3 (and the 7 beside it) in INTERRUPTED but published the reason
 * table whole, whose SOCIAL_SERVICES total 11 is the sum of the interrupted SOCIAL_SERVICES
 * columns: 11 − 8 − 0 gave the 3 back.
 */
describe('reports: outcome report, reason tables beside their measure tables', () => {
  let api: TestApp;
  let adminToken: string;
  let coordinatorToken: string;

  const ask = async (period: string, token = adminToken): Promise<Report> =>
    (await graphqlOk<{ outcomeReport: Report }>(api.server, OUTCOME_REPORT, { period }, { token })).outcomeReport;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    coordinatorToken = await tokenFor(api, 'DISTRICT_COORDINATOR', { districtCode: 'BOLOGNA' });
    const company = await admittedCompany(api, adminToken);
    const tirocinio = await openSlot(api, company, 20);
    const job = await openSlot(api, company, 20, { kind: 'JOB' });
    const ss = await organisationWithProfile(api, 'BOLOGNA', 'SOCIAL_SERVICES');
    const caritas = await organisationWithProfile(api, 'BOLOGNA', 'CARITAS');
    const interrupted = (op: typeof ss, slotId: string) => (id: string) =>
      insertPath(api, { slotId, companyId: company.companyId, organisationId: op.organisationId, operatorUserId: op.userId, candidateId: id, status: 'INTERRUPTED', createdAt: '2028-02-10T10:00:00+01:00', started: true, interruptionReason: 'PERSON_LEFT' });
    const people = [ss.candidateId, ...(await cloneCandidates(api, ss.candidateId, 10))];
    for (const id of people.slice(0, 3)) await interrupted(ss, tirocinio)(id);
    for (const id of people.slice(3)) await interrupted(ss, job)(id);
    for (const id of [caritas.candidateId, ...(await cloneCandidates(api, caritas.candidateId, 6))]) await interrupted(caritas, tirocinio)(id);
  });
  afterAll(() => api.close());

  it('never leaves one unknown in "a channel’s reasons add up to its interrupted columns", so the 3 stays withheld', async () => {
    for (const period of ['2028-Q1', '2028-H1']) {
      const report = await ask(period);
      const measure = tableOf(report, 'INTERRUPTED');
      const reasons = tableOf(report, 'INTERRUPTION_REASONS');
      expect(measure.rows.find((row) => row.key === 'BOLOGNA')?.cells[0]).toBeNull();
      reasons.columnKeys.forEach((channel, c) => {
        const parts = measure.columnKeys.flatMap((key, k) => (key.startsWith(`${channel}/`) ? [measure.columnTotals[k]] : []));
        const unknowns = [reasons.columnTotals[c], ...parts].filter((value) => value === null).length;
        expect({ channel, unknowns: unknowns === 1 ? 'one: solvable' : 'none or several' }).toEqual({ channel, unknowns: 'none or several' });
      });
      expect([reasons.grandTotal, measure.grandTotal].filter((value) => value === null).length).not.toBe(1);
    }
  });

  it('gives a coordinator their row of the joint pattern and no reason table (reasons are metropolitan only)', async () => {
    const [whole, mine] = await Promise.all([ask('2028-Q1'), ask('2028-Q1', coordinatorToken)]);
    expect(mine.tables.map((t) => t.name)).toEqual(['PROPOSED', 'STARTED', 'COMPLETED', 'HIRED', 'INTERRUPTED', 'EXPIRED']);
    for (const t of mine.tables) expect(t.rows).toEqual([tableOf(whole, t.name).rows.find((row) => row.key === 'BOLOGNA')]);
  });

  it('exports as CSV exactly the entries GraphQL publishes, for the metropolitan table and a coordinator’s', async () => {
    for (const token of [adminToken, coordinatorToken]) {
      for (const period of ['2028-Q1', '2028-H1']) {
        const [report, { outcomeReportCsv }] = await Promise.all([
          ask(period, token),
          graphqlOk<{ outcomeReportCsv: string }>(api.server, OUTCOME_CSV, { period }, { token }),
        ]);
        expect(tablesOfCsv(outcomeReportCsv)).toEqual(report.tables.map(({ name, columnKeys, rows, columnTotals, grandTotal }) => ({ name, columnKeys, rows, columnTotals, grandTotal })));
      }
    }
  });
});

/** The tables of an outcome report CSV (keys are codes: no quoted fields), '*' read back as null. */
function tablesOfCsv(csv: string): Table[] {
  const count = (field: string): number | null => (field === '*' ? null : Number(field));
  return csv.trimEnd().split('\n\n').map((block) => {
    const [header, ...lines] = block.split('\n').map((line) => line.split(','));
    const totals = lines.pop() as string[];
    return {
      name: header[0].split(' (')[0],
      columnKeys: header.slice(1, -1),
      rows: lines.map((line) => ({ key: line[0], cells: line.slice(1, -1).map(count), total: count(line[line.length - 1]) })),
      columnTotals: totals.slice(1, -1).map(count),
      grandTotal: count(totals[totals.length - 1]),
    };
  });
}
