import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';

@ArgsType()
export class CompaniesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the legal name or the partita IVA.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'ATECO section letter, A to U.' })
  @IsOptional()
  @Matches(/^[A-U]$/)
  sectorCode?: string;
}
