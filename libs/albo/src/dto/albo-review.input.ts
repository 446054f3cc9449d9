import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A favourable step (admit, re-admit, renew), with an optional comment for the Commission.' })
export class AlboReviewInput {
  @Field(() => ID)
  @IsUUID()
  companyId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType({ description: 'A rejection, suspension or revocation, which always carries its reason.' })
export class AlboSanctionInput {
  @Field(() => ID)
  @IsUUID()
  companyId!: string;

  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}
