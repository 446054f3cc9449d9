import { registerEnumType } from '@nestjs/graphql';

export enum DistrictRelation {
  SAME = 'SAME',
  NEIGHBOUR = 'NEIGHBOUR',
  OTHER = 'OTHER',
}
registerEnumType(DistrictRelation, { name: 'DistrictRelation', description: 'Where the person lives, seen from the slot’s district.' });

/** A hard constraint of the match that applied to this pair and is met. */
export enum MatchCondition {
  CONSENT = 'CONSENT',
  HOURS = 'HOURS',
  SHIFTS = 'SHIFTS',
  NO_NIGHT_SHIFTS = 'NO_NIGHT_SHIFTS',
  TUTOR = 'TUTOR',
  GRADUAL_START = 'GRADUAL_START',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  LANGUAGES = 'LANGUAGES',
}
registerEnumType(MatchCondition, { name: 'MatchCondition' });

/** A skill the slot asks for, as an explanation names it. */
export interface ExplainedSkill {
  skillId: string | null;
  label: string;
  required: boolean;
}

/** Why a result is where it is (the GraphQL type of @ipl/matching has this shape). */
export interface Explanation {
  score: number;
  skillsFit: number;
  districtRelation: DistrictRelation;
  skillsMatched: ExplainedSkill[];
  skillsMissing: ExplainedSkill[];
  conditionsMet: MatchCondition[];
}
