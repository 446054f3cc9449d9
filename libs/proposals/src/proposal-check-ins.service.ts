import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { Clock } from '@ipl/core';
import { NotificationKind } from '@ipl/notifications';
import { SlotKind, SlotsService } from '@ipl/slots';
import type { RecordCheckInInput } from './dto/proposal.inputs';
import { ProposalCheckIn } from './proposal-check-in.entity';
import { cleanText, otherSide, PROPOSAL_SUBJECT, ProposalTransaction, reviveCheckIn } from './proposal-transaction.service';
import { ProposalAction } from './proposal-transitions';
import { CheckInState } from './proposal.enums';
import { ProposalError, ProposalErrorCode } from './proposals.errors';

/** Both sides' check-ins during a tirocinio or an avvicinamento al lavoro (a job has none). */
@Injectable()
export class ProposalCheckInsService {
  constructor(
    @InjectRepository(ProposalCheckIn) private readonly checkIns: Repository<ProposalCheckIn>,
    private readonly tx: ProposalTransaction,
    private readonly slots: SlotsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  checkInsOf(proposalId: string): Promise<ProposalCheckIn[]> {
    return this.checkIns.find({ where: { proposalId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A check-in during a tirocinio or avvicinamento al lavoro; AT_RISK alerts the other side at once. */
  recordCheckIn(input: RecordCheckInInput, user: AuthUser): Promise<ProposalCheckIn> {
    const note = cleanText('input.note', input.note);
    return this.tx.once(user, input.idempotencyKey, ProposalAction.CHECK_IN, input.proposalId, reviveCheckIn, async (manager) => {
      const { proposal, side } = await this.tx.authorise(manager, input.proposalId, user, ProposalAction.CHECK_IN);
      const slot = await this.slots.findInTransaction(proposal.slotId, manager);
      if (slot?.kind === SlotKind.JOB) throw new ProposalError(ProposalErrorCode.CHECK_INS_NOT_FOR_JOBS);
      const checkIn = await manager.save(
        manager.create(ProposalCheckIn, { proposalId: proposal.id, side, authorId: user.id, state: input.state, note, createdAt: this.clock.now() }),
      );
      await this.audit.record({ actor: user, action: 'proposal.check_in', subjectType: PROPOSAL_SUBJECT, subjectId: proposal.id, details: { side, state: input.state } }, manager);
      if (input.state === CheckInState.AT_RISK) await this.tx.notify(manager, proposal, [otherSide(side)], NotificationKind.CHECK_IN_AT_RISK);
      return checkIn;
    });
  }
}
