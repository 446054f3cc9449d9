import { DataSource } from 'typeorm';

export interface RecordedMail {
  recipient: string;
  kind: string;
  subject: string;
  body: string;
}

/** The e-mails recorded for one address, oldest first (the default mailer keeps them in mail_message). */
export async function mailsTo(dataSource: DataSource, recipient: string): Promise<RecordedMail[]> {
  return (await dataSource.query(
    'SELECT recipient, kind, subject, body FROM mail_message WHERE recipient = $1 ORDER BY created_at, id',
    [recipient],
  )) as RecordedMail[];
}

export interface RecordedAuditEvent {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
}

/** Audit events with this action (and subject, when given), oldest first. */
export async function auditEvents(dataSource: DataSource, action: string, subjectId?: string): Promise<RecordedAuditEvent[]> {
  return (await dataSource.query(
    `SELECT actor_id AS "actorId", actor_role AS "actorRole", action, subject_type AS "subjectType",
            subject_id AS "subjectId", details
     FROM audit_event WHERE action = $1 AND ($2::varchar IS NULL OR subject_id = $2) ORDER BY id`,
    [action, subjectId ?? null],
  )) as RecordedAuditEvent[];
}
