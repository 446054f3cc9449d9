import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AlboService } from '@ipl/albo';
import { mergeSqlParams, type SqlFragment } from '@ipl/core';
import { BoardService } from './board.service';
import { CompanyStandingError, CompanyStandingErrorCode } from './company-standing.errors';

/**
 * The one answer to "may this company act on candidates now?": ADMITTED in the Albo with a logo
 * in its term (suspended, revoked, rejected, pending or lapsed companies may not, and a logo past
 * its expiry counts as lapsed before the nightly job records it), or sitting on the Protocol's
 * board today. It is the publish rule, asked again at every use: match, request, answers,
 * contact disclosure.
 */
@Injectable()
export class CompanyStanding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly albo: AlboService,
    private readonly board: BoardService,
  ) {}

  async mayActOnCandidates(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await this.albo.isAdmitted(companyId, manager)) || (await this.board.isOnBoard(companyId, manager));
  }

  /**
   * mayActOnCandidates as a boolean SQL expression on the company whose id `companyIdSql` names:
   * a match asks it in the statement that reads its slot, the same rule, no round trip of its own.
   */
  mayActOnCandidatesSql(companyIdSql: string): SqlFragment {
    const admitted = this.albo.admittedSql(companyIdSql);
    const onBoard = this.board.onBoardSql(companyIdSql);
    return { sql: `(${admitted.sql} OR ${onBoard.sql})`, params: mergeSqlParams([admitted, onBoard]) };
  }

  async assertMayActOnCandidates(companyId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.mayActOnCandidates(companyId, manager))) throw new CompanyStandingError(CompanyStandingErrorCode.COMPANY_NOT_ACTIVE_IN_ALBO);
  }
}
