import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { CheckInState, ContractType, DeclineReason, InterruptionReason, PathOutcome, ProposalStatus } from '../proposal.enums';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Every mutation takes an optional idempotency key: a retried request returns the first result. */
@InputType({ isAbstract: true })
abstract class IdempotentInput {
  @Field(() => String, { nullable: true, description: 'A key chosen by the client (8–100 characters); a retry with the same key returns the first result.' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9._:-]+$/)
  idempotencyKey?: string;
}

@InputType()
export class ProposeCandidateInput extends IdempotentInput {
  @Field(() => ID)
  @IsUUID()
  slotId!: string;

  @Field(() => ID)
  @IsUUID()
  candidateId!: string;

  @Field(() => String, { nullable: true, description: 'A note for the other side; refused when it carries personal data.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class ProposalActionInput extends IdempotentInput {
  @Field(() => ID)
  @IsUUID()
  proposalId!: string;
}

@InputType()
export class DeclineProposalInput extends ProposalActionInput {
  @Field(() => DeclineReason)
  @IsEnum(DeclineReason)
  reason!: DeclineReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class WithdrawProposalInput extends ProposalActionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class ScheduleInterviewInput extends ProposalActionInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE_ONLY)
  @IsISO8601({ strict: true })
  interviewOn?: string | null;
}

@InputType()
export class RecordMeetingConsentInput extends ProposalActionInput {
  @Field(() => String, { description: 'The day the person agreed to meet this company for this slot, YYYY-MM-DD.' })
  @Matches(DATE_ONLY)
  @IsISO8601({ strict: true })
  agreedOn!: string;
}

@InputType()
export class StartPathInput extends ProposalActionInput {
  @Field(() => String, { nullable: true, description: 'First day of the path, YYYY-MM-DD; today when omitted.' })
  @IsOptional()
  @Matches(DATE_ONLY)
  @IsISO8601({ strict: true })
  startsOn?: string | null;
}

@InputType()
export class InterruptPathInput extends ProposalActionInput {
  @Field(() => InterruptionReason)
  @IsEnum(InterruptionReason)
  reason!: InterruptionReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'The end assessment of a path.' })
export class EndPathInput extends ProposalActionInput {
  @Field(() => PathOutcome)
  @IsEnum(PathOutcome)
  outcome!: PathOutcome;

  @Field({ description: 'Whether a job followed; then contractType is required and the proposal ends HIRED.' })
  @IsBoolean()
  jobFollowed!: boolean;

  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  @IsEnum(ContractType)
  contractType?: ContractType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  feedback?: string | null;
}

@InputType()
export class HireCandidateInput extends ProposalActionInput {
  @Field(() => ContractType)
  @IsEnum(ContractType)
  contractType!: ContractType;
}

@InputType()
export class RecordCheckInInput extends ProposalActionInput {
  @Field(() => CheckInState)
  @IsEnum(CheckInState)
  state!: CheckInState;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@ArgsType()
export class ProposalsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  slotId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => ProposalStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus;
}
