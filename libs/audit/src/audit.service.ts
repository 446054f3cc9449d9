import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '@ipl/access';
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

  forSubject(subjectType: string, subjectId: string): Promise<AuditEvent[]> {
    return this.events.find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }
}
