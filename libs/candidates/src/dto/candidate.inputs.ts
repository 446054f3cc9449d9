import { ArgsType, Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { ActiveMeasure, AgeBand, CandidateShift, CandidateStatus, CandidateWorkConditionNeed, ConsentPurpose } from '../candidate.enums';
import { CandidateExperience, CandidateLanguage } from '../candidate.types';
import { CoordinationConsentInput } from './coordination.inputs';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The profile's fields, as an operator fills them in. Every free text is checked for personal data. */
@InputType()
export class CandidateProfileInput {
  @Field(() => String, { nullable: true, description: 'District of residence; follows the comune when a comune is given.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  residenceDistrictCode?: string;

  @Field(() => String, { nullable: true, description: 'Comune of residence (code, e.g. CASALECCHIO_DI_RENO).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  residenceComuneCode?: string | null;

  @Field(() => AgeBand)
  @IsEnum(AgeBand)
  ageBand!: AgeBand;

  @Field(() => [String], { nullable: true, description: 'Ids of skills of the vocabulary.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  skillIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Skills not in the vocabulary, as free labels.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  freeSkillLabels?: string[];

  @Field(() => [CandidateLanguage], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CandidateLanguage)
  languages?: CandidateLanguage[];

  @Field(() => Int, { nullable: true, description: 'EQF level, 1 to 8.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  educationLevel?: number | null;

  @Field(() => [CandidateExperience], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CandidateExperience)
  experiences?: CandidateExperience[];

  @Field(() => Int, { nullable: true, description: 'Most hours a week, 1 to 60.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @Field(() => [CandidateShift], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(CandidateShift, { each: true })
  shifts?: CandidateShift[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE_ONLY)
  @IsISO8601({ strict: true })
  availableFrom?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  drivingLicence?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ownVehicle?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Longest commute by public transport, 5 to 240 minutes.' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  maxCommuteMinutes?: number | null;

  @Field(() => [String], { nullable: true, description: 'ATECO sections, A to U.' })
  @IsOptional()
  @ArrayMaxSize(21)
  @ArrayUnique()
  @Matches(/^[A-U]$/, { each: true })
  desiredSectors?: string[];

  @Field(() => [CandidateWorkConditionNeed], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(CandidateWorkConditionNeed, { each: true })
  supportNeeds?: CandidateWorkConditionNeed[];

  @Field(() => [ActiveMeasure], { nullable: true, description: 'Seen only by the owning organisation.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(ActiveMeasure, { each: true })
  activeMeasures?: ActiveMeasure[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the person gave consent.' })
  @IsOptional()
  @Matches(DATE_ONLY)
  @IsISO8601({ strict: true })
  consentGivenAt?: string | null;

  @Field(() => [ConsentPurpose], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsEnum(ConsentPurpose, { each: true })
  consentPurposes?: ConsentPurpose[];

  @Field(() => String, { nullable: true, description: 'Notes about work; no names, contacts or health data.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;
}

@InputType({ description: 'A new anonymised profile. The codice fiscale is used once for the duplicate check and never kept.' })
export class CreateCandidateInput extends CandidateProfileInput {
  @Field({ description: "The person's codice fiscale: only a keyed HMAC of it is kept, for the cross-channel duplicate check." })
  @IsString()
  @MaxLength(40)
  codiceFiscale!: string;

  @Field(() => CoordinationConsentInput, {
    nullable: true,
    description:
      'The person consented to coordination between the services. When another organisation already follows the person, the profile is then added and a coordination request is sent to it; without it, CONFLICT ALREADY_FOLLOWED_ELSEWHERE.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoordinationConsentInput)
  coordinationConsent?: CoordinationConsentInput | null;
}

@InputType({ description: 'Changes to a profile; fields left out stay as they are, null clears an optional one.' })
export class UpdateCandidateInput extends PartialType(CandidateProfileInput) {}

@ArgsType()
export class CandidatesArgs extends ConnectionArgs {
  @Field(() => CandidateStatus, { nullable: true, description: 'Only profiles in this status (STALE as of now).' })
  @IsOptional()
  @IsEnum(CandidateStatus)
  status?: CandidateStatus;
}
