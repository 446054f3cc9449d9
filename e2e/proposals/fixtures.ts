import { createUser, graphql, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { admitted, anySkillIds, companyWithHr, CREATE_SLOT, PUBLISH_SLOT, slotInput, type CompanyWithHr } from '../albo/fixtures';
import { completeInput, createCandidate, operatorOf, randomCodiceFiscale, type OperatorSession } from '../candidates/operations';

export const PROPOSAL_FIELDS = `id slotId candidateId candidatePublicCode companyId organisationId status origin note answeredAt reminderSentAt
  declineReason interruptionReason closingNote interviewOn meetingAgreedOn startsOn startedAt endedAt outcome contractType hiredAt feedback createdAt`;

export const PROPOSE = `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const REQUEST = `mutation($input: ProposeCandidateInput!) { requestCandidate(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const ACCEPT = `mutation($input: ProposalActionInput!) { acceptProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const DECLINE = `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const INTERVIEW = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const CONSENT = `mutation($input: RecordMeetingConsentInput!) { recordMeetingConsent(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const START = `mutation($input: StartPathInput!) { startPath(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const INTERRUPT = `mutation($input: InterruptPathInput!) { interruptPath(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const END = `mutation($input: EndPathInput!) { endPath(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const HIRE = `mutation($input: HireCandidateInput!) { hireCandidate(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const CHECK_IN = `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id side state note createdAt } }`;
export const CONTACT = `query($id: ID!) { proposal(id: $id) { id status operatorContact { displayName email organisationName organisationPhone } checkIns { side state } } }`;
export const SLOT = `query($id: ID!) { slot(id: $id) { id status openings openingsTaken openingsLeft } }`;
export const SIGNALS = `query($companyId: ID!) { companyProposalSignals(companyId: $companyId) { companyId proposals enoughData medianHoursToFirstAnswer answeredShare } }`;

export interface ProposalView {
  id: string;
  status: string;
  candidateId: string;
  [key: string]: unknown;
}

export interface Company extends CompanyWithHr {
  hrUserId: string;
}

/** An admitted company with one HR user signed in. */
export async function admittedCompany(api: TestApp, adminToken: string): Promise<Company> {
  const company = await companyWithHr(api, adminToken);
  await admitted(api, adminToken, company);
  const [hr] = (await api.dataSource.query(`SELECT id FROM app_user WHERE company_id = $1 AND role = 'COMPANY_HR'`, [company.companyId])) as { id: string }[];
  return { ...company, hrUserId: hr.id };
}

/** A published slot of the company, with `openings` openings. */
export async function openSlot(api: TestApp, company: CompanyWithHr, openings = 3, overrides: Record<string, unknown> = {}): Promise<string> {
  const skills = await anySkillIds(api);
  const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills, { openings, ...overrides }) }, { token: company.hrToken });
  await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
  return createSlot.id;
}

export async function operator(api: TestApp, districtCode = 'RENO_LAVINO_SAMOGGIA'): Promise<OperatorSession> {
  return operatorOf(api.server, api.dataSource, districtCode);
}

/** A second operator of the same organisation. */
export async function colleagueToken(api: TestApp, op: OperatorSession): Promise<string> {
  const user = await createUser(api.dataSource, 'OPERATOR', { organisationId: op.organisationId, districtCode: 'RENO_LAVINO_SAMOGGIA' });
  return (await signIn(api.server, user.email)).accessToken;
}

export async function candidateOf(api: TestApp, op: OperatorSession): Promise<string> {
  return (await createCandidate(api.server, op.token, completeInput(randomCodiceFiscale()))).id;
}

export async function propose(api: TestApp, token: string, slotId: string, candidateId: string, extra: Record<string, unknown> = {}): Promise<ProposalView> {
  const { proposeCandidate } = await graphqlOk<{ proposeCandidate: ProposalView }>(api.server, PROPOSE, { input: { slotId, candidateId, ...extra } }, { token });
  return proposeCandidate;
}

/** Runs a mutation and returns its single top-level field. */
export async function act<T = ProposalView>(api: TestApp, mutation: string, input: Record<string, unknown>, token: string): Promise<T> {
  const data = await graphqlOk<Record<string, T>>(api.server, mutation, { input }, { token });
  return Object.values(data)[0];
}

export async function refusal(api: TestApp, mutation: string, input: Record<string, unknown>, token: string): Promise<{ code: string; reason: string; message: string; extensions: Record<string, unknown> }> {
  const response = await graphql(api.server, mutation, { input }, { token });
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected a refusal, got ${JSON.stringify(response.data)}`);
  const extensions = error.extensions as unknown as Record<string, unknown>;
  return { code: String(extensions.code), reason: String(extensions.reason), message: error.message, extensions };
}

export async function notificationsOf(api: TestApp, userId: string, subjectId?: string): Promise<{ kind: string; titleIt: string; titleEn: string }[]> {
  return (await api.dataSource.query(
    `SELECT kind, title_it AS "titleIt", title_en AS "titleEn" FROM notification
     WHERE recipient_user_id = $1 AND ($2::varchar IS NULL OR subject_id = $2) ORDER BY created_at, id`,
    [userId, subjectId ?? null],
  )) as { kind: string; titleIt: string; titleEn: string }[];
}

export async function candidateStatus(api: TestApp, candidateId: string): Promise<string> {
  const [row] = (await api.dataSource.query('SELECT status FROM candidate WHERE id = $1', [candidateId])) as { status: string }[];
  return row.status;
}
