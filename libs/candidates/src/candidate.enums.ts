import { registerEnumType } from '@nestjs/graphql';

/**
 * Lifecycle of a profile. STALE: not reconfirmed by its operator in time, or incomplete; a
 * stale profile is never matched until its operator reconfirms it.
 */
export enum CandidateStatus {
  ACTIVE = 'ACTIVE',
  IN_PATH = 'IN_PATH',
  PLACED = 'PLACED',
  WITHDRAWN = 'WITHDRAWN',
  STALE = 'STALE',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

/** Age in bands, never a date of birth. */
export enum AgeBand {
  AGE_16_17 = 'AGE_16_17',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_34 = 'AGE_25_34',
  AGE_35_44 = 'AGE_35_44',
  AGE_45_54 = 'AGE_45_54',
  AGE_55_PLUS = 'AGE_55_PLUS',
}
registerEnumType(AgeBand, { name: 'AgeBand' });

/** Common European Framework of Reference level of a language. */
export enum CandidateCefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  NATIVE = 'NATIVE',
}
registerEnumType(CandidateCefrLevel, { name: 'CandidateCefrLevel' });

/**
 * When the person can work. Same vocabulary as what a slot's shifts require, so that the
 * matching compares like with like.
 */
export enum CandidateShift {
  DAY = 'DAY',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
  WEEKEND = 'WEEKEND',
}
registerEnumType(CandidateShift, { name: 'CandidateShift', description: 'A shift the person is available for.' });

/**
 * Support needs as work conditions a workplace can offer, never a diagnosis. Each matches an
 * offer of the slot (tutor, gradual start, step-free access, no night shifts, language support).
 */
export enum CandidateWorkConditionNeed {
  NEEDS_TUTOR = 'NEEDS_TUTOR',
  GRADUAL_START = 'GRADUAL_START',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  NO_NIGHT_SHIFTS = 'NO_NIGHT_SHIFTS',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
}
registerEnumType(CandidateWorkConditionNeed, {
  name: 'CandidateWorkConditionNeed',
  description: 'A work condition the person needs (what a workplace offers), never a diagnosis.',
});

/**
 * Active measures the person is already in, recorded for complementarity: Insieme per il lavoro
 * serves people not already in another active measure. Seen only by the owning organisation.
 */
export enum ActiveMeasure {
  /** A path under Legge Regionale 14/2015 (fragile and vulnerable people). */
  LR_14_2015_PATH = 'LR_14_2015_PATH',
  /** A programme of the Centro per l'impiego. */
  EMPLOYMENT_CENTRE_PROGRAMME = 'EMPLOYMENT_CENTRE_PROGRAMME',
  /** A Patto di attivazione tied to an income support (e.g. Assegno di inclusione). */
  INCOME_SUPPORT_ACTIVATION_PACT = 'INCOME_SUPPORT_ACTIVATION_PACT',
  NONE = 'NONE',
}
registerEnumType(ActiveMeasure, { name: 'ActiveMeasure' });

/** What the person agreed to. MATCHING is needed to be matched at all. */
export enum ConsentPurpose {
  MATCHING = 'MATCHING',
  /** Agreed to the organisations that follow the person coordinating; a coordination request records its own consent (day, who recorded it). */
  COORDINATION_BETWEEN_SERVICES = 'COORDINATION_BETWEEN_SERVICES',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });
