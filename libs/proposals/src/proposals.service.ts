import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role, Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { Clock, ConnectionShape, paginate, type SqlFragment } from '@ipl/core';
import type { ProposalsArgs } from './dto/proposal.inputs';
import type { CompanyProposalSignals } from './dto/proposal.types';
import { DAY_MS } from './proposal-transaction.service';
import { ProposalStatus } from './proposal.enums';
import { Proposal } from './proposal.entity';
import { ProposalError, ProposalErrorCode } from './proposals.errors';

/** Operators see a company's answer figures only from this many proposals, so one case is never singled out. */
export const SIGNALS_MIN_PROPOSALS = 5;
export const SIGNALS_WINDOW_DAYS = 90;

/**
 * What is read of proposals: by scope, for matching (who was proposed where), as a company's
 * answer figures, and as Albo renewal evidence. The mutations live beside it, one concept a
 * file: intake (proposal-intake), the path (proposal-path), check-ins, contact disclosure and
 * deadlines, all run through ProposalTransaction.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    private readonly clock: Clock,
  ) {}

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

  /**
   * For the matching, as a uuid[] SQL expression embedded in the statement that reads the slot
   * (`slotIdSql` names its id): candidates already proposed to (or requested for) this slot,
   * whatever the outcome.
   */
  proposedCandidateIdsSql(slotIdSql: string): SqlFragment {
    const query = this.proposals.createQueryBuilder('proposed').select("coalesce(array_agg(proposed.candidate_id), '{}')").where(`proposed.slot_id = ${slotIdSql}`);
    return { sql: `(${query.getQuery()})`, params: query.getParameters() };
  }

  /** For the matching, the other way round: slots this candidate was already proposed to (`candidateIdSql` names its id). */
  proposedSlotIdsSql(candidateIdSql: string): SqlFragment {
    const query = this.proposals.createQueryBuilder('proposed').select("coalesce(array_agg(proposed.slot_id), '{}')").where(`proposed.candidate_id = ${candidateIdSql}`);
    return { sql: `(${query.getQuery()})`, params: query.getParameters() };
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

  private canSee(proposal: Proposal, user: AuthUser): boolean {
    if (user.role === Role.ADMIN) return true;
    if (user.role === Role.COMPANY_HR) return user.companyId === proposal.companyId;
    if (user.role === Role.OPERATOR) return user.organisationId === proposal.organisationId;
    return false;
  }
}
