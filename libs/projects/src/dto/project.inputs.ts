import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { ProjectNeedKind, ProjectStage } from '../project.enums';
import { INITIAL_STAGES } from '../project-stages';

@InputType()
export class ProjectNeedInput {
  @Field(() => ProjectNeedKind)
  @IsEnum(ProjectNeedKind)
  kind!: ProjectNeedKind;

  @Field(() => String, { nullable: true, description: 'What exactly is needed; refused when it holds personal data.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  detail?: string | null;
}

@InputType()
export class CreateProjectInput {
  @Field({ description: 'ATECO 2007 section letter (A–U).' })
  @IsString()
  @Matches(/^[A-U]$/)
  atecoSection!: string;

  @Field()
  @IsString()
  @MaxLength(40)
  districtCode!: string;

  @Field(() => ProjectStage, { nullable: true, description: 'IDEA when not given; never CLOSED.' })
  @IsOptional()
  @IsIn(INITIAL_STAGES)
  stage?: ProjectStage | null;

  @Field({ description: 'A short description without identity; refused when it holds personal data.' })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  description!: string;

  @Field(() => [ProjectNeedInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProjectNeedInput)
  needs!: ProjectNeedInput[];

  @Field(() => ID, { nullable: true, description: 'Admins only: the organisation following the project. Operators: always their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@InputType()
export class SetProjectStageInput {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field(() => ProjectStage, { description: 'One step forward, one step back before RUNNING, or CLOSED; nothing leaves CLOSED.' })
  @IsEnum(ProjectStage)
  stage!: ProjectStage;
}

@InputType()
export class OfferProjectSupportInput {
  @Field(() => ID)
  @IsUUID()
  needId!: string;

  @Field({ description: 'A short note on the support offered; refused when it holds personal data.' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  note!: string;
}

@InputType()
export class DecideProjectOfferInput {
  @Field(() => ID)
  @IsUUID()
  offerId!: string;

  @Field({ description: 'true accepts (the need becomes MET), false declines.' })
  @IsBoolean()
  accept!: boolean;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectStage, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStage)
  stage?: ProjectStage | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string | null;
}
