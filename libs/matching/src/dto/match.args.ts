import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';

@ArgsType()
export class MatchCandidatesArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  slotId!: string;
}

@ArgsType()
export class MatchSlotsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId!: string;
}
