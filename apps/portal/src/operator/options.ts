import type { ActiveMeasure, AgeBand, CandidateCefrLevel, CandidateShift, CandidateStatus, CandidateWorkConditionNeed, ConsentPurpose } from '../api/generated';

/** The choices of the profile form, in the order the form shows them (the API's enums). */
export const AGE_BANDS: readonly AgeBand[] = ['AGE_16_17', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_PLUS'];
export const STATUSES: readonly CandidateStatus[] = ['ACTIVE', 'STALE', 'IN_PATH', 'PLACED', 'WITHDRAWN'];
export const CEFR_LEVELS: readonly CandidateCefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];
export const SHIFTS: readonly CandidateShift[] = ['DAY', 'EVENING', 'NIGHT', 'WEEKEND'];
export const SUPPORT_NEEDS: readonly CandidateWorkConditionNeed[] = ['NEEDS_TUTOR', 'GRADUAL_START', 'STEP_FREE_ACCESS', 'NO_NIGHT_SHIFTS', 'LANGUAGE_SUPPORT'];
export const ACTIVE_MEASURES: readonly ActiveMeasure[] = ['NONE', 'LR_14_2015_PATH', 'EMPLOYMENT_CENTRE_PROGRAMME', 'INCOME_SUPPORT_ACTIVATION_PACT'];
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'];
export const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

/**
 * ISO 639-1 codes of the languages most spoken by the people the services follow in the
 * metropolitan area; their names come from the browser (Intl.DisplayNames) in the user's language.
 */
export const LANGUAGE_CODES: readonly string[] = [
  'it', 'en', 'fr', 'es', 'de', 'pt', 'ro', 'sq', 'uk', 'ru', 'pl', 'ar', 'ti', 'am', 'so', 'wo',
  'ha', 'yo', 'ig', 'zh', 'tl', 'ur', 'bn', 'pa', 'hi', 'fa', 'ps', 'tr', 'ku',
];
