import { ConsentPurpose } from './candidate.enums';
import type { Candidate } from './candidate.entity';

export type CompletenessFields = Pick<
  Candidate,
  | 'ageBand'
  | 'residenceDistrictCode'
  | 'skillIds'
  | 'freeSkillLabels'
  | 'languages'
  | 'educationLevel'
  | 'hoursPerWeek'
  | 'shifts'
  | 'maxCommuteMinutes'
  | 'drivingLicence'
  | 'desiredSectors'
  | 'activeMeasures'
  | 'consentGivenAt'
  | 'consentPurposes'
>;

/** The fields the matching needs, each answered or not. Experience is left out: having none is an answer. */
const CRITERIA: ((c: CompletenessFields) => boolean)[] = [
  (c) => Boolean(c.ageBand),
  (c) => Boolean(c.residenceDistrictCode),
  (c) => c.skillIds.length + c.freeSkillLabels.length > 0,
  (c) => c.languages.length > 0,
  (c) => c.educationLevel !== null,
  (c) => c.hoursPerWeek !== null,
  (c) => c.shifts.length > 0,
  (c) => c.maxCommuteMinutes !== null,
  (c) => c.drivingLicence !== null,
  (c) => c.desiredSectors.length > 0,
  (c) => c.activeMeasures.length > 0,
  // Without consent to matching a profile cannot be matched, so it is not complete either.
  (c) => c.consentGivenAt !== null && c.consentPurposes.includes(ConsentPurpose.MATCHING),
];

/** Share (0–100, rounded down) of the matching fields that are filled in; 100 means complete. */
export function completenessOf(candidate: CompletenessFields): number {
  const met = CRITERIA.filter((criterion) => criterion(candidate)).length;
  return Math.floor((met * 100) / CRITERIA.length);
}

export const COMPLETE = 100;
