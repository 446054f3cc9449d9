import { CandidateWorkConditionNeed } from '@ipl/candidates';
import { CEFR_LEVELS, type Slot } from '@ipl/slots';
import { MatchCondition } from './match-enums';
import { SlotOffer } from './slot-offer';

/** Levels of the slot side, lowest first; a person's NATIVE meets every one of them. */
export const LEVEL_RANK = new Map<string, number>([...CEFR_LEVELS.map((level, rank) => [level, rank] as const), ['NATIVE', CEFR_LEVELS.length]]);

/** The needs a workplace can meet, and the offer that meets each: the filters and the explanation share it. */
export const NEED_OFFERS: [CandidateWorkConditionNeed, keyof Pick<Slot, 'offersTutor' | 'offersGradualStart' | 'stepFreeAccess' | 'offersLanguageSupport'>, SlotOffer, MatchCondition][] = [
  [CandidateWorkConditionNeed.NEEDS_TUTOR, 'offersTutor', SlotOffer.TUTOR, MatchCondition.TUTOR],
  [CandidateWorkConditionNeed.GRADUAL_START, 'offersGradualStart', SlotOffer.GRADUAL_START, MatchCondition.GRADUAL_START],
  [CandidateWorkConditionNeed.STEP_FREE_ACCESS, 'stepFreeAccess', SlotOffer.STEP_FREE_ACCESS, MatchCondition.STEP_FREE_ACCESS],
  [CandidateWorkConditionNeed.LANGUAGE_SUPPORT, 'offersLanguageSupport', SlotOffer.LANGUAGE_SUPPORT, MatchCondition.LANGUAGE_SUPPORT],
];
