import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { Role, Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { UsersService } from '@ipl/auth';
import { CompanyStanding } from '@ipl/board';
import { type Candidate, CandidatesService, CandidateStatus, ConsentPurpose } from '@ipl/candidates';
import { AppConfig } from '@ipl/config';
import { Clock, ConnectionShape, paginate } from '@ipl/core';
import { NotificationKind, NotificationsService } from '@ipl/notifications';
import { OrganisationsService } from '@ipl/organisations';
import { assertNoPersonalData } from '@ipl/personal-data';
import { romeDate, Slot, SlotError, SlotErrorCode, SlotKind, SlotsService, SlotStatus } from '@ipl/slots';
import type {
  DeclineProposalInput,
  EndPathInput,
  HireCandidateInput,
  InterruptPathInput,
  ProposalActionInput,
  ProposalsArgs,
  ProposeCandidateInput,
  RecordCheckInInput,
  RecordMeetingConsentInput,
  ScheduleInterviewInput,
  StartPathInput,
  WithdrawProposalInput,
} from './dto/proposal.inputs';
import type { CompanyProposalSignals, OperatorContact } from './dto/proposal.types';
import { ProposalCheckIn } from './proposal-check-in.entity';
import { dayAfter, firstOfNextMonth, reviveDates } from './proposal-dates';
import { ProposalIdempotencyKey } from './proposal-idempotency-key.entity';
import { decideTransition, ProposalAction } from './proposal-transitions';
import { AWAITING_ANSWER, CheckInState, LIVE_AFTER_ACCEPTANCE, ProposalOrigin, ProposalSide, ProposalStatus } from './proposal.enums';
import { Proposal } from './proposal.entity';
import { ProposalError, ProposalErrorCode } from './proposals.errors';

const SUBJECT = 'proposal';

const DAY_MS = 86_400_000;
/** Operators see a company's answer figures only from this many proposals, so one case is never singled out. */
export const SIGNALS_MIN_PROPOSALS = 5;
export const SIGNALS_WINDOW_DAYS = 90;
/** How long a mutation's idempotency key (and the result it replays) is kept. */
export const IDEMPOTENCY_KEY_DAYS = 7;

/** What a transition changes, plus whom it tells. */
interface TransitionEffect {
  changes: Partial<Proposal>;
  details?: Record<string, unknown>;
  /** No sides: the other side from the caller's. */
  notify?: { sides: ProposalSide[]; kind: NotificationKind };
}

const TITLE_LABELS: Partial<Record<NotificationKind, { it: string; en: string }>> = {
  [NotificationKind.PROPOSAL_RECEIVED]: { it: 'Nuova proposta', en: 'New proposal' },
  [NotificationKind.PROPOSAL_ANSWERED]: { it: 'Proposta aggiornata', en: 'Proposal updated' },
  [NotificationKind.PROPOSAL_REMINDER]: { it: 'Proposta in attesa di risposta', en: 'Proposal awaiting an answer' },
  [NotificationKind.PROPOSAL_EXPIRED]: { it: 'Proposta scaduta senza risposta', en: 'Proposal expired unanswered' },
  [NotificationKind.PATH_STARTED]: { it: 'Percorso avviato', en: 'Path started' },
  [NotificationKind.CHECK_IN_AT_RISK]: { it: 'Percorso a rischio', en: 'Path at risk' },
  [NotificationKind.PATH_ENDED]: { it: 'Percorso concluso', en: 'Path ended' },
  [NotificationKind.CONTACT_DISCLOSED]: { it: 'Contatto dell’operatore disponibile', en: 'Operator contact available' },
};

/**
 * Steps that bring a person closer to the company: refused while the company may not act on
 * candidates (suspended, revoked, lapsed, off the board). Declining, withdrawing and ending a
 * path stay possible, so that nobody is held in a proposal the company cannot carry on.
 */
const NEEDS_STANDING: readonly ProposalAction[] = [ProposalAction.ACCEPT, ProposalAction.SCHEDULE_INTERVIEW, ProposalAction.RECORD_MEETING_CONSENT, ProposalAction.START];

const reviveProposal = (json: Record<string, unknown>): Proposal => reviveDates(new Proposal(), json);
const reviveCheckIn = (json: Record<string, unknown>): ProposalCheckIn => reviveDates(new ProposalCheckIn(), json);

/**
 * The rules of proposals: who may move one, from which state (proposal-transitions.ts), with
 * what effect on the slot's openings and the candidate's status. Every mutation runs in one
 * transaction with its audit event, its notifications and its idempotency key.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    @InjectRepository(ProposalCheckIn) private readonly checkIns: Repository<ProposalCheckIn>,
    private readonly slots: SlotsService,
    private readonly standing: CompanyStanding,
    private readonly candidates: CandidatesService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  // ---------------------------------------------------------------- reads

  async get(id: string, user: AuthUser): Promise<Proposal> {
    const proposal = await this.proposals.findOneBy({ id });
    if (!proposal || !this.canSee(proposal, user)) throw new ProposalError(ProposalErrorCode.PROPOSAL_NOT_FOUND);
    return proposal;
  }

  list(args: ProposalsArgs, user: AuthUser): Promise<ConnectionShape<Proposal>> {
    const query = this.proposals.createQueryBuilder('proposal');
    if (user.role === Role.COMPANY_HR) query.where('proposal.company_id = :companyId', { companyId: Scope.of(user).companyId() });
    else if (user.role === Role.OPERATOR) query.where('proposal.organisation_id = :organisationId', { organisationId: Scope.of(user).organisationId() });
    else if (user.role !== Role.ADMIN) throw new ProposalError(ProposalErrorCode.ROLE_NOT_ALLOWED);
    if (args.slotId) query.andWhere('proposal.slot_id = :slotId', { slotId: args.slotId });
    if (args.candidateId) query.andWhere('proposal.candidate_id = :candidateId', { candidateId: args.candidateId });
    if (args.status) query.andWhere('proposal.status = :status', { status: args.status });
    return paginate(query, args, { sortColumn: 'proposal.created_at', idColumn: 'proposal.id'});
  }

  checkInsOf(proposalId: string): Promise<ProposalCheckIn[]> {
    return this.checkIns.find({ where: { proposalId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** For the matching: candidates already proposed to (or requested for) this slot, whatever the outcome. */
  async proposedCandidateIds(slotId: string): Promise<string[]> {
    const rows = await this.proposals.find({ select: { candidateId: true }, where: { slotId } });
    return rows.map((row) => row.candidateId);
  }

  /** For the matching, the other way round: slots this candidate was already proposed to. */
  async proposedSlotIds(candidateId: string): Promise<string[]> {
    const rows = await this.proposals.find({ select: { slotId: true }, where: { candidateId } });
    return rows.map((row) => row.slotId);
  }

  /**
   * The operator's work contact, for HR of the slot's company only, once the operator recorded
   * that the person agreed to meet, and only while the proposal is live. Each disclosure is audited.
   */
  async operatorContact(proposal: Proposal, user: AuthUser): Promise<OperatorContact | null> {
    if (user.role !== Role.COMPANY_HR || user.companyId !== proposal.companyId) return null;
    if (!proposal.meetingAgreedOn || !proposal.meetingConsentRecordedById || !LIVE_AFTER_ACCEPTANCE.includes(proposal.status)) return null;
    if (!(await this.standing.mayActOnCandidates(proposal.companyId))) return null;
    const operator = await this.users.get(proposal.meetingConsentRecordedById);
    const organisation = await this.organisations.find(proposal.organisationId);
    await this.audit.record({
      actor: user,
      action: 'proposal.contact_disclosed',
      subjectType: SUBJECT,
      subjectId: proposal.id,
      details: { operatorId: operator.id, companyId: proposal.companyId },
    });
    return {
      displayName: operator.displayName,
      email: operator.email,
      organisationName: organisation?.name ?? '',
      organisationPhone: organisation?.contactPhone ?? null,
    };
  }

  /** A company's answer figures over the last 90 days, shown to operators choosing where to propose. */
  async signals(companyId: string): Promise<CompanyProposalSignals> {
    const since = new Date(this.clock.now().getTime() - SIGNALS_WINDOW_DAYS * DAY_MS);
    const [row] = (await this.proposals.query(
      `SELECT count(*)::int AS proposals, count(answered_at)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at)) AS "medianSeconds"
       FROM proposal
       WHERE company_id = $1 AND origin = 'OPERATOR' AND created_at >= $2
         AND NOT (status = 'WITHDRAWN' AND answered_at IS NULL)`,
      [companyId, since],
    )) as { proposals: number; answered: number; medianSeconds: number | null }[];
    const enoughData = row.proposals >= SIGNALS_MIN_PROPOSALS;
    return {
      companyId,
      proposals: row.proposals,
      enoughData,
      medianHoursToFirstAnswer: enoughData && row.medianSeconds !== null ? Math.round((Number(row.medianSeconds) / 3600) * 10) / 10 : null,
      answeredShare: enoughData ? Math.round((row.answered / row.proposals) * 100) / 100 : null,
    };
  }

  // ---------------------------------------------------------------- Albo renewal evidence

  async countStarted(companyId: string, since: Date): Promise<number> {
    return this.proposals.createQueryBuilder('p').where('p.company_id = :companyId AND p.started_at >= :since', { companyId, since }).getCount();
  }

  async countCompleted(companyId: string, since: Date): Promise<number> {
    return this.proposals
      .createQueryBuilder('p')
      .where('p.company_id = :companyId AND p.ended_at >= :since AND p.status IN (:...done)', { companyId, since, done: [ProposalStatus.COMPLETED, ProposalStatus.HIRED] })
      .getCount();
  }

  async countHired(companyId: string, since: Date): Promise<number> {
    return this.proposals.createQueryBuilder('p').where('p.company_id = :companyId AND p.hired_at >= :since', { companyId, since }).getCount();
  }

  /** Percentage (0–100) of operators' proposals the company answered; 0 when it received none. */
  async answeredSharePercent(companyId: string, since: Date): Promise<number> {
    const [row] = (await this.proposals.query(
      `SELECT count(*)::int AS total, count(answered_at)::int AS answered FROM proposal
       WHERE company_id = $1 AND origin = 'OPERATOR' AND created_at >= $2 AND NOT (status = 'WITHDRAWN' AND answered_at IS NULL)`,
      [companyId, since],
    )) as { total: number; answered: number }[];
    return row.total === 0 ? 0 : Math.round((row.answered / row.total) * 100);
  }

  // ---------------------------------------------------------------- creation

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
    const note = this.clean('input.note', input.note);
    const byCompany = origin === ProposalOrigin.COMPANY;
    const ownScope = byCompany ? Scope.of(user).companyId() : Scope.of(user).organisationId();
    return this.once(user, input.idempotencyKey, `create.${origin}`, `${input.slotId}:${input.candidateId}`, reviveProposal, async (manager) => {
      // The slot is locked before the candidate, on both paths, so that a request and a proposal cannot deadlock.
      const found = await this.lockedSlot(input.slotId, manager);
      // The slot is checked first for HR: it learns nothing about a person through a slot it may not use.
      const slot = byCompany ? await this.companySlot(found, ownScope, manager) : null;
      const candidate = await this.candidates.lockForProposal(input.candidateId, manager);
      if (byCompany) {
        if (!candidate || !this.requestable(candidate)) throw new ProposalError(ProposalErrorCode.CANDIDATE_UNAVAILABLE_FOR_SLOT);
      } else {
        if (!candidate) throw new ProposalError(ProposalErrorCode.CANDIDATE_NOT_FOUND);
        if (candidate.organisationId !== ownScope) throw new ProposalError(ProposalErrorCode.WRONG_ORGANISATION);
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
        { actor: user, action: 'proposal.created', subjectType: SUBJECT, subjectId: proposal.id, details: { origin, status: proposal.status, slotId: target.id, candidateId: candidate.id } },
        manager,
      );
      if (byCompany) await this.audit.record(this.requestAudit(user, input, 'REQUESTED'), manager);
      await this.notify(manager, proposal, [byCompany ? ProposalSide.OPERATOR : ProposalSide.COMPANY], NotificationKind.PROPOSAL_RECEIVED);
      return manager.findOneByOrFail(Proposal, { id: proposal.id });
    });
  }

  /** HR's own OPEN slot, of a company that may act on candidates now. */
  private async companySlot(slot: Slot | null, companyId: string, manager: EntityManager): Promise<Slot> {
    if (!slot || (slot.status === SlotStatus.DRAFT && slot.companyId !== companyId)) throw new ProposalError(ProposalErrorCode.SLOT_NOT_FOUND);
    if (slot.companyId !== companyId) throw new ProposalError(ProposalErrorCode.WRONG_COMPANY);
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

  // ---------------------------------------------------------------- transitions

  accept(input: ProposalActionInput, user: AuthUser): Promise<Proposal> {
    return this.transition(input, user, ProposalAction.ACCEPT, async (proposal) => ({
      changes: { answeredAt: proposal.answeredAt ?? this.clock.now() },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  decline(input: DeclineProposalInput, user: AuthUser): Promise<Proposal> {
    const note = this.clean('input.note', input.note);
    return this.transition(input, user, ProposalAction.DECLINE, async (proposal) => ({
      changes: { declineReason: input.reason, closingNote: note, answeredAt: proposal.answeredAt ?? this.clock.now(), endedAt: this.clock.now() },
      details: { reason: input.reason },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  withdraw(input: WithdrawProposalInput, user: AuthUser): Promise<Proposal> {
    const note = this.clean('input.note', input.note);
    return this.transition(input, user, ProposalAction.WITHDRAW, async () => ({
      changes: { closingNote: note, endedAt: this.clock.now() },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  scheduleInterview(input: ScheduleInterviewInput, user: AuthUser): Promise<Proposal> {
    return this.transition(input, user, ProposalAction.SCHEDULE_INTERVIEW, async () => ({
      changes: { interviewOn: input.interviewOn ?? null },
      notify: { sides: [], kind: NotificationKind.PROPOSAL_ANSWERED },
    }));
  }

  /**
   * The person agreed to meet this company for this slot: from now until the proposal closes,
   * HR sees the recording operator's work contact (identity itself never enters the system).
   */
  recordMeetingConsent(input: RecordMeetingConsentInput, user: AuthUser): Promise<Proposal> {
    return this.transition(input, user, ProposalAction.RECORD_MEETING_CONSENT, async () => ({
      changes: { meetingAgreedOn: input.agreedOn, meetingConsentRecordedById: user.id },
      details: { agreedOn: input.agreedOn },
      notify: { sides: [], kind: NotificationKind.CONTACT_DISCLOSED },
    }));
  }

  /** Uses one opening atomically (SlotsService.takeOpening): however many start at once, never more than the slot has. */
  start(input: StartPathInput, user: AuthUser): Promise<Proposal> {
    return this.transition(input, user, ProposalAction.START, async (proposal, manager) => {
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
    const note = this.clean('input.note', input.note);
    return this.transition(input, user, ProposalAction.INTERRUPT, async (proposal, manager) => {
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
    const feedback = this.clean('input.feedback', input.feedback);
    if (input.jobFollowed && !input.contractType) throw new ProposalError(ProposalErrorCode.CONTRACT_TYPE_REQUIRED);
    return this.transition(input, user, ProposalAction.END, async (proposal, manager) => {
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
    return this.transition(input, user, ProposalAction.HIRE, async (proposal, manager) => {
      await this.candidates.setPathStatus(proposal.candidateId, CandidateStatus.PLACED, manager);
      return {
        changes: { contractType: input.contractType, hiredAt: this.clock.now() },
        details: { contractType: input.contractType },
        notify: { sides: [], kind: NotificationKind.PATH_ENDED },
      };
    });
  }

  /** A check-in during a tirocinio or avvicinamento al lavoro; AT_RISK alerts the other side at once. */
  recordCheckIn(input: RecordCheckInInput, user: AuthUser): Promise<ProposalCheckIn> {
    const note = this.clean('input.note', input.note);
    return this.once(user, input.idempotencyKey, ProposalAction.CHECK_IN, input.proposalId, reviveCheckIn, async (manager) => {
      const { proposal, side } = await this.authorise(manager, input.proposalId, user, ProposalAction.CHECK_IN);
      const slot = await this.slots.findInTransaction(proposal.slotId, manager);
      if (slot?.kind === SlotKind.JOB) throw new ProposalError(ProposalErrorCode.CHECK_INS_NOT_FOR_JOBS);
      const checkIn = await manager.save(
        manager.create(ProposalCheckIn, { proposalId: proposal.id, side, authorId: user.id, state: input.state, note, createdAt: this.clock.now() }),
      );
      await this.audit.record({ actor: user, action: 'proposal.check_in', subjectType: SUBJECT, subjectId: proposal.id, details: { side, state: input.state } }, manager);
      if (input.state === CheckInState.AT_RISK) await this.notify(manager, proposal, [this.otherSide(side)], NotificationKind.CHECK_IN_AT_RISK);
      return checkIn;
    });
  }

  // ---------------------------------------------------------------- the deadline job (also called by tests)

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
        await this.audit.record({ actor: null, action: 'proposal.expired', subjectType: SUBJECT, subjectId: id, details: { from: proposal.status, to: ProposalStatus.EXPIRED } }, manager);
        await this.notify(manager, proposal, [ProposalSide.COMPANY, ProposalSide.OPERATOR], NotificationKind.PROPOSAL_EXPIRED);
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
        await this.audit.record({ actor: null, action: 'proposal.reminded', subjectType: SUBJECT, subjectId: id }, manager);
        await this.notify(manager, proposal, [ProposalSide.COMPANY, ProposalSide.OPERATOR], NotificationKind.PROPOSAL_REMINDER);
        return true;
      });
      if (done) reminded += 1;
    }
    return reminded;
  }

  // ---------------------------------------------------------------- internals

  private canSee(proposal: Proposal, user: AuthUser): boolean {
    if (user.role === Role.ADMIN) return true;
    if (user.role === Role.COMPANY_HR) return user.companyId === proposal.companyId;
    if (user.role === Role.OPERATOR) return user.organisationId === proposal.organisationId;
    return false;
  }

  /** The caller's side of this proposal, from the token: wrong company or organisation is refused first. */
  private sideOf(proposal: Proposal, user: AuthUser): ProposalSide {
    if (user.role === Role.COMPANY_HR) {
      if (user.companyId !== proposal.companyId) throw new ProposalError(ProposalErrorCode.WRONG_COMPANY);
      return ProposalSide.COMPANY;
    }
    if (user.role === Role.OPERATOR) {
      if (user.organisationId !== proposal.organisationId) throw new ProposalError(ProposalErrorCode.WRONG_ORGANISATION);
      return ProposalSide.OPERATOR;
    }
    throw new ProposalError(ProposalErrorCode.ROLE_NOT_ALLOWED);
  }

  private otherSide(side: ProposalSide): ProposalSide {
    return side === ProposalSide.COMPANY ? ProposalSide.OPERATOR : ProposalSide.COMPANY;
  }

  /** Locks the proposal and checks side, scope and state against the table. */
  private async authorise(manager: EntityManager, id: string, user: AuthUser, action: ProposalAction) {
    const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw new ProposalError(ProposalErrorCode.PROPOSAL_NOT_FOUND);
    const side = this.sideOf(proposal, user);
    const decision = decideTransition(action, proposal.status, side);
    if (!decision.allowed) {
      if (decision.refusal === 'SIDE_NOT_ALLOWED') throw new ProposalError(ProposalErrorCode.ROLE_NOT_ALLOWED, {}, { action, side });
      throw new ProposalError(ProposalErrorCode.NOT_ALLOWED_IN_STATUS, { status: proposal.status }, { action, status: proposal.status });
    }
    return { proposal, side, to: decision.to };
  }

  /**
   * One transition: lock, check against the table, apply, audit, notify the other side, all
   * in one transaction keyed by the idempotency key.
   */
  private transition(
    input: ProposalActionInput,
    user: AuthUser,
    action: ProposalAction,
    apply: (proposal: Proposal, manager: EntityManager, side: ProposalSide) => Promise<TransitionEffect>,
  ): Promise<Proposal> {
    return this.once(user, input.idempotencyKey, action, input.proposalId, reviveProposal, async (manager) => {
      const { proposal, side, to } = await this.authorise(manager, input.proposalId, user, action);
      if (NEEDS_STANDING.includes(action)) await this.standing.assertMayActOnCandidates(proposal.companyId, manager);
      const effect = await apply(proposal, manager, side);
      const status = effect.changes.status ?? to ?? proposal.status;
      await manager.update(Proposal, { id: proposal.id }, { ...effect.changes, status });
      await this.audit.record(
        {
          actor: user,
          action: `proposal.${action.toLowerCase()}`,
          subjectType: SUBJECT,
          subjectId: proposal.id,
          details: { from: proposal.status, to: status, side, ...effect.details },
        },
        manager,
      );
      const updated = await manager.findOneByOrFail(Proposal, { id: proposal.id });
      if (effect.notify) {
        const sides = effect.notify.sides.length > 0 ? effect.notify.sides : [this.otherSide(side)];
        await this.notify(manager, updated, sides, effect.notify.kind);
      }
      return updated;
    });
  }

  /**
   * Forgets idempotency keys older than IDEMPOTENCY_KEY_DAYS: a client retries within minutes,
   * and the stored results (proposal snapshots) should not outlive their use.
   */
  async purgeIdempotencyKeys(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - IDEMPOTENCY_KEY_DAYS * DAY_MS);
    const deleted = await this.dataSource.createQueryBuilder().delete().from(ProposalIdempotencyKey).where('createdAt < :before', { before }).execute();
    return deleted.affected ?? 0;
  }

  /**
   * Runs `act` at most once per (user, idempotency key): the key row is inserted first, in the
   * same transaction, so a concurrent retry waits for the first to commit and then replays its
   * stored result; a failed first attempt leaves no key and may be retried.
   */
  private once<T extends object>(
    user: AuthUser,
    key: string | undefined,
    operation: string,
    target: string,
    revive: (json: Record<string, unknown>) => T,
    act: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      if (key !== undefined && key !== null) {
        const inserted = (await manager.query(
          `INSERT INTO proposal_idempotency_key (user_id, idempotency_key, operation, target) VALUES ($1, $2, $3, $4)
           ON CONFLICT ON CONSTRAINT pk_proposal_idempotency_key DO NOTHING RETURNING user_id`,
          [user.id, key, operation, target],
        )) as unknown[];
        if (inserted.length === 0) {
          const stored = await manager.findOneByOrFail(ProposalIdempotencyKey, { userId: user.id, idempotencyKey: key });
          if (stored.operation !== operation || stored.target !== target || !stored.result) throw new ProposalError(ProposalErrorCode.IDEMPOTENCY_KEY_REUSED);
          return revive(stored.result);
        }
      }
      const result = await act(manager);
      if (key !== undefined && key !== null) {
        await manager.query('UPDATE proposal_idempotency_key SET result = $3::jsonb WHERE user_id = $1 AND idempotency_key = $2', [user.id, key, JSON.stringify(result)]);
      }
      return result;
    });
  }

  private async notify(manager: EntityManager, proposal: Proposal, sides: ProposalSide[], kind: NotificationKind): Promise<void> {
    const recipients: string[] = [];
    if (sides.includes(ProposalSide.COMPANY)) recipients.push(...(await this.users.enabledHrOf(proposal.companyId, manager)).map((user) => user.id));
    if (sides.includes(ProposalSide.OPERATOR)) recipients.push(...(await this.users.enabledOperatorsIn(proposal.organisationId, manager)).map((user) => user.id));
    const label = TITLE_LABELS[kind] ?? { it: 'Proposta', en: 'Proposal' };
    // Codes only: the public code and the status, never a note or the profile's free text.
    await this.notifications.notify(manager, {
      recipientUserIds: recipients,
      kind,
      subjectType: SUBJECT,
      subjectId: proposal.id,
      title: { it: `${label.it}: ${proposal.candidatePublicCode} (${proposal.status})`, en: `${label.en}: ${proposal.candidatePublicCode} (${proposal.status})` },
      link: `/proposals/${proposal.id}`,
    });
  }

  /** Notes and feedback reach the other side: refused when they carry personal data (see @ipl/personal-data). */
  private clean(field: string, text: string | null | undefined): string | null {
    const trimmed = text?.trim() ?? '';
    if (trimmed.length === 0) return null;
    assertNoPersonalData([[field, trimmed]]);
    return trimmed;
  }
}
