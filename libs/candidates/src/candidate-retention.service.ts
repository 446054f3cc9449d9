import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { Clock } from '@ipl/core';
import { MailArchive } from '@ipl/mail';
import { NotificationsService } from '@ipl/notifications';
import { Organisation } from '@ipl/organisations';
import { SearchOutbox } from '@ipl/search';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { CandidateErasureCount } from './candidate-erasure-count.entity';
import { DAY_MS, FRESHNESS_STATES, REMINDER_DAYS_BEFORE, statusAt } from './candidate-freshness';
import { Candidate } from './candidate.entity';
import { CANDIDATES_INDEX } from './candidates-index';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import { COMPLETE } from './completeness';

const SUBJECT = 'candidate';
const candidateNotFound = () => new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);

/**
 * Freshness and retention: what the scheduled jobs (CandidateJobs) do to profiles, and erasure,
 * on request or at the end of retention.
 */
@Injectable()
export class CandidateRetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
    private readonly clock: Clock,
    private readonly mailArchive: MailArchive,
    private readonly coordination: CandidateCoordinationService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Erasure (operator of the owning organisation, or admin): the row goes, with its links and
   * notices (ON DELETE CASCADE); the search document is deleted through the outbox; the report
   * counters keep an anonymous count. The audit trail keeps the event, which holds the profile's
   * random id, the reason and the owning organisation: never its public code, text or key.
   */
  async erase(id: string, user: AuthUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
      Scope.of(user).assertOrganisation(candidate.organisationId, candidateNotFound);
      await this.eraseRows(manager, [candidate], user, 'request');
    });
    return id;
  }

  /** Persists STALE for active profiles past their date or incomplete, so the index drops them. */
  async markStale(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE candidate SET status = 'STALE', updated_at = now()
         WHERE status = 'ACTIVE' AND (reconfirm_due_at <= $1 OR completeness < $2) RETURNING id`,
        [now, COMPLETE],
      )) as [{ id: string }[], number];
      const ids = rows[0].map((row) => row.id);
      await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, ids);
      return ids.length;
    });
  }

  /** Profiles whose reconfirmation falls due within a week and whose reminder is not sent yet. */
  async dueForReminder(): Promise<Candidate[]> {
    const now = this.clock.now();
    return this.dataSource.manager
      .createQueryBuilder(Candidate, 'candidate')
      .where('candidate.status IN (:...states)', { states: FRESHNESS_STATES })
      .andWhere('candidate.reconfirm_due_at > :now AND candidate.reconfirm_due_at <= :horizon', {
        now,
        horizon: new Date(now.getTime() + REMINDER_DAYS_BEFORE * DAY_MS),
      })
      .andWhere('candidate.reminder_sent_at IS NULL')
      .orderBy('candidate.reconfirm_due_at', 'ASC')
      .getMany();
  }

  async markReminded(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Candidate, { id: In(ids) }, { reminderSentAt: this.clock.now() });
      await this.audit.recordMany(
        ids.map((id) => ({ actor: null, action: 'candidate.reminder_sent', subjectType: SUBJECT, subjectId: id })),
        manager,
      );
    });
  }

  /** Withdraws and erases profiles past their retention deadline. */
  async eraseExpired(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const expired = await manager
        .createQueryBuilder(Candidate, 'candidate')
        .where('candidate.retention_until <= :now', { now })
        .setLock('pessimistic_write')
        .getMany();
      await this.eraseRows(manager, expired, null, 'retention');
      return expired.length;
    });
  }

  private async eraseRows(manager: EntityManager, candidates: Candidate[], user: AuthUser | null, reason: 'request' | 'retention'): Promise<void> {
    if (candidates.length === 0) return;
    const ids = candidates.map((candidate) => candidate.id);
    await this.countErasures(manager, candidates, reason);
    // Before the rows go (and their requests with them, by cascade), so the trail says why.
    await this.coordination.withdrawPendingOf(manager, ids, user, 'profile_erased');
    await manager.delete(Candidate, { id: In(ids) });
    await this.audit.recordMany(
      candidates.map((candidate) => ({
        actor: user,
        action: 'candidate.erased',
        subjectType: SUBJECT,
        subjectId: candidate.id,
        details: { reason, organisationId: candidate.organisationId },
      })),
      manager,
    );
    await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, ids);
    // Reminders and proposal notifications named public codes: the recorded copies forget them too.
    const publicCodes = candidates.map((candidate) => candidate.publicCode);
    await this.mailArchive.redact(manager, publicCodes);
    await this.notifications.redact(manager, publicCodes);
  }

  /** One upsert per cell (district, channel, month, final status, reason) of the erased profiles. */
  private async countErasures(manager: EntityManager, candidates: Candidate[], reason: string): Promise<void> {
    const now = this.clock.now();
    const month = `${now.toISOString().slice(0, 7)}-01`;
    const channels = new Map(
      (await manager.findBy(Organisation, { id: In([...new Set(candidates.map((candidate) => candidate.organisationId))]) })).map((o) => [o.id, o.channel]),
    );
    const cells = new Map<string, Omit<CandidateErasureCount, 'erased'> & { erased: number }>();
    for (const candidate of candidates) {
      const cell = {
        districtCode: candidate.residenceDistrictCode,
        channel: channels.get(candidate.organisationId) ?? 'UNKNOWN',
        month,
        finalStatus: statusAt(candidate, now),
        reason,
      };
      const key = JSON.stringify(cell);
      const current = cells.get(key);
      if (current) current.erased += 1;
      else cells.set(key, { ...cell, erased: 1 });
    }
    for (const cell of cells.values()) {
      await manager.query(
        `INSERT INTO candidate_erasure_count (district_code, channel, month, final_status, reason, erased) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT pk_candidate_erasure_count
         DO UPDATE SET erased = candidate_erasure_count.erased + EXCLUDED.erased`,
        [cell.districtCode, cell.channel, cell.month, cell.finalStatus, cell.reason, cell.erased],
      );
    }
  }
}
