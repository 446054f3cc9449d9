import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Candidate } from '@ipl/candidates';
import { Clock, mergeSqlParams, type SqlFragment } from '@ipl/core';
import type { Slot } from '@ipl/slots';
import { searchableCandidates } from './candidate-document';
import { MATCHABLE_COLUMNS, type MatchableCandidate } from './matchable-columns';
import { searchableSlots } from './slot-document';

/** What a match ranks a profile by. */
export type RankableCandidate = Pick<Candidate, 'id' | 'residenceDistrictCode' | 'skillIds' | 'freeSkillLabels'>;

/**
 * The index may lag a write: PostgreSQL, the source of truth, says which of the documents the
 * engine handed over are still searchable, by the same rule that builds the documents.
 */
@Injectable()
export class MatchIndexRecheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * A match's page in one statement: the first `first` of `rankedIds` (best first) that are still
   * searchable, as shown, and what `alsoWith` writes about them (the audit of each read, an
   * INSERT … SELECT over the CTE `page`). The index may lag a write: a profile it still holds
   * that PostgreSQL no longer matches gives its place to the next one. Rows come in rank order.
   */
  async candidatePage(rankedIds: readonly string[], first: number, alsoWith: (page: string) => SqlFragment): Promise<MatchableCandidate[]> {
    if (rankedIds.length === 0 || first <= 0) return [];
    const page = searchableCandidates(this.dataSource.manager, rankedIds, this.clock.now())
      .select('candidate.id', 'id')
      .addSelect('array_position(CAST(:ids AS uuid[]), candidate.id)', 'rank')
      .orderBy('"rank"')
      .limit(first);
    for (const [field, column] of MATCHABLE_COLUMNS) page.addSelect(column, field);
    const written = alsoWith('page');
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH page AS (${page.getQuery()}), written AS (${written.sql}) SELECT * FROM page ORDER BY "rank"`,
      mergeSqlParams([{ sql: '', params: page.getParameters() }, written]),
    );
    const rows = (await this.dataSource.query(sql, values)) as (MatchableCandidate & { rank: number })[];
    return rows.map(({ rank: _rank, ...candidate }) => candidate);
  }

  /**
   * The open slots among these ids, whole (a person's match explains each one), of companies
   * meeting `companyRule` on `slot.company_id`: a company that lost its standing is left out in
   * the same statement, before the nightly review pauses its slots.
   */
  openSlots(ids: readonly string[], companyRule: (companyIdSql: string) => SqlFragment): Promise<Slot[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const rule = companyRule('slot.company_id');
    return searchableSlots(this.dataSource.manager, ids).andWhere(rule.sql, rule.params).getMany();
  }
}
