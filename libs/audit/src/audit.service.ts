import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '@ipl/access';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  /** The user who acted, or null for the system. */
  actor: Pick<AuthUser, 'id' | 'role'> | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

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

  /** Several events in one statement (e.g. one per candidate shown in a list). */
  async recordMany(entries: AuditEntry[], manager: EntityManager = this.events.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.save(
      AuditEvent,
      entries.map((entry) => ({
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId ?? null,
        details: entry.details ?? {},
      })),
    );
  }

  forSubject(subjectType: string, subjectId: string): Promise<AuditEvent[]> {
    return this.events.find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }
}
