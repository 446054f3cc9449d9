import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { SlotKind } from '../slot-kind.enum';
import { SlotStatus } from '../slot-status.enum';

@ArgsType()
export class SlotsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  districtCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  comuneCode?: string;

  @Field(() => SlotKind, { nullable: true })
  @IsOptional()
  @IsEnum(SlotKind)
  kind?: SlotKind;

  @Field(() => SlotStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SlotStatus)
  status?: SlotStatus;

  @Field(() => String, { nullable: true, description: 'Slots that require or would like this vocabulary skill.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  skillId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}
