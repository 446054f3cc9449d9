import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '@ipl/access';
import type { SqlFragment } from '@ipl/core';
import { insertRows } from '@ipl/database';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  /** The user who acted, or null for the system. */
  actor: Pick<AuthUser, 'id' | 'role'> | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

type NewAuditEvent = Omit<AuditEvent, 'id' | 'occurredAt'>;

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /**
   * Records one event. Pass the transaction's manager so that the event is written if and
   * only if the change it describes is.
   */
  record(entry: AuditEntry, manager: EntityManager = this.events.manager): Promise<void> {
    return this.recordMany([entry], manager);
  }

  /**
   * Several events in one statement of one parameter (e.g. one per candidate shown in a list, or
   * one per profile of an import): each is its own row. Not save(): outside a transaction save()
   * wraps itself in one and reads the ids back, three statements on every match request, and
   * nothing reads the events it writes.
   */
  async recordMany(entries: AuditEntry[], manager: EntityManager = this.events.manager): Promise<void> {
    const rows = entries.map(
      (entry): NewAuditEvent => ({
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId ?? null,
        details: entry.details ?? {},
      }),
    );
    await insertRows(manager, AuditEvent, rows, ['id', 'occurredAt']);
  }

  /**
   * An INSERT … SELECT of one event per row of `source` (a CTE of the caller's statement), its
   * subject the row's `subjectIdColumn`: a match audits the profiles of its page in the same
   * statement that reads them, so what is shown and what is audited cannot differ.
   */
  recordEachSql(entry: Omit<AuditEntry, 'subjectId'>, source: string, subjectIdColumn: string): SqlFragment {
    return {
      sql: `INSERT INTO audit_event (actor_id, actor_role, action, subject_type, subject_id, details)
        SELECT CAST(:auditActorId AS uuid), :auditActorRole, :auditAction, :auditSubjectType, ${source}.${subjectIdColumn}::text, CAST(:auditDetails AS jsonb) FROM ${source}`,
      params: {
        auditActorId: entry.actor?.id ?? null,
        auditActorRole: entry.actor?.role ?? null,
        auditAction: entry.action,
        auditSubjectType: entry.subjectType,
        auditDetails: JSON.stringify(entry.details ?? {}),
      },
    };
  }

  forSubject(subjectType: string, subjectId: string): Promise<AuditEvent[]> {
    return this.events.find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }
}
