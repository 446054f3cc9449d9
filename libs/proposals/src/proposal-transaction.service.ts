import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { UsersService } from '@ipl/auth';
import { CompanyStanding } from '@ipl/board';
import { Clock } from '@ipl/core';
import { NotificationKind, NotificationsService } from '@ipl/notifications';
import { assertNoPersonalData } from '@ipl/personal-data';
import type { ProposalActionInput } from './dto/proposal.inputs';
import { ProposalCheckIn } from './proposal-check-in.entity';
import { reviveDates } from './proposal-dates';
import { ProposalIdempotencyKey } from './proposal-idempotency-key.entity';
import { decideTransition, ProposalAction } from './proposal-transitions';
import { ProposalSide } from './proposal.enums';
import { Proposal } from './proposal.entity';
import { ProposalError, ProposalErrorCode } from './proposals.errors';

export const PROPOSAL_SUBJECT = 'proposal';

export const DAY_MS = 86_400_000;
/** How long a mutation's idempotency key (and the result it replays) is kept. */
export const IDEMPOTENCY_KEY_DAYS = 7;

/** What a transition changes, plus whom it tells. */
export interface TransitionEffect {
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

export const reviveProposal = (json: Record<string, unknown>): Proposal => reviveDates(new Proposal(), json);
export const reviveCheckIn = (json: Record<string, unknown>): ProposalCheckIn => reviveDates(new ProposalCheckIn(), json);

/**
 * How every proposal mutation runs: one transaction with its audit event, its notifications
 * and its idempotency key; a transition checked against the lifecycle table
 * (proposal-transitions.ts) for the caller's side, taken from the token.
 */
@Injectable()
export class ProposalTransaction {
  constructor(
    private readonly dataSource: DataSource,
    private readonly standing: CompanyStanding,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * One transition: lock, check against the table, apply, audit, notify the other side, all
   * in one transaction keyed by the idempotency key.
   */
  transition(
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
      const written = await manager.createQueryBuilder().update(Proposal).set({ ...effect.changes, status }).where('id = :id', { id: proposal.id }).returning('updated_at').execute();
      await this.audit.record(
        {
          actor: user,
          action: `proposal.${action.toLowerCase()}`,
          subjectType: PROPOSAL_SUBJECT,
          subjectId: proposal.id,
          details: { from: proposal.status, to: status, side, ...effect.details },
        },
        manager,
      );
      // The row was read under lock in this transaction: what was written is applied to it, not read back.
      const updated = withChanges(proposal, { ...effect.changes, status, updatedAt: (written.raw as { updated_at: Date }[])[0].updated_at });
      if (effect.notify) {
        const sides = effect.notify.sides.length > 0 ? effect.notify.sides : [otherSide(side)];
        await this.notify(manager, updated, sides, effect.notify.kind);
      }
      return updated;
    });
  }

  /** Locks the proposal and checks side, scope and state against the table. */
  async authorise(manager: EntityManager, id: string, user: AuthUser, action: ProposalAction) {
    const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw new ProposalError(ProposalErrorCode.PROPOSAL_NOT_FOUND);
    const side = sideOf(proposal, user);
    const decision = decideTransition(action, proposal.status, side);
    if (!decision.allowed) {
      if (decision.refusal === 'SIDE_NOT_ALLOWED') throw new ProposalError(ProposalErrorCode.ROLE_NOT_ALLOWED, {}, { action, side });
      throw new ProposalError(ProposalErrorCode.NOT_ALLOWED_IN_STATUS, { status: proposal.status }, { action, status: proposal.status });
    }
    return { proposal, side, to: decision.to };
  }

  /**
   * Runs `act` at most once per (user, idempotency key): the key row is inserted first, in the
   * same transaction, so a concurrent retry waits for the first to commit and then replays its
   * stored result; a failed first attempt leaves no key and may be retried.
   */
  once<T extends object>(
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

  /**
   * Forgets idempotency keys older than IDEMPOTENCY_KEY_DAYS: a client retries within minutes,
   * and the stored results (proposal snapshots) should not outlive their use.
   */
  async purgeIdempotencyKeys(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - IDEMPOTENCY_KEY_DAYS * DAY_MS);
    const deleted = await this.dataSource.createQueryBuilder().delete().from(ProposalIdempotencyKey).where('createdAt < :before', { before }).execute();
    return deleted.affected ?? 0;
  }

  async notify(manager: EntityManager, proposal: Proposal, sides: ProposalSide[], kind: NotificationKind): Promise<void> {
    const recipients: string[] = [];
    if (sides.includes(ProposalSide.COMPANY)) recipients.push(...(await this.users.enabledHrOf(proposal.companyId, manager)).map((user) => user.id));
    if (sides.includes(ProposalSide.OPERATOR)) recipients.push(...(await this.users.enabledOperatorsIn(proposal.organisationId, manager)).map((user) => user.id));
    const label = TITLE_LABELS[kind] ?? { it: 'Proposta', en: 'Proposal' };
    // Codes only: the public code and the status, never a note or the profile's free text.
    await this.notifications.notify(manager, {
      recipientUserIds: recipients,
      kind,
      subjectType: PROPOSAL_SUBJECT,
      subjectId: proposal.id,
      title: { it: `${label.it}: ${proposal.candidatePublicCode} (${proposal.status})`, en: `${label.en}: ${proposal.candidatePublicCode} (${proposal.status})` },
      link: `/proposals/${proposal.id}`,
    });
  }
}

/** Notes and feedback reach the other side: refused when they carry personal data (see @ipl/personal-data). */
export function cleanText(field: string, text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length === 0) return null;
  assertNoPersonalData([[field, trimmed]]);
  return trimmed;
}

export function otherSide(side: ProposalSide): ProposalSide {
  return side === ProposalSide.COMPANY ? ProposalSide.OPERATOR : ProposalSide.COMPANY;
}

/**
 * The caller's side of this proposal, from the token. Another company's or organisation's
 * proposal reads as unknown, so that a refusal does not tell an existing id from a wrong one.
 */
function sideOf(proposal: Proposal, user: AuthUser): ProposalSide {
  if (user.role === Role.COMPANY_HR) {
    if (user.companyId !== proposal.companyId) throw new ProposalError(ProposalErrorCode.PROPOSAL_NOT_FOUND);
    return ProposalSide.COMPANY;
  }
  if (user.role === Role.OPERATOR) {
    if (user.organisationId !== proposal.organisationId) throw new ProposalError(ProposalErrorCode.PROPOSAL_NOT_FOUND);
    return ProposalSide.OPERATOR;
  }
  throw new ProposalError(ProposalErrorCode.ROLE_NOT_ALLOWED);
}

/** The proposal with these column values, the undefined ones (left unwritten by an UPDATE) aside. */
function withChanges(proposal: Proposal, changes: Partial<Proposal>): Proposal {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return Object.assign(proposal, defined);
}
