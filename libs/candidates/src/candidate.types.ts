import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CandidateCefrLevel } from './candidate.enums';

/** A language the person speaks, with its CEFR level. */
@ObjectType('CandidateLanguage')
@InputType('CandidateLanguageInput')
export class CandidateLanguage {
  @Field({ description: 'ISO 639-1 code, lower case: it, en, fr, ar, uk…' })
  @IsString()
  @Matches(/^[a-z]{2}$/)
  language!: string;

  @Field(() => CandidateCefrLevel)
  @IsEnum(CandidateCefrLevel)
  level!: CandidateCefrLevel;
}

/** One work experience, structured; its free text is checked for personal data. */
@ObjectType('CandidateExperience')
@InputType('CandidateExperienceInput')
export class CandidateExperience {
  @Field({ description: 'The occupation, e.g. "magazziniere", "aiuto cuoco".' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  occupation!: string;

  @Field(() => String, { nullable: true, description: 'ATECO section (A–U) of the employer.' })
  @IsOptional()
  @Matches(/^[A-U]$/)
  sectorCode?: string | null;

  @Field(() => Int, { description: 'Length in months.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(600)
  months!: number;

  @Field(() => Int, { nullable: true, description: 'Year it ended; empty while it goes on.' })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(2100)
  endYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Tasks and tools, without names of people or places.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}
