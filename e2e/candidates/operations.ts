import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import * as codiceFiscaleModule from 'codice-fiscale-js';
import { createOrganisation, createUser, graphql, signIn } from '@ipl/testing';

const { CodiceFiscale } = codiceFiscaleModule as unknown as { CodiceFiscale: { getCheckCode(code: string): string } };

/** A valid codice fiscale of no one in particular, different on each call. */
export function randomCodiceFiscale(): string {
  const letters = 'BCDFGHLMNPRSTVZ';
  const pick = (n: number, from: string) => Array.from({ length: n }, () => from[Math.floor(Math.random() * from.length)]).join('');
  const body = `${pick(6, letters)}${pick(2, '0123456789')}${pick(1, 'ABCDEHLMPRST')}${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}A944`;
  return body + CodiceFiscale.getCheckCode(body);
}

export const CANDIDATE_FIELDS = `
  id publicCode organisationId status completeness residenceDistrictCode residenceComuneCode ageBand
  skillIds freeSkillLabels languages { language level } educationLevel
  experiences { occupation sectorCode months endYear description }
  hoursPerWeek shifts availableFrom drivingLicence ownVehicle maxCommuteMinutes desiredSectors supportNeeds
  activeMeasures consentGivenAt consentPurposes notes lastConfirmedAt reconfirmDueAt retentionUntil withdrawnAt
  coordinatedWith { organisation { organisationId name channel contactEmail } since }
  coordinationRequest { status consentGivenOn sentAt expiresAt }
`;

export const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${CANDIDATE_FIELDS} } }`;
export const GET = `query($id: ID!) { candidate(id: $id) { ${CANDIDATE_FIELDS} } }`;
export const LIST = `query($first: Int, $after: String, $status: CandidateStatus) {
  candidates(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { ${CANDIDATE_FIELDS} } }
}`;
export const TO_RECONFIRM = `query { candidatesToReconfirm(first: 50) { totalCount nodes { id publicCode status reconfirmDueAt completeness } } }`;
export const RECONFIRM = 'mutation($id: ID!) { reconfirmCandidate(id: $id) { id status reconfirmDueAt } }';
export const WITHDRAW = 'mutation($id: ID!) { withdrawCandidate(id: $id) { id status withdrawnAt } }';
export const ERASE = 'mutation($id: ID!) { eraseCandidate(id: $id) }';

/** Check characters computed for each test person: valid codici fiscali of no one. */
export const CODICI_FISCALI = ['RSSMRA80A01A944I', 'RSSMRA80A01H501U', 'VRDLGU85T10A944Y', 'BNCGNN90A41F205C', 'RSSMRAU0A01H501R', 'RSSMRA8LA01H501F'];

/** A complete profile input (100%), with the person's codice fiscale. */
export function completeInput(codiceFiscale: string, change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    codiceFiscale,
    residenceComuneCode: 'SAN_LAZZARO_DI_SAVENA',
    ageBand: 'AGE_25_34',
    skillIds: ['lavaggio-stoviglie', 'aiuto-cuoco'],
    freeSkillLabels: ['Cucito a macchina'],
    languages: [
      { language: 'it', level: 'B1' },
      { language: 'ar', level: 'NATIVE' },
    ],
    educationLevel: 3,
    experiences: [{ occupation: 'aiuto cuoco', sectorCode: 'I', months: 18, endYear: 2023, description: 'preparazione, turni 8-14, 30 ore' }],
    hoursPerWeek: 30,
    shifts: ['DAY', 'WEEKEND'],
    availableFrom: '2026-03-01',
    drivingLicence: false,
    ownVehicle: false,
    maxCommuteMinutes: 45,
    desiredSectors: ['I', 'N'],
    supportNeeds: ['NEEDS_TUTOR', 'GRADUAL_START'],
    activeMeasures: ['NONE'],
    consentGivenAt: '2026-01-15',
    consentPurposes: ['MATCHING'],
    notes: 'disponibile dal 01/03, turni 8-14',
    ...change,
  };
}

export interface OperatorSession {
  organisationId: string;
  userId: string;
  token: string;
}

export async function operatorOf(server: Server, dataSource: DataSource, districtCode: string, channel = 'SOCIAL_SERVICES', organisationId?: string): Promise<OperatorSession> {
  const orgId = organisationId ?? (await createOrganisation(dataSource, districtCode, channel));
  const user = await createUser(dataSource, 'OPERATOR', { organisationId: orgId, districtCode });
  return { organisationId: orgId, userId: user.id, token: (await signIn(server, user.email)).accessToken };
}

export async function tokenOf(server: Server, dataSource: DataSource, role: string, scope: Record<string, string> = {}): Promise<string> {
  const user = await createUser(dataSource, role, scope);
  return (await signIn(server, user.email)).accessToken;
}

export interface CandidateView {
  id: string;
  publicCode: string;
  status: string;
  completeness: number;
  [key: string]: unknown;
}

export async function createCandidate(server: Server, token: string, input: Record<string, unknown>): Promise<CandidateView> {
  const response = await graphql<{ createCandidate: CandidateView }>(server, CREATE, { input }, { token });
  if (response.errors?.length || !response.data) throw new Error(`createCandidate failed: ${JSON.stringify(response.errors)}`);
  return response.data.createCandidate;
}

export async function countAudit(dataSource: DataSource, action: string, subjectId?: string): Promise<number> {
  const [row] = (await dataSource.query(
    'SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND ($2::varchar IS NULL OR subject_id = $2)',
    [action, subjectId ?? null],
  )) as { n: number }[];
  return row.n;
}

/**
 * Coordination as the rule has it: `requester` adds its profile of a person `owner` already
 * follows, with the person's consent, and `owner` accepts the request. Returns the new profile.
 */
export async function coordinatedProfile(server: Server, requester: OperatorSession, owner: OperatorSession, input: Record<string, unknown>): Promise<CandidateView> {
  const created = await createCandidate(server, requester.token, { ...input, coordinationConsent: { consentGivenOn: '2026-01-15' } });
  const pending = await graphql<{ coordinationRequests: { nodes: { id: string }[] } }>(
    server,
    'query { coordinationRequests(first: 100, status: PENDING) { nodes { id } } }',
    {},
    { token: owner.token },
  );
  for (const { id } of pending.data?.coordinationRequests.nodes ?? []) {
    const accepted = await graphql(server, 'mutation($id: ID!) { acceptCoordinationRequest(id: $id) { id } }', { id }, { token: owner.token });
    if (accepted.errors?.length) throw new Error(`acceptCoordinationRequest failed: ${JSON.stringify(accepted.errors)}`);
  }
  return created;
}
