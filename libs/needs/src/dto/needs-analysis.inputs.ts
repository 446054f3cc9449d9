import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { SlotKind } from '@ipl/slots';
import { NeedsAnalysisStatus, NeedsPriority } from '../needs-analysis-status.enum';
import { PERIOD_PATTERN } from '../needs-period';

@InputType()
export class NeedsAnalysisLineInput {
  @Field({ description: 'Profile or occupation, e.g. aiuto cuoco.' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  occupation!: string;

  @Field(() => [String], { description: 'Ids of skills of the vocabulary.' })
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  skillIds!: string[];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  headCount!: number;

  @Field()
  @IsString()
  @MaxLength(40)
  districtCode!: string;

  @Field(() => SlotKind)
  @IsEnum(SlotKind)
  kind!: SlotKind;
}

@InputType()
export class NeedsAnalysisContentInput {
  @Field(() => [NeedsAnalysisLineInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NeedsAnalysisLineInput)
  lines!: NeedsAnalysisLineInput[];

  @Field(() => String, { nullable: true, description: 'Notes for the board; refused when they hold personal data.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class CreateNeedsAnalysisInput extends NeedsAnalysisContentInput {
  @Field({ description: 'A quarter (2026-Q1) or a half-year (2026-H1).' })
  @IsString()
  @Matches(PERIOD_PATTERN)
  period!: string;
}

@InputType()
export class ReviewNeedsAnalysisInput {
  @Field(() => ID)
  @IsUUID()
  analysisId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Mark the analysis reviewed.' })
  @IsOptional()
  @IsBoolean()
  reviewed?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment?: string | null;

  @Field(() => NeedsPriority, { nullable: true })
  @IsOptional()
  @IsEnum(NeedsPriority)
  priority?: NeedsPriority | null;
}

@ArgsType()
export class NeedsAnalysesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(PERIOD_PATTERN)
  period?: string | null;

  @Field(() => NeedsAnalysisStatus, { nullable: true, description: 'For the board and admins only SUBMITTED and SUPERSEDED exist.' })
  @IsOptional()
  @IsEnum(NeedsAnalysisStatus)
  status?: NeedsAnalysisStatus | null;
}
