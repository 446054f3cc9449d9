import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDateString, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class AddToBoardInput {
  @Field(() => ID)
  @IsUUID()
  companyId!: string;

  @Field(() => String, { nullable: true, description: 'First day on the board (YYYY-MM-DD); today when omitted.' })
  @IsOptional()
  @IsDateString({ strict: true })
  since?: string;
}

@InputType()
export class RemoveFromBoardInput {
  @Field(() => ID)
  @IsUUID()
  companyId!: string;

  @Field(() => String, { nullable: true, description: 'Last day on the board (YYYY-MM-DD); today when omitted.' })
  @IsOptional()
  @IsDateString({ strict: true })
  until?: string;
}
