import { randomUUID } from 'node:crypto';
import { Client, DatabaseError } from 'pg';
import { Role } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: Record<string, unknown>;
}

/** PostgreSQL's SQLSTATE for insufficient_privilege, which the trigger raises. */
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * The trigger, not the application, keeps the trail: raw SQL on the very connection string the
 * API uses (the tables' owner) cannot rewrite it.
 */
describe('audit trail is append-only', () => {
  let api: TestApp;
  let sql: Client;
  let subjectId: string;
  let recorded: AuditRow;

  const rowsOf = async (id: string): Promise<AuditRow[]> =>
    (await sql.query<AuditRow>('SELECT * FROM audit_event WHERE subject_id = $1 ORDER BY id', [id])).rows;

  const failureOf = (text: string, values: unknown[] = []): Promise<unknown> =>
    sql.query(text, values).then(
      () => undefined,
      (error: unknown) => error,
    );

  beforeAll(async () => {
    api = await startApi();
    const { options } = api.dataSource;
    sql = new Client({ connectionString: options.type === 'postgres' ? options.url : undefined });
    await sql.connect();
    subjectId = randomUUID();
    await api.app.get(AuditService).record({
      actor: { id: randomUUID(), role: Role.ADMIN },
      action: 'company.admitted',
      subjectType: 'company',
      subjectId,
      details: { reason: 'TEST' },
    });
    [recorded] = await rowsOf(subjectId);
  });
  afterAll(async () => {
    await sql?.end();
    await api.close();
  });

  it('records the event through AuditService', async () => {
    expect(recorded).toMatchObject({ action: 'company.admitted', subject_type: 'company', actor_role: 'ADMIN', details: { reason: 'TEST' } });
    const events = await api.app.get(AuditService).forSubject('company', subjectId);
    expect(events.map((event) => event.id)).toEqual([recorded.id]);
  });

  it.each([
    ['UPDATE', "UPDATE audit_event SET action = 'company.forged' WHERE subject_id = $1"],
    ['DELETE', 'DELETE FROM audit_event WHERE subject_id = $1'],
    ['TRUNCATE', 'TRUNCATE audit_event'],
  ])('refuses %s and leaves the row as it was', async (operation, text) => {
    const failure = await failureOf(text, text.includes('$1') ? [subjectId] : []);
    expect(failure).toBeInstanceOf(DatabaseError);
    expect(failure).toMatchObject({ code: INSUFFICIENT_PRIVILEGE, message: `audit_event is append-only: ${operation} refused` });
    expect(await rowsOf(subjectId)).toEqual([recorded]);
  });

  it('refuses a change inside a transaction, which then rolls back', async () => {
    await sql.query('BEGIN');
    const failure = await failureOf("UPDATE audit_event SET details = '{}'::jsonb WHERE subject_id = $1", [subjectId]);
    await sql.query('ROLLBACK');
    expect(failure).toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    expect(await rowsOf(subjectId)).toEqual([recorded]);
  });

  it('still accepts new events', async () => {
    await api.app.get(AuditService).record({ actor: null, action: 'company.reviewed', subjectType: 'company', subjectId });
    expect((await rowsOf(subjectId)).map((row) => row.action)).toEqual(['company.admitted', 'company.reviewed']);
  });
});
