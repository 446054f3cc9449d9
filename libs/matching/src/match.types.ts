import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgeBand, CandidateLanguage, CandidateShift, CandidateWorkConditionNeed } from '@ipl/candidates';
import { Connection } from '@ipl/core';
import { DistrictRelation, MatchCondition } from '@ipl/match-index';
import { Slot } from '@ipl/slots';

@ObjectType({ description: 'A skill the slot asks for, matched or missing in the profile.' })
export class MatchSkill {
  @Field(() => String, { nullable: true, description: 'Vocabulary id; empty for a skill the slot names outside the vocabulary.' })
  skillId!: string | null;

  @Field()
  label!: string;

  @Field({ description: 'Required by the slot (otherwise nice-to-have).' })
  required!: boolean;
}

@ObjectType({ description: 'Why a result is where it is.' })
export class MatchExplanation {
  @Field(() => Int, { description: 'Fit 0–100: the district weight times the skills fit (see match-weights.ts).' })
  score!: number;

  @Field(() => Int, { description: 'Skills fit alone, 0–100: required skills weigh four times a nice-to-have one.' })
  skillsFit!: number;

  @Field(() => DistrictRelation)
  districtRelation!: DistrictRelation;

  @Field(() => [MatchSkill])
  skillsMatched!: MatchSkill[];

  @Field(() => [MatchSkill])
  skillsMissing!: MatchSkill[];

  @Field(() => [MatchCondition], { description: 'Hard constraints that applied to this pair, all met.' })
  conditionsMet!: MatchCondition[];
}

/**
 * What HR sees of a matched person: the anonymised projection. No organisation, no contact,
 * no person key, no notes or experience text; the comune only where the comune itself has enough
 * matchable people that it does not single anyone out.
 */
@ObjectType({ description: 'An anonymised candidate, as a company sees it in a match.' })
export class MatchedCandidate {
  @Field(() => ID)
  id!: string;

  @Field()
  publicCode!: string;

  @Field()
  districtCode!: string;

  @Field(() => String, { nullable: true, description: 'Hidden (only the district shown) when the comune itself has fewer than 5 matchable people.' })
  comuneCode!: string | null;

  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => [String])
  skillIds!: string[];

  @Field(() => [String])
  freeSkillLabels!: string[];

  @Field(() => [CandidateLanguage])
  languages!: CandidateLanguage[];

  @Field(() => Int, { nullable: true })
  educationLevel!: number | null;

  @Field(() => Int, { nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => [CandidateShift])
  shifts!: CandidateShift[];

  @Field(() => Boolean, { nullable: true })
  drivingLicence!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  ownVehicle!: boolean | null;

  @Field(() => Int, { nullable: true })
  maxCommuteMinutes!: number | null;

  @Field(() => [String])
  desiredSectors!: string[];

  @Field(() => [CandidateWorkConditionNeed])
  supportNeeds!: CandidateWorkConditionNeed[];
}

@ObjectType()
export class CandidateMatch {
  @Field(() => MatchedCandidate)
  candidate!: MatchedCandidate;

  @Field(() => MatchExplanation)
  explanation!: MatchExplanation;
}

@ObjectType()
export class SlotMatch {
  @Field(() => Slot)
  slot!: Slot;

  @Field(() => MatchExplanation)
  explanation!: MatchExplanation;
}

@ObjectType()
export class CandidateMatchConnection extends Connection(CandidateMatch) {}

@ObjectType()
export class SlotMatchConnection extends Connection(SlotMatch) {}
