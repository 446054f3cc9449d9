import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { AlboStatus } from '../albo-status.enum';

@ArgsType()
export class AlboArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Companies with a site in this district.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;

  @Field(() => String, { nullable: true, description: 'ATECO section letter, A to U.' })
  @IsOptional()
  @Matches(/^[A-U]$/)
  sectorCode?: string;

  @Field(() => String, { nullable: true, description: 'Code of an Albo section.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sectionCode?: string;
}

@ArgsType()
export class AlboApplicationsArgs extends ConnectionArgs {
  @Field(() => AlboStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AlboStatus)
  status?: AlboStatus;
}
