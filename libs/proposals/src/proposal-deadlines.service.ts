import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { AppConfig } from '@ipl/config';
import { Clock } from '@ipl/core';
import { NotificationKind } from '@ipl/notifications';
import { DAY_MS, PROPOSAL_SUBJECT, ProposalTransaction } from './proposal-transaction.service';
import { decideTransition, ProposalAction } from './proposal-transitions';
import { AWAITING_ANSWER, ProposalSide, ProposalStatus } from './proposal.enums';
import { Proposal } from './proposal.entity';

/** What the nightly deadline job does to unanswered proposals (also called by tests). */
@Injectable()
export class ProposalDeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    private readonly tx: ProposalTransaction,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Unanswered after PROPOSAL_EXPIRY_DAYS: EXPIRED, both sides told. */
  async expireUnanswered(): Promise<number> {
    const now = this.clock.now();
    const limit = new Date(now.getTime() - this.config.get('PROPOSAL_EXPIRY_DAYS') * DAY_MS);
    const due = await this.proposals.find({ select: { id: true }, where: { status: In([...AWAITING_ANSWER]), createdAt: LessThanOrEqual(limit) } });
    let expired = 0;
    for (const { id } of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
        // Answered in the meantime: the answer wins over the job.
        if (!proposal || !decideTransition(ProposalAction.EXPIRE, proposal.status, ProposalSide.SYSTEM).allowed) return false;
        await manager.update(Proposal, { id }, { status: ProposalStatus.EXPIRED, endedAt: now });
        await this.audit.record({ actor: null, action: 'proposal.expired', subjectType: PROPOSAL_SUBJECT, subjectId: id, details: { from: proposal.status, to: ProposalStatus.EXPIRED } }, manager);
        await this.tx.notify(manager, proposal, [ProposalSide.COMPANY, ProposalSide.OPERATOR], NotificationKind.PROPOSAL_EXPIRED);
        return true;
      });
      if (done) expired += 1;
    }
    return expired;
  }

  /** Unanswered after PROPOSAL_REMINDER_DAYS: one reminder, to both sides. */
  async remindUnanswered(): Promise<number> {
    const now = this.clock.now();
    const limit = new Date(now.getTime() - this.config.get('PROPOSAL_REMINDER_DAYS') * DAY_MS);
    const due = await this.proposals.find({
      select: { id: true },
      where: { status: In([...AWAITING_ANSWER]), createdAt: LessThanOrEqual(limit), reminderSentAt: IsNull() },
    });
    let reminded = 0;
    for (const { id } of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(Proposal)
          .set({ reminderSentAt: now })
          .where('id = :id AND reminder_sent_at IS NULL AND status IN (:...awaiting)', { id, awaiting: AWAITING_ANSWER })
          .execute();
        if (!result.affected) return false;
        const proposal = await manager.findOneByOrFail(Proposal, { id });
        await this.audit.record({ actor: null, action: 'proposal.reminded', subjectType: PROPOSAL_SUBJECT, subjectId: id }, manager);
        await this.tx.notify(manager, proposal, [ProposalSide.COMPANY, ProposalSide.OPERATOR], NotificationKind.PROPOSAL_REMINDER);
        return true;
      });
      if (done) reminded += 1;
    }
    return reminded;
  }
}
