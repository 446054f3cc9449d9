import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Shift } from '../shift.enum';
import { SlotKind } from '../slot-kind.enum';
import { SlotLanguageInput } from '../slot-language';

@InputType()
export class CreateSlotInput {
  @Field(() => SlotKind)
  @IsEnum(SlotKind)
  kind!: SlotKind;

  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  title!: string;

  @Field()
  @IsString()
  @MinLength(10)
  @MaxLength(4000)
  description!: string;

  @Field(() => [String], { description: 'At least one id from the skills vocabulary.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  requiredSkillIds!: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  niceToHaveSkillIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Skills not in the vocabulary, as free labels.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(80, { each: true })
  freeSkillLabels?: string[];

  @Field({ description: 'Code of a comune of the metropolitan area, e.g. CASALECCHIO_DI_RENO.' })
  @IsString()
  @MaxLength(60)
  comuneCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  openings!: number;

  @Field(() => Int, { description: '1 to 48.' })
  @IsInt()
  @Min(1)
  @Max(48)
  hoursPerWeek!: number;

  @Field(() => [Shift], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(Shift, { each: true })
  shifts?: Shift[];

  @Field({ description: 'YYYY-MM-DD; not in the past when the slot is published.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  startDate!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  durationMonths?: number;

  @Field(() => [SlotLanguageInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SlotLanguageInput)
  languages?: SlotLanguageInput[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  drivingLicenceRequired?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A tutor follows the person at the workplace.' })
  @IsOptional()
  @IsBoolean()
  offersTutor?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Hours can start low and grow.' })
  @IsOptional()
  @IsBoolean()
  offersGradualStart?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  stepFreeAccess?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  reachableByPublicTransport?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Someone helps the person with Italian at work.' })
  @IsOptional()
  @IsBoolean()
  offersLanguageSupport?: boolean;
}
