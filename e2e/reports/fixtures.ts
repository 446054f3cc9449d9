import { randomBytes } from 'node:crypto';
import { createUser, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { completeInput, createCandidate, operatorOf, randomCodiceFiscale, type OperatorSession } from '../candidates/operations';

export const OUTCOME_REPORT = `query($period: String!) { outcomeReport(period: $period) {
  period districtCode
  tables { name rowDimension columnDimension columnKeys rows { key cells total } columnTotals grandTotal }
  rates { key started completed hired interrupted expired } } }`;
export const OUTCOME_CSV = 'query($period: String!) { outcomeReportCsv(period: $period) }';

export async function tokenFor(api: TestApp, role: string, scope: { companyId?: string; districtCode?: string; organisationId?: string } = {}): Promise<string> {
  const user = await createUser(api.dataSource, role, scope);
  return (await signIn(api.server, user.email)).accessToken;
}

/** An operator's organisation with one profile made through the API. */
export async function organisationWithProfile(api: TestApp, districtCode: string, channel: string): Promise<OperatorSession & { candidateId: string }> {
  const op = await operatorOf(api.server, api.dataSource, districtCode, channel);
  const candidate = await createCandidate(api.server, op.token, completeInput(randomCodiceFiscale()));
  return { ...op, candidateId: candidate.id };
}

/** `count` more profiles of the same organisation, copied in SQL from one made through the API (the report counts people). */
export async function cloneCandidates(api: TestApp, candidateId: string, count: number): Promise<string[]> {
  const columns = ((await api.dataSource.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'candidate' AND column_name NOT IN ('id', 'public_code', 'person_key')`,
  )) as { column_name: string }[]).map((row) => `"${row.column_name}"`);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const [row] = (await api.dataSource.query(
      `INSERT INTO candidate (public_code, person_key, ${columns.join(', ')})
       SELECT $2, $3, ${columns.join(', ')} FROM candidate WHERE id = $1 RETURNING id`,
      [candidateId, `TEST-${randomBytes(6).toString('hex')}`, randomBytes(32).toString('hex')],
    )) as { id: string }[];
    ids.push(row.id);
  }
  return ids;
}

export interface PathFixture {
  slotId: string;
  companyId: string;
  organisationId: string;
  operatorUserId: string;
  candidateId: string;
  status: string;
  createdAt: string;
  started?: boolean;
  declineReason?: string;
  interruptionReason?: string;
  outcome?: string;
}

/** A proposal in a given state, written directly: the report reads states, and the lifecycle has its own tests. */
export async function insertPath(api: TestApp, path: PathFixture): Promise<void> {
  await api.dataSource.query(
    `INSERT INTO proposal (slot_id, candidate_id, candidate_public_code, company_id, organisation_id, status, origin, created_by_id, created_at,
       started_at, starts_on, decline_reason, interruption_reason, contract_type, outcome, ended_at)
     SELECT $1, c.id, c.public_code, $2, $3, $4::proposal_status, 'OPERATOR', $5, $6::timestamptz,
       CASE WHEN $7::boolean THEN $6::timestamptz + interval '5 days' END, CASE WHEN $7 THEN ($6::timestamptz + interval '5 days')::date END,
       $8::proposal_decline_reason, $9::proposal_interruption_reason, CASE WHEN $4::proposal_status = 'HIRED' THEN 'PERMANENT'::proposal_contract_type END, $10::proposal_path_outcome, NULL
     FROM candidate c WHERE c.id = $11`,
    [path.slotId, path.companyId, path.organisationId, path.status, path.operatorUserId, path.createdAt, path.started ?? false,
      path.declineReason ?? null, path.interruptionReason ?? null, path.outcome ?? null, path.candidateId],
  );
}

export async function addToBoard(api: TestApp, adminToken: string, companyId: string): Promise<void> {
  await graphqlOk(api.server, 'mutation($input: AddToBoardInput!) { addCompanyToBoard(input: $input) { id } }', { input: { companyId, since: '2025-01-01' } }, { token: adminToken });
}
