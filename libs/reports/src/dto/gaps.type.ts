import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PERIOD_PATTERN } from '@ipl/needs';

@ArgsType()
export class GapsArgs {
  @Field({ description: 'A quarter (2026-Q1) or a half-year (2026-H1).' })
  @IsString()
  @Matches(PERIOD_PATTERN)
  period!: string;

  @Field(() => String, { nullable: true, description: 'A district, or every district when null. A coordinator always gets their own.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A skill group (sector) of the vocabulary, e.g. RISTORAZIONE; all when null.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  skillGroupCode?: string | null;
}

@ObjectType({ description: 'The head count the needs analyses in force asked for a skill in an earlier period.' })
export class GapHistoryPoint {
  @Field()
  period!: string;

  @Field(() => Int)
  needsHeadCount!: number;
}

@ObjectType({ description: 'Demand against supply for one skill.' })
export class SkillGap {
  @Field()
  skillId!: string;

  @Field()
  label!: string;

  @Field()
  skillGroupCode!: string;

  @Field(() => Int, { description: 'Head counts of the submitted needs analyses in force for the period.' })
  needsHeadCount!: number;

  @Field(() => Int, { description: 'Openings left on OPEN slots requiring the skill.' })
  openSlotOpenings!: number;

  @Field(() => Int, { description: 'needsHeadCount + openSlotOpenings' })
  demand!: number;

  @Field(() => Int, { description: 'Active, fresh, complete profiles consented to matching, with the skill.' })
  supply!: number;

  @Field(() => Int, { description: 'demand − supply: positive when people are missing.' })
  gap!: number;

  @Field(() => [GapHistoryPoint], { description: 'The needs head count of the previous periods, oldest first.' })
  previous!: GapHistoryPoint[];
}

@ObjectType({ description: 'Demand versus supply by skill, biggest gaps first.' })
export class GapReport {
  @Field()
  period!: string;

  @Field(() => String, { nullable: true })
  districtCode!: string | null;

  @Field(() => String, { nullable: true })
  skillGroupCode!: string | null;

  @Field(() => [SkillGap])
  gaps!: SkillGap[];
}
