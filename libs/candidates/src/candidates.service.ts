import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService, type AuditEntry } from '@ipl/audit';
import { Clock, ConnectionShape, mergeSqlParams, paginate, type SqlFragment } from '@ipl/core';
import { DAY_MS, FRESHNESS_STATES, REMINDER_DAYS_BEFORE, statusAt } from './candidate-freshness';
import { Candidate } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { CandidateError, CandidateErrorCode } from './candidates.errors';
import { COMPLETE } from './completeness';
import type { CandidatesArgs } from './dto/candidate.inputs';

/** Reads of profiles by their operators, each one audited, and a profile's status as of now. */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The status as of now: an active profile past its reconfirmation date, or incomplete, is STALE. */
  statusOf(candidate: Pick<Candidate, 'status' | 'reconfirmDueAt' | 'completeness'>): CandidateStatus {
    return statusAt(candidate, this.clock.now());
  }

  async get(id: string, user: AuthUser): Promise<Candidate> {
    return (await this.getWith(id, user, {})).candidate;
  }

  /**
   * get(), with other libraries' rules about the profile evaluated in the same statement (each a
   * fragment on the alias `candidate`), and the read audited in it too (a data-modifying CTE runs
   * whatever the rest reads): one round trip where a transaction took four.
   */
  async getWith<K extends string>(id: string, user: AuthUser, fragments: Record<K, SqlFragment>): Promise<{ candidate: Candidate; values: Record<K, unknown> }> {
    // Operators only reach here (see the resolvers); another organisation's profile reads as unknown.
    const organisationId = Scope.of(user).organisationId();
    const { subjectId: _subject, ...entry } = this.readEntry(user, { id });
    const audit = this.audit.recordEachSql(entry, 'readable', 'id');
    const query = this.dataSource.manager
      .createQueryBuilder(Candidate, 'candidate')
      .addCommonTableExpression('SELECT id FROM candidate WHERE id = :candidateId AND organisation_id = :organisationId', 'readable')
      .addCommonTableExpression(audit.sql, 'audited')
      .where('candidate.id = :candidateId AND candidate.organisation_id = :organisationId');
    const entries = Object.entries<SqlFragment>(fragments);
    for (const [alias, fragment] of entries) query.addSelect(fragment.sql, alias);
    query.setParameters({ ...mergeSqlParams([audit, ...entries.map(([, fragment]) => fragment)]), candidateId: id, organisationId });
    const { entities, raw } = await query.getRawAndEntities<Record<K, unknown>>();
    if (!entities[0]) throw new CandidateError(CandidateErrorCode.CANDIDATE_NOT_FOUND);
    return { candidate: entities[0], values: raw[0] };
  }

  async list(args: CandidatesArgs, user: AuthUser): Promise<ConnectionShape<Candidate>> {
    const organisationId = Scope.of(user).organisationId();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const query = manager.createQueryBuilder(Candidate, 'candidate').where('candidate.organisation_id = :organisationId', { organisationId });
      if (args.status) this.whereStatus(query, args.status, now);
      const page = await paginate(query, args, {
        sortColumn: 'candidate.created_at',
        idColumn: 'candidate.id',
      });
      await this.audit.recordMany(page.nodes.map((candidate) => this.readEntry(user, candidate)), manager);
      return page;
    });
  }

  /** The operator's to-do list: profiles stale, incomplete, or due for reconfirmation within a week. */
  async toReconfirm(args: CandidatesArgs, user: AuthUser): Promise<ConnectionShape<Candidate>> {
    const organisationId = Scope.of(user).organisationId();
    const horizon = new Date(this.clock.now().getTime() + REMINDER_DAYS_BEFORE * DAY_MS);
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(Candidate, 'candidate')
        .where('candidate.organisation_id = :organisationId', { organisationId })
        .andWhere('candidate.status IN (:...states)', { states: FRESHNESS_STATES })
        .andWhere('(candidate.reconfirm_due_at <= :horizon OR candidate.completeness < :complete)', { horizon, complete: COMPLETE });
      const page = await paginate(query, args, {
        sortColumn: 'candidate.reconfirm_due_at',
        idColumn: 'candidate.id',
        direction: 'ASC',
      });
      await this.audit.recordMany(page.nodes.map((candidate) => this.readEntry(user, candidate, 'toReconfirm')), manager);
      return page;
    });
  }

  private whereStatus(query: ReturnType<EntityManager['createQueryBuilder']>, status: CandidateStatus, now: Date): void {
    if (status === CandidateStatus.STALE || status === CandidateStatus.ACTIVE) {
      const staleSql = `(candidate.status = 'STALE' OR candidate.reconfirm_due_at <= :now OR candidate.completeness < :complete)`;
      query.andWhere('candidate.status IN (:...states)', { states: FRESHNESS_STATES, now, complete: COMPLETE });
      query.andWhere(status === CandidateStatus.STALE ? staleSql : `NOT ${staleSql}`);
    } else {
      query.andWhere('candidate.status = :status', { status });
    }
  }

  private readEntry(user: AuthUser, candidate: Pick<Candidate, 'id'>, via?: string): AuditEntry {
    return { actor: user, action: 'candidate.read', subjectType: 'candidate', subjectId: candidate.id, details: via ? { via } : {} };
  }
}
