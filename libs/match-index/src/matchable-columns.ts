import type { Candidate } from '@ipl/candidates';

/**
 * The columns of a profile that a match shows, each with its SQL; the search document holds
 * them too. Enum lists as text[]: the driver knows no parser for the enums' array types.
 */
export const MATCHABLE_COLUMNS = [
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
] as const satisfies readonly (readonly [keyof Candidate, string])[];

/** What a match shows of a profile. */
export type MatchableCandidate = Pick<Candidate, 'id' | (typeof MATCHABLE_COLUMNS)[number][0]>;
