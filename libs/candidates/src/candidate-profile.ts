import { FRESHNESS_STATES, statusAt } from './candidate-freshness';
import type { Candidate } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { completenessOf } from './completeness';
import type { CandidateProfileInput } from './dto/candidate.inputs';

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * The profile fields of an input; on update, a field left out (or null where a value is
 * required) keeps its value. Free labels are normalised as the vocabulary compares them.
 */
export function profileOf(input: Partial<CandidateProfileInput>, normaliseLabel: (label: string) => string, current?: Candidate) {
  const keep = <K extends keyof Candidate>(key: K, value: Candidate[K] | undefined, fallback: Candidate[K]): Candidate[K] =>
    value === undefined ? (current ? current[key] : fallback) : value;
  const list = <T>(value: T[] | null | undefined, key: keyof Candidate): T[] =>
    value === undefined || value === null ? (current ? (current[key] as T[]) : []) : value;
  return {
    ageBand: input.ageBand ?? current?.ageBand,
    skillIds: list(input.skillIds, 'skillIds'),
    freeSkillLabels: list(input.freeSkillLabels?.map(normaliseLabel).filter(Boolean), 'freeSkillLabels'),
    languages: list(input.languages?.map(({ language, level }) => ({ language, level })), 'languages'),
    educationLevel: keep('educationLevel', input.educationLevel, null),
    experiences: list(
      input.experiences?.map(({ occupation, sectorCode, months, endYear, description }) => ({
        occupation: occupation.trim(),
        sectorCode: sectorCode ?? null,
        months,
        endYear: endYear ?? null,
        description: description?.trim() || null,
      })),
      'experiences',
    ),
    hoursPerWeek: keep('hoursPerWeek', input.hoursPerWeek, null),
    shifts: list(input.shifts, 'shifts'),
    availableFrom: keep('availableFrom', input.availableFrom, null),
    drivingLicence: keep('drivingLicence', input.drivingLicence, null),
    ownVehicle: keep('ownVehicle', input.ownVehicle, null),
    maxCommuteMinutes: keep('maxCommuteMinutes', input.maxCommuteMinutes, null),
    desiredSectors: list(input.desiredSectors, 'desiredSectors'),
    supportNeeds: list(input.supportNeeds, 'supportNeeds'),
    activeMeasures: list(input.activeMeasures, 'activeMeasures'),
    consentGivenAt: keep('consentGivenAt', input.consentGivenAt, null),
    consentPurposes: list(input.consentPurposes, 'consentPurposes'),
    notes: keep('notes', input.notes === undefined ? undefined : input.notes?.trim() || null, null),
  };
}

/** Completeness, and ACTIVE/STALE from it and the reconfirmation date, after every change. */
export function refreshDerived(candidate: Candidate, now: Date): void {
  candidate.completeness = completenessOf(candidate);
  if (FRESHNESS_STATES.includes(candidate.status ?? CandidateStatus.ACTIVE)) {
    candidate.status = CandidateStatus.ACTIVE;
    candidate.status = statusAt(candidate, now);
  }
}
