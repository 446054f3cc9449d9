import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@ipl/access';
import { CandidatePathsService, CandidateStatus } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { NotificationKind } from '@ipl/notifications';
import { romeDate, SlotsService } from '@ipl/slots';
import type {
  DeclineProposalInput,
  EndPathInput,
  HireCandidateInput,
  InterruptPathInput,
  ProposalActionInput,
  ScheduleInterviewInput,
  StartPathInput,
  WithdrawProposalInput,
} from './dto/proposal.inputs';
import { cleanText, ProposalTransaction } from './proposal-transaction.service';
import { ProposalAction } from './proposal-transitions';
import { ProposalStatus } from './proposal.enums';
import { Proposal } from './proposal.entity';
import { ProposalError, ProposalErrorCode } from './proposals.errors';

/**
 * A proposal's way from the answer to the path's end: accept, decline or withdraw, interview,
 * start (taking an opening), interrupt, end with its assessment, hire; each step with its
 * effect on the slot's openings and the candidate's status.
 */
@Injectable()
export class ProposalPathService {
  constructor(
    private readonly tx: ProposalTransaction,
    private readonly slots: SlotsService,
    private readonly candidates: CandidatePathsService,
    private readonly clock: Clock,
  ) {}

  accept(input: ProposalActionInput, user: AuthUser): Promise<Proposal> {
    return this.tx.transition(input, user, ProposalAction.ACCEPT, async (proposal) => ({
      changes: { answeredAt: proposal.answeredAt ?? this.clock.now() },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  decline(input: DeclineProposalInput, user: AuthUser): Promise<Proposal> {
    const note = cleanText('input.note', input.note);
    return this.tx.transition(input, user, ProposalAction.DECLINE, async (proposal) => ({
      changes: { declineReason: input.reason, closingNote: note, answeredAt: proposal.answeredAt ?? this.clock.now(), endedAt: this.clock.now() },
      details: { reason: input.reason },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  withdraw(input: WithdrawProposalInput, user: AuthUser): Promise<Proposal> {
    const note = cleanText('input.note', input.note);
    return this.tx.transition(input, user, ProposalAction.WITHDRAW, async () => ({
      changes: { closingNote: note, endedAt: this.clock.now() },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  scheduleInterview(input: ScheduleInterviewInput, user: AuthUser): Promise<Proposal> {
    return this.tx.transition(input, user, ProposalAction.SCHEDULE_INTERVIEW, async () => ({
      changes: { interviewOn: input.interviewOn ?? null },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  /** Uses one opening atomically (SlotsService.takeOpening): however many start at once, never more than the slot has. */
  start(input: StartPathInput, user: AuthUser): Promise<Proposal> {
    return this.tx.transition(input, user, ProposalAction.START, async (proposal, manager) => {
      const candidate = await this.candidates.lockForProposal(proposal.candidateId, manager);
      // Only HR starts a path, and HR is not told where else the person is.
      if (!candidate || [CandidateStatus.IN_PATH, CandidateStatus.PLACED, CandidateStatus.WITHDRAWN].includes(candidate.status)) {
        throw new ProposalError(ProposalErrorCode.CANDIDATE_UNAVAILABLE_FOR_SLOT);
      }
      const slot = await this.slots.takeOpening(proposal.slotId, manager);
      await this.candidates.setPathStatus(proposal.candidateId, CandidateStatus.IN_PATH, manager);
      const now = this.clock.now();
      return {
        changes: { startsOn: input.startsOn ?? romeDate(now), startedAt: now },
        details: { openingsTaken: slot.openingsTaken, slotStatus: slot.status },
        notify: { sides: [], kind: NotificationKind.PATH_STARTED },
      };
    });
  }

  /** A path interrupted before its first day gives its opening back (a FILLED slot opens again). */
  interrupt(input: InterruptPathInput, user: AuthUser): Promise<Proposal> {
    const note = cleanText('input.note', input.note);
    return this.tx.transition(input, user, ProposalAction.INTERRUPT, async (proposal, manager) => {
      const now = this.clock.now();
      const beforeStart = proposal.startsOn !== null && romeDate(now) < proposal.startsOn;
      if (beforeStart) await this.slots.releaseOpening(proposal.slotId, manager);
      await this.candidates.setPathStatus(proposal.candidateId, CandidateStatus.ACTIVE, manager);
      return {
        changes: { interruptionReason: input.reason, closingNote: note, endedAt: now },
        details: { reason: input.reason, openingReleased: beforeStart },
        notify: { sides: [], kind: NotificationKind.PATH_ENDED },
      };
    });
  }

  /** The end assessment: COMPLETED, or HIRED when a job followed (with its contract type). */
  end(input: EndPathInput, user: AuthUser): Promise<Proposal> {
    const feedback = cleanText('input.feedback', input.feedback);
    if (input.jobFollowed && !input.contractType) throw new ProposalError(ProposalErrorCode.CONTRACT_TYPE_REQUIRED);
    return this.tx.transition(input, user, ProposalAction.END, async (proposal, manager) => {
      const now = this.clock.now();
      await this.candidates.setPathStatus(proposal.candidateId, input.jobFollowed ? CandidateStatus.PLACED : CandidateStatus.ACTIVE, manager);
      return {
        changes: {
          ...(input.jobFollowed ? { status: ProposalStatus.HIRED, contractType: input.contractType ?? null, hiredAt: now } : {}),
          outcome: input.outcome,
          feedback,
          endedAt: now,
        },
        details: { outcome: input.outcome, jobFollowed: input.jobFollowed, contractType: input.contractType ?? null },
        notify: { sides: [], kind: NotificationKind.PATH_ENDED },
      };
    });
  }

  /** A job followed a completed path after its assessment. */
  hire(input: HireCandidateInput, user: AuthUser): Promise<Proposal> {
    return this.tx.transition(input, user, ProposalAction.HIRE, async (proposal, manager) => {
      await this.candidates.setPathStatus(proposal.candidateId, CandidateStatus.PLACED, manager);
      return {
        changes: { contractType: input.contractType, hiredAt: this.clock.now() },
        details: { contractType: input.contractType },
        notify: { sides: [], kind: NotificationKind.PATH_ENDED },
      };
    });
  }
}
