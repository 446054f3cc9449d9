import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDateString, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** Intake control: small hosts get flooded otherwise. Null clears a setting. */
@InputType()
export class SlotIntakeInput {
  @Field(() => String, { nullable: true, description: 'No new proposals until this day (YYYY-MM-DD), included; null resumes.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  pausedUntil?: string | null;

  @Field(() => Int, { nullable: true, description: 'At most this many new proposals a calendar month; null for no cap.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  monthlyProposalCap?: number | null;
}
