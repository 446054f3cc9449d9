import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Candidate } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import type { Slot } from '@ipl/slots';
import { searchableCandidates } from './candidate-document';
import { searchableSlots } from './slot-document';

/** What a match ranks a profile by. */
export type RankableCandidate = Pick<Candidate, 'id' | 'residenceDistrictCode' | 'skillIds' | 'freeSkillLabels'>;

/** What a match shows of a profile. */
export type MatchableCandidate = Pick<
  Candidate,
  | 'id'
  | 'publicCode'
  | 'residenceDistrictCode'
  | 'residenceComuneCode'
  | 'ageBand'
  | 'skillIds'
  | 'freeSkillLabels'
  | 'languages'
  | 'educationLevel'
  | 'hoursPerWeek'
  | 'shifts'
  | 'drivingLicence'
  | 'ownVehicle'
  | 'maxCommuteMinutes'
  | 'desiredSectors'
  | 'supportNeeds'
>;

/** Columns of a MatchableCandidate; enum lists as text[] so that the driver parses them. */
const MATCHABLE_COLUMNS: [Exclude<keyof MatchableCandidate, 'id'>, string][] = [
  ['publicCode', 'candidate.public_code'],
  ['residenceDistrictCode', 'candidate.residence_district_code'],
  ['residenceComuneCode', 'candidate.residence_comune_code'],
  ['ageBand', 'candidate.age_band'],
  ['skillIds', 'candidate.skill_ids'],
  ['freeSkillLabels', 'candidate.free_skill_labels'],
  ['languages', 'candidate.languages'],
  ['educationLevel', 'candidate.education_level'],
  ['hoursPerWeek', 'candidate.hours_per_week'],
  ['shifts', 'candidate.shifts::text[]'],
  ['drivingLicence', 'candidate.driving_licence'],
  ['ownVehicle', 'candidate.own_vehicle'],
  ['maxCommuteMinutes', 'candidate.max_commute_minutes'],
  ['desiredSectors', 'candidate.desired_sectors'],
  ['supportNeeds', 'candidate.support_needs::text[]'],
];

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
   * The searchable profiles among these ids with what a match ranks them by, read as plain rows:
   * a match rechecks a pool of 200 profiles, and building entities, then parsing every column,
   * was most of its time.
   */
  rankableCandidates(ids: readonly string[]): Promise<RankableCandidate[]> {
    return searchableCandidates(this.dataSource.manager, ids, this.clock.now())
      .select('candidate.id', 'id')
      .addSelect('candidate.residence_district_code', 'residenceDistrictCode')
      .addSelect('candidate.skill_ids', 'skillIds')
      .addSelect('candidate.free_skill_labels', 'freeSkillLabels')
      .getRawMany<RankableCandidate>();
  }

  /**
   * The profiles of a match's page, as shown: read by id once rankableCandidates() has ranked
   * them, so a pool of 200 is parsed in full only for the 20 or so shown.
   */
  candidateProfiles(ids: readonly string[]): Promise<MatchableCandidate[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(Candidate, 'candidate')
      .select('candidate.id', 'id')
      .where('candidate.id = ANY(:ids)', { ids: [...ids] });
    for (const [field, column] of MATCHABLE_COLUMNS) query.addSelect(column, field);
    return query.getRawMany<MatchableCandidate>();
  }

  /** The open slots among these ids, whole: a person's match explains each one. */
  openSlots(ids: readonly string[]): Promise<Slot[]> {
    return searchableSlots(this.dataSource.manager, ids);
  }
}
