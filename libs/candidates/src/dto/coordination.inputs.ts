import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { CoordinationRequestStatus } from '../coordination-request-status';

/**
 * The person agreed that the organisations following them coordinate (share who follows them,
 * the work contact and the active measures). The operator sending it is recorded as who
 * recorded the consent, with the time.
 */
@InputType()
export class CoordinationConsentInput {
  @Field({ description: 'YYYY-MM-DD the person consented to coordination between the services.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true })
  consentGivenOn!: string;
}

@ArgsType()
export class CoordinationRequestsArgs extends ConnectionArgs {
  @Field(() => CoordinationRequestStatus, { nullable: true, description: 'Only requests in this status (EXPIRED as of now).' })
  @IsOptional()
  @IsEnum(CoordinationRequestStatus)
  status?: CoordinationRequestStatus;
}
