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

@ObjectType({
  description:
    'A skill in an earlier period: the needs head count in force then, and open slots and supply from the snapshot taken when the quarter the period ends with was over.',
})
export class GapHistoryPoint {
  @Field()
  period!: string;

  @Field(() => Int, { description: 'Head counts of the submitted needs analyses in force for that period.' })
  needsHeadCount!: number;

  @Field(() => Int, { nullable: true, description: 'Openings left on OPEN slots at the snapshot; null when no snapshot was taken for the period.' })
  openSlotOpenings!: number | null;

  @Field(() => Int, { nullable: true, description: 'needsHeadCount + openSlotOpenings; null when no snapshot was taken.' })
  demand!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Supply at the snapshot; null when no snapshot was taken (openSlotOpenings is null too) or when suppressed (fewer than 5 people, or hidden so that totals cannot give one back).',
  })
  supply!: number | null;

  @Field(() => Int, { nullable: true, description: 'demand − supply; null when supply is unknown or suppressed.' })
  gap!: number | null;
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

  @Field(() => Int, { description: 'Openings left on OPEN slots requiring the skill, now.' })
  openSlotOpenings!: number;

  @Field(() => Int, { description: 'needsHeadCount + openSlotOpenings' })
  demand!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Active, fresh, complete profiles consented to matching, with the skill, as last released (a district is counted again once 5 of its profiles changed). Null when suppressed: fewer than 5 people at this or any snapshot, or hidden so that totals (all districts) cannot give one back.',
  })
  supply!: number | null;

  @Field(() => Int, { nullable: true, description: 'demand − supply: positive when people are missing; null when supply is suppressed.' })
  gap!: number | null;

  @Field(() => [GapHistoryPoint], { description: 'The previous periods, oldest first.' })
  previous!: GapHistoryPoint[];
}

@ObjectType({ description: 'Demand versus supply by skill, biggest gaps first (a suppressed gap ranks by its demand, the most it can be).' })
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
