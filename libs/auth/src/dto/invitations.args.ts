import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Role } from '@ipl/access';
import { ConnectionArgs } from '@ipl/core';
import { InvitationStatus } from '../invitation-status.enum';

@ArgsType()
export class InvitationsArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => InvitationStatus, { nullable: true, description: 'As of now: PENDING ones are neither used, revoked nor expired.' })
  @IsOptional()
  @IsEnum(InvitationStatus)
  status?: InvitationStatus;
}
