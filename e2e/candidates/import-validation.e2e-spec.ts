import { Role, type AuthUser } from '@ipl/access';
import { Candidate, CandidateIntakeService } from '@ipl/candidates';
import { DomainError } from '@ipl/core';
import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, operatorOf, randomCodiceFiscale } from './operations';

type CandidateInput = Parameters<CandidateIntakeService['createMany']>[0][number];

describe('an import validates each row as the createCandidate mutation validates its input', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('refuses a row the input type refuses, naming the row and the field, and writes the others', async () => {
    const operator = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE');
    const actor: AuthUser = { id: operator.userId, role: Role.OPERATOR, companyId: null, organisationId: operator.organisationId, districtCode: 'SAVENA_IDICE', scopeAdmin: false, secondFactorPending: false };
    const row = (change: Record<string, unknown> = {}) => completeInput(randomCodiceFiscale(), change) as unknown as CandidateInput;
    const results = await api.app.get(CandidateIntakeService).createMany([row(), row({ hoursPerWeek: 500 }), row({ fullName: 'Mario Rossi' }), row()], actor);

    expect(results.map((result) => (result instanceof DomainError ? result.reason : 'created'))).toEqual(['created', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'created']);
    const fieldsOf = (result: Candidate | DomainError) => (result instanceof DomainError ? (result.details.fields ?? []).map(({ field }) => field) : []);
    expect(fieldsOf(results[1])).toEqual(['input.hoursPerWeek']);
    expect(fieldsOf(results[2])).toEqual(['input.fullName']);
    const [{ n }] = (await api.dataSource.query('SELECT count(*)::int AS n FROM candidate WHERE organisation_id = $1', [operator.organisationId])) as { n: number }[];
    expect(n).toBe(2);
    // Written as returned, with no read back: the row in PostgreSQL is the profile handed to the caller.
    const created = results[0] as Candidate;
    const [stored] = (await api.dataSource.query('SELECT public_code AS "publicCode", hours_per_week AS "hoursPerWeek", skill_ids AS "skillIds", created_at AS "createdAt" FROM candidate WHERE id = $1', [created.id])) as Pick<Candidate, 'publicCode' | 'hoursPerWeek' | 'skillIds' | 'createdAt'>[];
    expect(stored).toEqual({ publicCode: created.publicCode, hoursPerWeek: created.hoursPerWeek, skillIds: created.skillIds, createdAt: created.createdAt });
    expect(created).not.toHaveProperty('personKey');
  });
});
