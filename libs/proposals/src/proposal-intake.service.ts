import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { CompanyStanding } from '@ipl/board';
import { type Candidate, CandidatePathsService, CandidatesService, CandidateStatus, ConsentPurpose } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { NotificationKind } from '@ipl/notifications';
import { romeDate, Slot, SlotError, SlotErrorCode, SlotsService, SlotStatus } from '@ipl/slots';
import type { ProposeCandidateInput } from './dto/proposal.inputs';
import { dayAfter, firstOfNextMonth } from './proposal-dates';
import { cleanText, PROPOSAL_SUBJECT, ProposalTransaction, reviveProposal } from './proposal-transaction.service';
import { ProposalOrigin, ProposalSide, ProposalStatus } from './proposal.enums';
import { Proposal } from './proposal.entity';
import { ProposalError, ProposalErrorCode } from './proposals.errors';

/**
 * How a proposal comes to be: an operator proposes one of its people to a published slot
 * (intake pause and monthly cap apply), or HR requests a matched person for its own open slot.
 */
@Injectable()
export class ProposalIntakeService {
  constructor(
    private readonly tx: ProposalTransaction,
    private readonly slots: SlotsService,
    private readonly standing: CompanyStanding,
    private readonly candidates: CandidatesService,
    private readonly paths: CandidatePathsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** An operator proposes one of its organisation's candidates (PROPOSED): pause and monthly cap apply. */
  propose(input: ProposeCandidateInput, user: AuthUser): Promise<Proposal> {
    return this.create(input, user, ProposalOrigin.OPERATOR);
  }

  /**
   * HR asks for a matched candidate for one of its own slots (REQUESTED); the operator answers.
   * Every attempt is audited as a read of the candidate, the refused ones too (after their
   * transaction rolled back), since a refusal also tells HR something about the person.
   */
  async request(input: ProposeCandidateInput, user: AuthUser): Promise<Proposal> {
    try {
      return await this.create(input, user, ProposalOrigin.COMPANY);
    } catch (error) {
      await this.audit.record(this.requestAudit(user, input, error instanceof ProposalError ? error.reason : 'FAILED'));
      throw error;
    }
  }

  private requestAudit(user: AuthUser, input: ProposeCandidateInput, outcome: string) {
    return { actor: user, action: 'candidate.read', subjectType: 'candidate', subjectId: input.candidateId, details: { via: 'requestCandidate', slotId: input.slotId, outcome } };
  }

  private create(input: ProposeCandidateInput, user: AuthUser, origin: ProposalOrigin): Promise<Proposal> {
    const note = cleanText('input.note', input.note);
    const byCompany = origin === ProposalOrigin.COMPANY;
    const ownScope = byCompany ? Scope.of(user).companyId() : Scope.of(user).organisationId();
    return this.tx.once(user, input.idempotencyKey, `create.${origin}`, `${input.slotId}:${input.candidateId}`, reviveProposal, async (manager) => {
      // The slot is locked before the candidate, on both paths, so that a request and a proposal cannot deadlock.
      const found = await this.lockedSlot(input.slotId, manager);
      // The slot is checked first for HR: it learns nothing about a person through a slot it may not use.
      const slot = byCompany ? await this.companySlot(found, ownScope, manager) : null;
      const candidate = await this.paths.lockForProposal(input.candidateId, manager);
      if (byCompany) {
        if (!candidate || !this.requestable(candidate)) throw new ProposalError(ProposalErrorCode.CANDIDATE_UNAVAILABLE_FOR_SLOT);
      } else {
        // Another organisation's profile reads as unknown.
        if (!candidate || candidate.organisationId !== ownScope) throw new ProposalError(ProposalErrorCode.CANDIDATE_NOT_FOUND);
        const candidateStatus = this.candidates.statusOf(candidate);
        if (candidateStatus !== CandidateStatus.ACTIVE) throw new ProposalError(ProposalErrorCode.CANDIDATE_NOT_AVAILABLE, { status: candidateStatus });
      }
      const target = slot ?? (await this.operatorSlot(found, manager));
      if (await manager.existsBy(Proposal, { slotId: target.id, candidateId: candidate.id })) throw new ProposalError(ProposalErrorCode.ALREADY_PROPOSED);
      if (!byCompany) {
        const { month, count } = await this.assertIntake(target, manager);
        await this.slots.recordIntake(target.id, month, count + 1, manager);
      }

      const proposal = await manager.save(
        manager.create(Proposal, {
          slotId: target.id,
          candidateId: candidate.id,
          candidatePublicCode: candidate.publicCode,
          companyId: target.companyId,
          organisationId: candidate.organisationId,
          status: byCompany ? ProposalStatus.REQUESTED : ProposalStatus.PROPOSED,
          origin,
          createdById: user.id,
          note,
          createdAt: this.clock.now(),
        }),
      );
      await this.audit.record(
        { actor: user, action: 'proposal.created', subjectType: PROPOSAL_SUBJECT, subjectId: proposal.id, details: { origin, status: proposal.status, slotId: target.id, candidateId: candidate.id } },
        manager,
      );
      if (byCompany) await this.audit.record(this.requestAudit(user, input, 'REQUESTED'), manager);
      await this.tx.notify(manager, proposal, [byCompany ? ProposalSide.OPERATOR : ProposalSide.COMPANY], NotificationKind.PROPOSAL_RECEIVED);
      // save() read back what PostgreSQL set (id, defaults, dates); the columns nobody wrote are null.
      return withNulls(manager, proposal);
    });
  }

  /** HR's own OPEN slot, of a company that may act on candidates now. */
  private async companySlot(slot: Slot | null, companyId: string, manager: EntityManager): Promise<Slot> {
    // Another company's slot reads as unknown, published or not.
    if (!slot || slot.companyId !== companyId) throw new ProposalError(ProposalErrorCode.SLOT_NOT_FOUND);
    if (slot.status !== SlotStatus.OPEN) throw new ProposalError(ProposalErrorCode.SLOT_NOT_OPEN, { status: slot.status });
    await this.standing.assertMayActOnCandidates(companyId, manager);
    return slot;
  }

  /** A published slot for an operator's proposal, of a company that may receive candidates now. */
  private async operatorSlot(slot: Slot | null, manager: EntityManager): Promise<Slot> {
    if (!slot || slot.status === SlotStatus.DRAFT) throw new ProposalError(ProposalErrorCode.SLOT_NOT_FOUND);
    await this.standing.assertMayActOnCandidates(slot.companyId, manager);
    return slot;
  }

  /** Intake is decided one proposal at a time per slot, so that racing proposals cannot overrun a cap. */
  private async lockedSlot(slotId: string, manager: EntityManager): Promise<Slot | null> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`proposal-intake:${slotId}`]);
    return this.slots.findInTransaction(slotId, manager);
  }

  /** What matching would show a company: active, fresh, complete and consented to matching. */
  private requestable(candidate: Candidate): boolean {
    return (
      this.candidates.statusOf(candidate) === CandidateStatus.ACTIVE && candidate.consentGivenAt !== null && candidate.consentPurposes.includes(ConsentPurpose.MATCHING)
    );
  }

  /** Pause and monthly cap, refused with the day the slot takes proposals again; else this month's count so far. */
  private async assertIntake(slot: Slot, manager: EntityManager): Promise<{ month: string; count: number }> {
    const now = this.clock.now();
    const [{ n }] = (await manager.query(
      `SELECT count(*)::int AS n FROM proposal
       WHERE slot_id = $1 AND origin = 'OPERATOR'
         AND created_at >= (date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'Europe/Rome')`,
      [slot.id, now],
    )) as { n: number }[];
    const { reason } = this.slots.intakeState(slot, n);
    if (reason === null) return { month: `${romeDate(now).slice(0, 7)}-01`, count: n };
    if (reason === SlotErrorCode.INTAKE_PAUSED && slot.pausedUntil) {
      const values = { until: slot.pausedUntil, reopensOn: dayAfter(slot.pausedUntil) };
      throw new ProposalError(ProposalErrorCode.SLOT_PAUSED, values, values);
    }
    // Standing is checked before intake, so this is a suspension committed between the two reads.
    if (reason === SlotErrorCode.PAUSED_FOR_STANDING) throw new SlotError(reason);
    if (reason === SlotErrorCode.MONTHLY_CAP_REACHED) {
      const values = { cap: slot.monthlyProposalCap ?? 0, reopensOn: firstOfNextMonth(romeDate(now)) };
      throw new ProposalError(ProposalErrorCode.MONTHLY_CAP_REACHED, values, values);
    }
    throw new ProposalError(ProposalErrorCode.SLOT_NOT_OPEN, { status: slot.status });
  }
}

/** A just-inserted entity as a read would return it: nullable columns left unset hold null, not undefined. */
function withNulls(manager: EntityManager, proposal: Proposal): Proposal {
  for (const column of manager.getRepository(Proposal).metadata.columns) {
    if (column.isNullable && column.getEntityValue(proposal) === undefined) column.setEntityValue(proposal, null);
  }
  return proposal;
}
